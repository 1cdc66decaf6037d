package org.praxis.matchmaking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.praxis.matchmaking.events.MatchEventId;
import org.praxis.matchmaking.events.RegistrationId;
import org.praxis.matchmaking.internal.MatchEventService;
import org.praxis.matchmaking.internal.MatchmakingTime;
import org.praxis.matchmaking.internal.MatchmakingViews.MatchEvent;
import org.praxis.matchmaking.internal.MatchmakingViews.Registration;
import org.praxis.matchmaking.internal.MatchmakingViews.RotationPlan;
import org.praxis.matchmaking.internal.RegistrationService;
import org.praxis.matchmaking.internal.RegistrationStatus;
import org.praxis.matchmaking.internal.RotationForm;
import org.praxis.matchmaking.internal.RotationQuality;
import org.praxis.matchmaking.internal.RotationService;
import org.praxis.matchmaking.internal.Translator;
import org.praxis.platform.ProblemException;
import org.praxis.platform.Roles;
import org.praxis.platform.ui.ProblemList;
import org.praxis.platform.ui.UiFeedback;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The organiser runs an event: places per group, applications to decide (with access needs and how far each
 * attendee is with the checklist), the waiting list, and on the day the speed-networking rotation and its run
 * sheet, re-planned between rounds for late arrivals and no-shows.
 */
@Route("matchmaking/organise/:id([0-9a-fA-F-]{36})")
@PageTitle("matchmaking.organise.title")
@RolesAllowed(Roles.PROGRAMME_TEAM)
public class OrganiseEventView extends Main implements BeforeEnterObserver {

    private final MatchEventService events;
    private final RegistrationService registrations;
    private final RotationService rotations;
    private final MatchmakingTime time;
    private final I18NProvider i18n;
    private final ProblemList problems = new ProblemList("matchmaking.form.problems");
    private MatchEventId id = new MatchEventId(new java.util.UUID(0, 0));

    public OrganiseEventView(MatchEventService events, RegistrationService registrations, RotationService rotations,
                             MatchmakingTime time, I18NProvider i18n) {
        this.events = events;
        this.registrations = registrations;
        this.rotations = rotations;
        this.time = time;
        this.i18n = i18n;
        addClassName("praxis-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = MatchEventId.of(event.getRouteParameters().get("id").orElseThrow());
            render();
        } catch (IllegalArgumentException | ProblemException notFound) {
            UiFeedback.problem("matchmaking.error.event-not-found");
            event.forwardTo(MatchEventsView.class);
        }
    }

    private void render() {
        removeAll();
        MatchEvent event = events.event(id);
        add(new H1(getTranslation("matchmaking.organise.heading", event.title())),
                new Paragraph(MatchmakingLabels.when(this, event, time.zone())),
                new Paragraph(MatchmakingLabels.places(this, event)),
                new RouterLink(getTranslation("matchmaking.organise.edit"), EventEditorView.class,
                        new RouteParameters("id", id.toString())),
                problems);
        add(applications());
        add(rotation());
    }

