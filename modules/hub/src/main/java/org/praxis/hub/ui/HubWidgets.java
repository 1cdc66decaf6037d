package org.praxis.hub.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import org.praxis.hub.internal.ResourceService;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.Role;
import org.praxis.platform.ui.DashboardWidget;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Hub's cards on the home dashboard. */
@Configuration(proxyBeanMethods = false)
class HubWidgets {

    /** For moderators: what waits for review and what is due for a check. */
    @Bean
    DashboardWidget moderationWidget(ResourceService resources) {
        return new DashboardWidget() {
            @Override
            public int order() {
                return 31;
            }

            @Override
            public boolean isVisibleTo(PraxisUser user) {
                return user.hasRole(Role.MODERATOR) || user.hasRole(Role.PROGRAMME_TEAM);
            }

            @Override
            public Component create(PraxisUser user) {
                Div card = card();
                card.add(new H2(card.getTranslation("hub.widget.moderation-title")),
                        new Paragraph(card.getTranslation("hub.widget.moderation-counts",
                                resources.countQueue(ResourceService.Queue.IN_REVIEW),
                                resources.countQueue(ResourceService.Queue.DUE_FOR_REVIEW))),
                        new RouterLink(card.getTranslation("hub.widget.moderation-link"), ModerationView.class));
                return card;
            }
        };
    }

    private static Div card() {
        Div card = new Div();
        card.addClassName("praxis-card");
        return card;
    }
}
