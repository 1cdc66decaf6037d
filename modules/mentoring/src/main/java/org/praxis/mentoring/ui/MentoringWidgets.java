package org.praxis.mentoring.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import org.praxis.mentoring.internal.MatchingService;
import org.praxis.mentoring.internal.RelationshipStatus;
import org.praxis.platform.Role;
import org.praxis.platform.ui.DashboardWidget;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Home cards: my mentoring for everyone; quiet pairs to check in with for the programme team. */
@Configuration(proxyBeanMethods = false)
class MentoringWidgets {

    @Bean
    DashboardWidget myMentoringWidget(MatchingService matching) {
        return DashboardWidget.of(60, user -> true, user -> {
            long active = matching.myRelationships().stream().filter(r -> r.status() == RelationshipStatus.ACTIVE).count();
            return DashboardWidget.card("mentoring.widget.mine-title",
                    new Paragraph(text(active == 0 ? "mentoring.widget.none" : "mentoring.widget.active", active)),
                    new RouterLink(text("mentoring.widget.open"), MentoringView.class));
        });
    }

    @Bean
    DashboardWidget mentoringTeamWidget(org.praxis.mentoring.internal.RelationshipService relationships) {
        return DashboardWidget.of(61, user -> user.hasRole(Role.PROGRAMME_TEAM), user ->
                DashboardWidget.card("mentoring.widget.team-title",
                        new Paragraph(text("mentoring.widget.check-ins", relationships.careTasks().size())),
                        new RouterLink(text("mentoring.widget.open-programmes"), ProgrammesView.class)));
    }

    private static String text(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }
}