    private Section applications() {
        List<Registration> all = registrations.forEvent(id);
        Map<RegistrationId, Integer> ticked = registrations.checklistProgress(id);
        Grid<Registration> grid = new Grid<>();
        grid.addColumn(Registration::name).setHeader(getTranslation("matchmaking.field.name")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("matchmaking.side." + r.side().name()))
                .setHeader(getTranslation("matchmaking.field.side"));
        grid.addColumn(r -> getTranslation("matchmaking.status." + r.status().name()))
                .setHeader(getTranslation("matchmaking.field.status"));
        grid.addColumn(Registration::accessNeeds).setHeader(getTranslation("matchmaking.field.access-needs"));
        grid.addColumn(r -> ticked.getOrDefault(r.id(), 0)).setHeader(getTranslation("matchmaking.field.checklist-done"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("matchmaking.field.actions")).setAutoWidth(true);
        grid.setItems(all);
        grid.setAllRowsVisible(true);
        return new Section(new H2(getTranslation("matchmaking.organise.applications")), grid);
    }

    private HorizontalLayout actions(Registration registration) {
        HorizontalLayout actions = new HorizontalLayout();
        if (registration.status() == RegistrationStatus.APPLIED || registration.status() == RegistrationStatus.WAITING) {
            actions.add(action("matchmaking.organise.approve", registration,
                    () -> registrations.approve(registration.id(), registration.version())));
            if (registration.status() == RegistrationStatus.APPLIED) {
                actions.add(action("matchmaking.organise.wait-list", registration,
                        () -> registrations.waitList(registration.id(), registration.version())));
            }
            actions.add(action("matchmaking.organise.refuse", registration,
                    () -> registrations.refuse(registration.id(), registration.version())));
        }
        return actions;
    }

    private Button action(String key, Registration registration, Runnable change) {
        Button button = new Button(getTranslation(key), e -> {
            if (UiFeedback.attempt(change, problems::show)) {
                UiFeedback.success("matchmaking.organise.done");
                render();
            }
        });
        button.setAriaLabel(getTranslation(key) + ": " + registration.name());
        return button;
    }

    private Section rotation() {
        Section section = new Section(new H2(getTranslation("matchmaking.organise.rotation")),
                new Paragraph(getTranslation("matchmaking.organise.rotation-intro")));
        Optional<RotationPlan> current = rotations.rotation(id);
        RotationForm defaults = new RotationForm();
        current.ifPresent(p -> {
            defaults.setRounds(p.rounds());
            defaults.setMinutes(p.minutes());
            defaults.setTables(p.tables());
        });
        IntegerField rounds = number("matchmaking.field.rounds", defaults.getRounds(), RotationForm.ROUNDS_MAX);
        IntegerField minutes = number("matchmaking.field.minutes", defaults.getMinutes(), RotationForm.MINUTES_MAX);
        IntegerField tables = number("matchmaking.field.tables", defaults.getTables(), RotationForm.TABLES_MAX);
        Button plan = new Button(getTranslation("matchmaking.organise.plan"), e -> {
            RotationForm form = new RotationForm();
            form.setRounds(rounds.getValue() == null ? 0 : rounds.getValue());
            form.setMinutes(minutes.getValue() == null ? 0 : minutes.getValue());
            form.setTables(tables.getValue() == null ? 0 : tables.getValue());
            if (UiFeedback.attempt(() -> rotations.plan(id, form), problems::show)) {
                UiFeedback.success("matchmaking.organise.planned");
                render();
            }
        });
        plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        section.add(new FormLayout(rounds, minutes, tables), plan);
        current.ifPresent(p -> section.add(planned(p)));
        return section;
    }

    private Section planned(RotationPlan plan) {
        RotationQuality quality = plan.quality();
        Locale locale = getLocale();
        Translator texts = (key, arguments) -> i18n.getTranslation(key, locale, arguments);
        Section section = new Section(new Paragraph(getTranslation("matchmaking.organise.quality", plan.rounds(),
                        plan.minutes(), quality.tablesUsed(), Math.round(quality.crossRoleShare() * 100), quality.repeats(),
                        quality.satOut())),
                new Paragraph(MatchmakingLabels.download(getTranslation("matchmaking.organise.run-sheet"),
                        () -> rotations.runSheet(id, texts))));
        // Re-planning between rounds: who is here now, and from which round.
        List<Registration> placed = registrations.forEvent(id).stream()
                .filter(r -> r.status() == RegistrationStatus.CONFIRMED).toList();
        MultiSelectComboBox<Registration> present = new MultiSelectComboBox<>(getTranslation("matchmaking.field.present"));
        present.setItems(placed);
        present.setItemLabelGenerator(Registration::name);
        present.setValue(new HashSet<>(placed));
        IntegerField from = number("matchmaking.field.from-round", Math.min(2, plan.rounds()), plan.rounds());
        Button replan = new Button(getTranslation("matchmaking.organise.replan"), e -> {
            Set<RegistrationId> here = present.getValue().stream().map(Registration::id).collect(Collectors.toSet());
            int fromRound = from.getValue() == null ? 0 : from.getValue();
            if (UiFeedback.attempt(() -> rotations.replan(id, plan.version(), fromRound, here), problems::show)) {
                UiFeedback.success("matchmaking.organise.planned");
                render();
            }
        });
        section.add(new H2(getTranslation("matchmaking.organise.replan-heading")), new FormLayout(present, from), replan);
        return section;
    }

    private IntegerField number(String key, int value, int max) {
        IntegerField field = new IntegerField(getTranslation(key));
        field.setMin(1);
        field.setMax(max);
        field.setValue(value);
        field.setStepButtonsVisible(true);
        return field;
    }
}
