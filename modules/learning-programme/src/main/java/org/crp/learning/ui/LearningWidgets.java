package org.crp.learning.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.crp.learning.internal.FundingService;
import org.crp.learning.internal.LearningLogService;
import org.crp.learning.internal.LearningTime;
import org.crp.learning.internal.LearningViews.SessionSummary;
import org.crp.learning.internal.ProgrammeService;
import org.crp.learning.internal.SessionService;
import org.praxis.platform.Role;
import org.praxis.platform.ui.DashboardWidget;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Optional;

/** The learning programme's cards on the home dashboard. */
@Configuration(proxyBeanMethods = false)
class LearningWidgets {

    /**
     * For everyone: their next session and the reflections they have still to write; for someone not yet
     * taking part, a way to find out about the programme and apply.
     */
    @Bean
    DashboardWidget yourLearningProgrammeWidget(ProgrammeService programme, SessionService sessions,
                                                LearningLogService log, LearningTime time) {
        return DashboardWidget.of(600, user -> true, user -> {
            boolean takingPart = programme.myApplications().stream()
                    .anyMatch(a -> a.status() == org.crp.learning.internal.ApplicationStatus.SELECTED);
            if (!takingPart) {
                return DashboardWidget.card("learning.widget.mine-title",
                        new Paragraph(text("learning.widget.not-taking-part")),
                        new RouterLink(text("learning.widget.see-programme"), ProgrammeView.class));
            }
            Optional<SessionSummary> next = sessions.myNextSession();
            Paragraph nextSession = new Paragraph(next.map(s -> text("learning.widget.next-session", s.title(),
                    LearningLabels.date(s.startsAt(), time.zone()))).orElse(text("learning.widget.no-next-session")));
            RouterLink link = next.map(s -> new RouterLink(text("learning.widget.open-session"), SessionView.class,
                    new RouteParameters("id", s.id().toString())))
                    .orElse(new RouterLink(text("learning.widget.see-sessions"), SessionsView.class));
            int toWrite = log.countToWrite();
            return DashboardWidget.card("learning.widget.mine-title", nextSession, link,
                    new Paragraph(text("learning.widget.reflections", toWrite)),
                    new RouterLink(text("learning.widget.open-log"), LearningLogView.class));
        });
    }

    /** For the programme team: applications and funding requests waiting for a decision. */
    @Bean
    DashboardWidget learningTeamWidget(ProgrammeService programme, FundingService funding) {
        return DashboardWidget.of(610, user -> user.hasRole(Role.PROGRAMME_TEAM), user ->
                DashboardWidget.card("learning.widget.team-title",
                        new Paragraph(text("learning.widget.applications-waiting", programme.countAwaitingDecision())),
                        new RouterLink(text("learning.widget.open-queue"), ApplicationQueueView.class),
                        new Paragraph(text("learning.widget.funding-waiting", funding.countWaiting())),
                        new RouterLink(text("learning.widget.open-funding"), FundingQueueView.class)));
    }

    private static String text(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }
}
