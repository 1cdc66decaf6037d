package org.praxis.hub.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import org.praxis.hub.internal.ResourceService;
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
        return DashboardWidget.of(31, user -> user.hasRole(Role.MODERATOR) || user.hasRole(Role.PROGRAMME_TEAM),
                user -> DashboardWidget.card("hub.widget.moderation-title",
                        new Paragraph(text("hub.widget.moderation-counts",
                                resources.countQueue(ResourceService.Queue.IN_REVIEW),
                                resources.countQueue(ResourceService.Queue.DUE_FOR_REVIEW))),
                        new RouterLink(text("hub.widget.moderation-link"), ModerationView.class)));
    }

    /** For admins: the library's admin work, importing resources and keeping the vocabularies. */
    @Bean
    DashboardWidget libraryAdminWidget() {
        return DashboardWidget.of(92, user -> user.hasRole(Role.ADMIN),
                user -> DashboardWidget.card("hub.widget.admin-title",
                        new Paragraph(text("hub.widget.admin-intro")),
                        new UnorderedList(
                                new ListItem(new RouterLink(text("hub.widget.admin-import"), ImportView.class)),
                                new ListItem(new RouterLink(text("hub.widget.admin-vocabularies"),
                                        VocabularyAdminView.class)))));
    }

    private static String text(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }
}
