package org.praxis.matchmaking.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import org.praxis.matchmaking.internal.MatchEventService;
import org.praxis.matchmaking.internal.RegistrationService;
import org.praxis.matchmaking.internal.RegistrationStatus;
import org.praxis.platform.Role;
import org.praxis.platform.ui.DashboardWidget;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Matchmaking's cards on the home dashboard. */
@Configuration(proxyBeanMethods = false)
class MatchmakingWidgets {

    /** For everyone: the match events they have a place at, and how many are coming up. */
    @Bean
    DashboardWidget matchEventsWidget(MatchEventService events, RegistrationService registrations) {
        return DashboardWidget.of(70, user -> true, user -> {
            long places = registrations.mine().stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED
                    || r.status() == RegistrationStatus.OFFERED).count();
            return DashboardWidget.card("matchmaking.widget.title",
                    new Paragraph(text("matchmaking.widget.upcoming", events.upcoming().size())),
                    new Paragraph(text("matchmaking.widget.places", places)),
                    new RouterLink(text("matchmaking.widget.open-events"), MatchEventsView.class),
                    new RouterLink(text("matchmaking.widget.open-mine"), MyMatchmakingView.class));
        });
    }

    /** For the programme team: applications waiting for a decision. */
    @Bean
    DashboardWidget matchmakingTeamWidget(RegistrationService registrations) {
        return DashboardWidget.of(71, user -> user.hasRole(Role.PROGRAMME_TEAM), user ->
                DashboardWidget.card("matchmaking.widget.team-title",
                        new Paragraph(text("matchmaking.widget.waiting", registrations.countWaitingForDecision())),
                        new RouterLink(text("matchmaking.widget.open-events"), MatchEventsView.class)));
    }

    private static String text(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }
}
