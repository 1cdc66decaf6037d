package org.crp.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.crp.learning.events.ProgrammeRunId;
import org.crp.learning.events.SessionId;
import org.crp.learning.events.SessionKind;
import org.crp.learning.internal.LearningLinks;
import org.crp.learning.internal.LearningTime;
import org.crp.learning.internal.LearningViews.HubResource;
import org.crp.learning.internal.LearningViews.KnownPerson;
import org.crp.learning.internal.LearningViews.Run;
import org.crp.learning.internal.LearningViews.SessionDetails;
import org.crp.learning.internal.ProgrammeService;
import org.crp.learning.internal.SessionForm;
import org.crp.learning.internal.SessionService;
import org.jspecify.annotations.Nullable;
import org.praxis.platform.ProblemException;
import org.praxis.platform.Roles;
import org.praxis.platform.ui.ProblemList;
import org.praxis.platform.ui.UiFeedback;

import java.time.Duration;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * The programme team schedules a session of a run, or changes one: kind, title, date and times (in the
 * programme's time zone), agenda, facilitator, joining link and the Hub resources to read.
 */
@Route("learning/schedule/:runId(" + LearningLinks.UUID + ")/:sessionId(" + LearningLinks.UUID + ")?")
@PageTitle("learning.session-editor.title")
@RolesAllowed(Roles.PROGRAMME_TEAM)
public class SessionEditorView extends Main implements BeforeEnterObserver {

    private final SessionService sessions;
    private final ProgrammeService programme;
    private final LearningTime time;
    private final Binder<SessionForm> binder = new Binder<>(SessionForm.class);
    private final ProblemList problems = new ProblemList("learning.form.problems");
    private final H1 heading = new H1();
    private final ComboBox<KnownPerson> facilitator = new ComboBox<>();
    private final MultiSelectComboBox<HubResource> resources = new MultiSelectComboBox<>();
    private final List<KnownPerson> facilitators;
    private final List<HubResource> published;
    private @Nullable ProgrammeRunId runId;
    private @Nullable SessionId id;
    private int version;

    public SessionEditorView(SessionService sessions, ProgrammeService programme, LearningTime time) {
        this.sessions = sessions;
        this.programme = programme;
        this.time = time;
        addClassName("praxis-view");
        facilitators = sessions.possibleFacilitators();
        published = sessions.publishedResources();

        RadioButtonGroup<SessionKind> kind = new RadioButtonGroup<>(getTranslation("learning.field.session-kind"));
        kind.setItems(SessionKind.values());
        kind.setItemLabelGenerator(k -> LearningLabels.sessionKind(this, k));
        kind.setRequiredIndicatorVisible(true);
        TextField title = new TextField(getTranslation("learning.field.session-title"));
        title.setMaxLength(SessionForm.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        DatePicker date = new DatePicker(getTranslation("learning.field.session-date"));
        date.setRequiredIndicatorVisible(true);
        TimePicker start = new TimePicker(getTranslation("learning.field.session-start"));
        start.setStep(Duration.ofMinutes(15));
        start.setRequiredIndicatorVisible(true);
        TimePicker end = new TimePicker(getTranslation("learning.field.session-end"));
        end.setStep(Duration.ofMinutes(15));
        end.setRequiredIndicatorVisible(true);
        start.setHelperText(getTranslation("learning.field.session-zone", time.zone().getId()));
        TextArea agenda = new TextArea(getTranslation("learning.field.agenda"));
        agenda.setHelperText(getTranslation("learning.field.agenda-help"));
        agenda.setMaxLength(SessionForm.AGENDA_MAX);
        facilitator.setLabel(getTranslation("learning.field.facilitator"));
        facilitator.setHelperText(getTranslation("learning.field.facilitator-help"));
        facilitator.setItems(facilitators);
        // With the organisation, so that people of the same name can be told apart.
        facilitator.setItemLabelGenerator(p -> p.organisationName() == null ? p.displayName()
                : getTranslation("learning.field.person-of-organisation", p.displayName(), p.organisationName()));
        facilitator.setClearButtonVisible(true);
        TextField link = new TextField(getTranslation("learning.field.joining-link"));
        link.setHelperText(getTranslation("learning.field.joining-link-help"));
        link.setMaxLength(SessionForm.LINK_MAX);
        resources.setLabel(getTranslation("learning.field.resources"));
        resources.setHelperText(getTranslation("learning.field.resources-help", SessionForm.RESOURCES_MAX));
        resources.setItems(published);
        resources.setItemLabelGenerator(HubResource::title);

        binder.forField(kind).bind(SessionForm::getKind, SessionForm::setKind);
        binder.forField(title).bind(SessionForm::getTitle, SessionForm::setTitle);
        binder.forField(date).bind(SessionForm::getDate, SessionForm::setDate);
        binder.forField(start).bind(SessionForm::getStartTime, SessionForm::setStartTime);
        binder.forField(end).bind(SessionForm::getEndTime, SessionForm::setEndTime);
        binder.forField(agenda).bind(SessionForm::getAgenda, SessionForm::setAgenda);
        binder.forField(link).bind(SessionForm::getJoiningLink, SessionForm::setJoiningLink);

        FormLayout form = new FormLayout(kind, title, date, start, end, agenda, facilitator, link, resources);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        form.setColspan(kind, 3);
        form.setColspan(title, 3);
        form.setColspan(agenda, 3);
        form.setColspan(facilitator, 3);
        form.setColspan(link, 3);
        form.setColspan(resources, 3);

        Button save = new Button(getTranslation("learning.session-editor.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"),
                e -> getUI().ifPresent(ui -> ui.navigate(SessionsView.class)));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(heading, new Paragraph(getTranslation("learning.session-editor.intro")), problems, form,
                new HorizontalLayout(save, cancel));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            Run run = programme.run(ProgrammeRunId.of(event.getRouteParameters().get("runId").orElseThrow()));
            runId = run.id();
            String sessionParameter = event.getRouteParameters().get("sessionId").orElse(null);
            if (sessionParameter == null) {
                id = null;
                heading.setText(getTranslation("learning.session-editor.title-new", run.name()));
                SessionForm blank = new SessionForm();
                blank.setStartTime(LocalTime.of(10, 0));
                blank.setEndTime(LocalTime.of(13, 30));
                read(blank);
                return;
            }
            SessionDetails session = sessions.session(SessionId.of(sessionParameter));
            id = session.id();
            version = session.version();
            heading.setText(getTranslation("learning.session-editor.title-edit", session.title()));
            read(session.toForm(time.zone()));
        } catch (IllegalArgumentException | java.util.NoSuchElementException | ProblemException notFound) {
            UiFeedback.problem("learning.error.session-not-found");
            event.forwardTo(SessionsView.class);
        }
    }

    private void read(SessionForm form) {
        binder.readBean(form);
        facilitator.setValue(facilitators.stream().filter(p -> p.id().equals(form.getFacilitator())).findFirst()
                .orElse(null));
        resources.setValue(new LinkedHashSet<>(published.stream()
                .filter(r -> form.getResourceIds().contains(r.id())).toList()));
    }

    private void save() {
        SessionForm form = new SessionForm();
        binder.writeBeanAsDraft(form, true);
        form.setFacilitator(facilitator.getValue() == null ? null : facilitator.getValue().id());
        form.setResourceIds(resources.getValue().stream().map(HubResource::id).toList());
        if (UiFeedback.attempt(() -> {
            if (id == null) {
                id = sessions.schedule(Objects.requireNonNull(runId), form);
                version = 0;
            } else {
                sessions.update(id, version, form);
                version++;
            }
        }, problems::show)) {
            problems.clear();
            UiFeedback.success("learning.session-editor.saved");
            SessionId saved = Objects.requireNonNull(id);
            getUI().ifPresent(ui -> ui.navigate(SessionView.class, new RouteParameters("id", saved.toString())));
        }
    }
}
