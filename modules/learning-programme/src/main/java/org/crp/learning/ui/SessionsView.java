package org.crp.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.crp.learning.internal.LearningLinks;
import org.crp.learning.internal.LearningTime;
import org.crp.learning.internal.LearningViews.Run;
import org.crp.learning.internal.LearningViews.SessionSummary;
import org.crp.learning.internal.ProgrammeService;
import org.crp.learning.internal.SessionService;
import org.praxis.platform.CurrentUser;
import org.praxis.platform.Role;

import java.util.List;

/**
 * Sessions, showcases and networking events the signed-in person may see: those of the runs they take part
 * in and those they facilitate (the programme team sees all). Coming ones first, then past ones.
 */
@Route(LearningLinks.SESSIONS)
@PageTitle("learning.sessions.title")
@Menu(title = "learning.menu.sessions", order = 630, icon = "vaadin:calendar-user")
@PermitAll
public class SessionsView extends Main {

    private final LearningTime time;

    public SessionsView(SessionService sessions, ProgrammeService programme, CurrentUser currentUser, LearningTime time) {
        this.time = time;
        addClassName("praxis-view");
        add(new H1(getTranslation("learning.sessions.title")), new Paragraph(getTranslation("learning.sessions.intro")));

        if (currentUser.hasRole(Role.PROGRAMME_TEAM)) {
            ComboBox<Run> run = new ComboBox<>(getTranslation("learning.sessions.schedule-in"));
            run.setItems(programme.runs());
            run.setItemLabelGenerator(Run::name);
            Button schedule = new Button(getTranslation("learning.sessions.schedule"), VaadinIcon.PLUS.create(), e -> {
                if (run.getValue() != null) {
                    getUI().ifPresent(ui -> ui.navigate(SessionEditorView.class,
                            new RouteParameters("runId", run.getValue().id().toString())));
                } else {
                    run.setInvalid(true);
                    run.setErrorMessage(getTranslation("learning.sessions.choose-run"));
                }
            });
            HorizontalLayout bar = new HorizontalLayout(run, schedule);
            bar.setAlignItems(HorizontalLayout.Alignment.BASELINE);
            add(bar);
        }

        List<SessionSummary> all = sessions.mySessions();
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("learning.sessions.none")));
            return;
        }
        var now = time.now();
        List<SessionSummary> coming = all.stream().filter(s -> s.endsAt().isAfter(now)).toList();
        List<SessionSummary> past = all.stream().filter(s -> !s.endsAt().isAfter(now)).toList().reversed();
        add(new H2(getTranslation("learning.sessions.coming")));
        add(coming.isEmpty() ? new Paragraph(getTranslation("learning.sessions.none-coming"))
                : grid(coming, "learning.sessions.coming"));
        if (!past.isEmpty()) {
            add(new H2(getTranslation("learning.sessions.past")), grid(past, "learning.sessions.past"));
        }
    }

    private Grid<SessionSummary> grid(List<SessionSummary> items, String labelKey) {
        Grid<SessionSummary> grid = new Grid<>();
        grid.addComponentColumn(s -> new RouterLink(s.title(), SessionView.class,
                new RouteParameters("id", s.id().toString()))).setHeader(getTranslation("learning.field.session")).setFlexGrow(3);
        grid.addColumn(s -> LearningLabels.sessionKind(this, s.kind())).setHeader(getTranslation("learning.field.session-kind"));
        grid.addColumn(s -> LearningLabels.when(this, s.startsAt(), s.endsAt(), time.zone()))
                .setHeader(getTranslation("learning.field.when")).setFlexGrow(3);
        grid.addColumn(SessionSummary::runName).setHeader(getTranslation("learning.field.run")).setFlexGrow(2);
        grid.addColumn(s -> s.attended() ? getTranslation("learning.sessions.you-attended")
                : s.registered() ? getTranslation("learning.sessions.you-registered") : "")
                .setHeader(getTranslation("learning.sessions.you"));
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation(labelKey));
        return grid;
    }
}
