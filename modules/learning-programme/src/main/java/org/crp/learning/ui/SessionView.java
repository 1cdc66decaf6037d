package org.crp.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.crp.learning.events.SessionId;
import org.crp.learning.internal.LearningLinks;
import org.crp.learning.internal.LearningTime;
import org.crp.learning.internal.LearningViews.AttendanceLine;
import org.crp.learning.internal.LearningViews.SessionDetails;
import org.crp.learning.internal.SessionService;
import org.praxis.platform.CurrentUser;
import org.praxis.platform.ProblemException;
import org.praxis.platform.Role;
import org.praxis.platform.ui.UiFeedback;

/**
 * One session: when, the agenda, who leads it, the joining link, the Hub resources to read, registration, a
 * calendar file, and, for its facilitator and the programme team, the attendance list. Only the run's
 * participants, the facilitator and the team can open it.
 */
@Route(LearningLinks.SESSION)
@PageTitle("learning.session.title")
@PermitAll
public class SessionView extends Main implements BeforeEnterObserver {

    private final SessionService sessions;
    private final CurrentUser currentUser;
    private final LearningTime time;

    public SessionView(SessionService sessions, CurrentUser currentUser, LearningTime time) {
        this.sessions = sessions;
        this.currentUser = currentUser;
        this.time = time;
        addClassName("praxis-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(sessions.session(SessionId.of(event.getRouteParameters().get("id").orElseThrow())));
        } catch (IllegalArgumentException | ProblemException notFound) {
            removeAll();
            add(LearningLabels.notFound(this, "learning.error.session-not-found-title",
                    "learning.error.session-not-found"));
        }
    }

    private void show(SessionDetails session) {
        removeAll();
        add(new H1(session.title()),
                new Paragraph(LearningLabels.sessionKind(this, session.kind()) + " · " + session.runName()),
                new Paragraph(LearningLabels.when(this, session.startsAt(), session.endsAt(), time.zone())),
                new Paragraph(session.facilitatorName() == null ? getTranslation("learning.session.facilitator-tbc")
                        : getTranslation("learning.session.facilitator", session.facilitatorName())));

        boolean started = !time.now().isBefore(session.startsAt());
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        if (session.participant() && !started) {
            Button register = session.registered()
                    ? new Button(getTranslation("learning.session.cancel-registration"), e -> act(session,
                    () -> sessions.cancelRegistration(session.id()), "learning.session.registration-cancelled"))
                    : new Button(getTranslation("learning.session.register"), e -> act(session,
                    () -> sessions.register(session.id()), "learning.session.registered"));
            if (!session.registered()) {
                register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            actions.add(register);
        }
        actions.add(LearningLabels.download(getTranslation("learning.session.calendar"),
                () -> sessions.calendar(session.id())));
        if (currentUser.hasRole(Role.PROGRAMME_TEAM)) {
            actions.add(new Button(getTranslation("learning.session.edit"), e -> getUI().ifPresent(ui ->
                    ui.navigate(SessionEditorView.class, new RouteParameters(
                            new RouteParam("runId", session.runId().toString()),
                            new RouteParam("sessionId", session.id().toString()))))));
        }
        add(actions);
        if (session.registered()) {
            add(new Paragraph(getTranslation("learning.session.you-are-registered")));
        }
        if (session.attended()) {
            add(new Paragraph(new RouterLink(getTranslation("learning.session.reflect"), LearningLogView.class)));
        }

        add(new H2(getTranslation("learning.session.joining")));
        if (session.joiningLink().isBlank()) {
            add(new Paragraph(getTranslation("learning.session.joining-tbc")));
        } else {
            Anchor join = new Anchor(session.joiningLink(), getTranslation("learning.session.join"), AnchorTarget.BLANK);
            join.getElement().setAttribute("rel", "noopener noreferrer");
            add(new Paragraph(join), new Paragraph(session.joiningLink()));
        }

        add(new H2(getTranslation("learning.session.agenda")));
        if (session.agenda().isBlank()) {
            add(new Paragraph(getTranslation("learning.session.agenda-tbc")));
        } else {
            session.agenda().lines().filter(line -> !line.isBlank()).forEach(line -> add(new Paragraph(line)));
        }

        if (!session.resources().isEmpty()) {
            add(new H2(getTranslation("learning.session.resources")));
            UnorderedList list = new UnorderedList();
            session.resources().forEach(resource ->
                    list.add(new ListItem(new Anchor("hub/resources/" + resource.id(), resource.title()))));
            add(list);
        }

        if (session.mayMarkAttendance()) {
            add(attendance(session, started));
        }
    }

    private Section attendance(SessionDetails session, boolean started) {
        Section section = new Section(new H2(getTranslation("learning.attendance.title")));
        section.add(new Paragraph(getTranslation(started ? "learning.attendance.intro" : "learning.attendance.not-yet",
                session.registeredCount())));
        UnorderedList list = new UnorderedList();
        list.getStyle().set("list-style", "none").set("padding-left", "0");
        for (AttendanceLine line : sessions.attendance(session.id())) {
            Checkbox attended = new Checkbox(line.registered()
                    ? getTranslation("learning.attendance.name-registered", line.name()) : line.name(), line.attended());
            attended.setEnabled(started);
            attended.addValueChangeListener(e -> {
                if (!e.isFromClient()) {
                    return;
                }
                if (UiFeedback.attempt(() -> sessions.markAttendance(session.id(), line.participant(), e.getValue()),
                        problems -> problems.forEach(UiFeedback::problem))) {
                    UiFeedback.success(e.getValue() ? "learning.attendance.marked" : "learning.attendance.unmarked",
                            line.name());
                } else {
                    attended.setValue(e.getOldValue());
                }
            });
            list.add(new ListItem(attended));
        }
        if (list.getChildren().findAny().isEmpty()) {
            section.add(new Paragraph(getTranslation("learning.attendance.no-participants")));
        } else {
            section.add(list);
        }
        return section;
    }

    private void act(SessionDetails session, Runnable action, String successKey) {
        if (UiFeedback.attempt(action, problems -> problems.forEach(UiFeedback::problem))) {
            UiFeedback.success(successKey);
            show(sessions.session(session.id()));
        }
    }
}
