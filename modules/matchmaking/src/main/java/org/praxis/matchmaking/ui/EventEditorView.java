package org.praxis.matchmaking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.praxis.matchmaking.events.MatchEventId;
import org.praxis.matchmaking.internal.EventFormat;
import org.praxis.matchmaking.internal.MatchEventForm;
import org.praxis.matchmaking.internal.MatchEventService;
import org.praxis.matchmaking.internal.MatchmakingViews.Material;
import org.praxis.platform.ProblemException;
import org.praxis.platform.Roles;
import org.praxis.platform.ui.ProblemList;
import org.praxis.platform.ui.UiFeedback;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The programme team schedules a match event: when and where, places for each group, and the pre-work. */
@Route("matchmaking/events/edit/:id([0-9a-fA-F-]{36})?")
@PageTitle("matchmaking.editor.title")
@RolesAllowed(Roles.PROGRAMME_TEAM)
public class EventEditorView extends Main implements BeforeEnterObserver {

    private final MatchEventService events;
    private final Binder<MatchEventForm> binder = new Binder<>(MatchEventForm.class);
    private final ProblemList problems = new ProblemList("matchmaking.form.problems");
    private final H1 heading = new H1();
    private final Map<UUID, Material> materials;
    private @Nullable MatchEventId id;
    private int version;

    public EventEditorView(MatchEventService events) {
        this.events = events;
        addClassName("praxis-view");
        materials = events.hubResources().stream().collect(Collectors.toMap(Material::resourceId, Function.identity(),
                (a, b) -> a, java.util.LinkedHashMap::new));

        TextField title = new TextField(getTranslation("matchmaking.field.title"));
        title.setMaxLength(MatchEventForm.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        TextArea description = new TextArea(getTranslation("matchmaking.field.description"));
        description.setMaxLength(MatchEventForm.DESCRIPTION_MAX);
        RadioButtonGroup<EventFormat> format = new RadioButtonGroup<>(getTranslation("matchmaking.field.format"));
        format.setItems(EventFormat.values());
        format.setItemLabelGenerator(f -> getTranslation("matchmaking.format." + f.name()));
        DatePicker date = new DatePicker(getTranslation("matchmaking.field.date"));
        date.setRequiredIndicatorVisible(true);
        TimePicker start = new TimePicker(getTranslation("matchmaking.field.start"));
        TimePicker end = new TimePicker(getTranslation("matchmaking.field.end"));
        TextField place = new TextField(getTranslation("matchmaking.field.place"));
        place.setMaxLength(MatchEventForm.PLACE_MAX);
        TextField link = new TextField(getTranslation("matchmaking.field.link"));
        link.setMaxLength(MatchEventForm.LINK_MAX);
        IntegerField community = places("matchmaking.field.community-places");
        IntegerField researchers = places("matchmaking.field.researcher-places");
        IntegerField brokers = places("matchmaking.field.broker-places");
        Checkbox autoAccept = new Checkbox(getTranslation("matchmaking.field.auto-accept"));
        MultiSelectComboBox<UUID> reading = new MultiSelectComboBox<>(getTranslation("matchmaking.field.materials"));
        reading.setItems(materials.keySet());
        reading.setItemLabelGenerator(m -> materials.get(m).title());
        TextArea checklist = new TextArea(getTranslation("matchmaking.field.checklist"));
        checklist.setHelperText(getTranslation("matchmaking.field.checklist-help"));

        binder.forField(title).bind(MatchEventForm::getTitle, MatchEventForm::setTitle);
        binder.forField(description).bind(MatchEventForm::getDescription, MatchEventForm::setDescription);
        binder.forField(format).bind(MatchEventForm::getFormat, MatchEventForm::setFormat);
        binder.forField(date).bind(MatchEventForm::getDate, MatchEventForm::setDate);
        binder.forField(start).bind(MatchEventForm::getStartTime, MatchEventForm::setStartTime);
        binder.forField(end).bind(MatchEventForm::getEndTime, MatchEventForm::setEndTime);
        binder.forField(place).bind(MatchEventForm::getPlace, MatchEventForm::setPlace);
        binder.forField(link).bind(MatchEventForm::getLink, MatchEventForm::setLink);
        binder.forField(community).withConverter(v -> v == null ? 0 : v, v -> v)
                .bind(MatchEventForm::getCommunityPlaces, MatchEventForm::setCommunityPlaces);
        binder.forField(researchers).withConverter(v -> v == null ? 0 : v, v -> v)
                .bind(MatchEventForm::getResearcherPlaces, MatchEventForm::setResearcherPlaces);
        binder.forField(brokers).withConverter(v -> v == null ? 0 : v, v -> v)
                .bind(MatchEventForm::getBrokerPlaces, MatchEventForm::setBrokerPlaces);
        binder.forField(autoAccept).bind(MatchEventForm::isAutoAccept, MatchEventForm::setAutoAccept);
        binder.forField(reading).bind(f -> new HashSet<>(f.getMaterials()), (f, v) -> f.setMaterials(List.copyOf(v)));
        binder.forField(checklist).bind(MatchEventForm::getChecklist, MatchEventForm::setChecklist);

        FormLayout form = new FormLayout(title, description, format, date, start, end, place, link, community,
                researchers, brokers, autoAccept, reading, checklist);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        form.setColspan(reading, 2);
        form.setColspan(checklist, 2);

        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"),
                e -> getUI().ifPresent(ui -> ui.navigate(MatchEventsView.class)));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(heading, new Paragraph(getTranslation("matchmaking.editor.intro")), problems, form,
                new HorizontalLayout(save, cancel));
    }

    private IntegerField places(String key) {
        IntegerField field = new IntegerField(getTranslation(key));
        field.setMin(0);
        field.setMax(MatchEventForm.PLACES_MAX);
        field.setStepButtonsVisible(true);
        return field;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String parameter = event.getRouteParameters().get("id").orElse(null);
        if (parameter == null) {
            id = null;
            heading.setText(getTranslation("matchmaking.editor.title-new"));
            binder.readBean(new MatchEventForm());
            return;
        }
        try {
            id = MatchEventId.of(parameter);
            version = events.event(id).version();
            MatchEventForm form = events.form(id);
            heading.setText(getTranslation("matchmaking.editor.title-edit", form.getTitle()));
            binder.readBean(form);
        } catch (IllegalArgumentException | ProblemException notFound) {
            UiFeedback.problem("matchmaking.error.event-not-found");
            event.forwardTo(MatchEventsView.class);
        }
    }

    private void save() {
        MatchEventForm form = new MatchEventForm();
        binder.writeBeanAsDraft(form, true);
        if (UiFeedback.attempt(() -> {
            if (id == null) {
                id = events.schedule(form);
            } else {
                events.update(id, version, form);
                version++;
            }
        }, problems::show)) {
            problems.clear();
            UiFeedback.success("matchmaking.editor.saved");
            getUI().ifPresent(ui -> ui.navigate(OrganiseEventView.class,
                    new com.vaadin.flow.router.RouteParameters("id", String.valueOf(id))));
        }
    }
}
