package org.praxis.hub.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import org.praxis.hub.internal.HubViews.SearchQuery;
import org.praxis.hub.internal.ResourceService;
import org.praxis.hub.internal.ResourceStatus;
import org.praxis.hub.internal.SearchService;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.Role;
import org.praxis.platform.ui.DashboardWidget;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Hub's cards on the home dashboard. */
@Configuration(proxyBeanMethods = false)
class HubWidgets {

    /** For everyone: the library, and any of their submissions that need changes. */
    @Bean
    DashboardWidget libraryWidget(SearchService search, ResourceService resources) {
        return new DashboardWidget() {
            @Override
            public int order() {
                return 30;
            }

            @Override
            public boolean isVisibleTo(PraxisUser user) {
                return true;
            }

            @Override
            public Component create(PraxisUser user) {
                Div card = card();
                int total = search.search(SearchQuery.of("").withPage(0, 1)).total();
                long needChanges = resources.mySubmissions().stream()
                        .filter(r -> r.status() == ResourceStatus.CHANGES_REQUESTED).count();
                card.add(new H2(card.getTranslation("hub.widget.library-title")),
                        new Paragraph(card.getTranslation("hub.widget.library-count", total)));
                if (needChanges > 0) {
                    card.add(new Paragraph(new RouterLink(card.getTranslation("hub.widget.changes-requested", needChanges),
                            MySubmissionsView.class)));
                }
                card.add(new RouterLink(card.getTranslation("hub.widget.library-link"), LibraryView.class));
                return card;
            }
        };
    }

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
