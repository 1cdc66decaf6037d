package org.praxis.notifications.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import org.praxis.notifications.internal.NotificationService;
import org.praxis.notifications.internal.NotificationView;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.ui.DashboardWidget;
import org.praxis.platform.ui.HeaderWidget;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/** The module's bell in the top bar and its card on the home dashboard. */
@Configuration(proxyBeanMethods = false)
class NotificationsWidgets {

    /** How many unread notifications the dashboard card lists. */
    static final int LATEST = 5;

    /** For everyone signed in: the bell with the unread count, opening the inbox. */
    @Bean
    HeaderWidget notificationBell(NotificationService notifications) {
        return new HeaderWidget() {
            @Override
            public int order() {
                return 10;
            }

            @Override
            public boolean isVisibleTo(PraxisUser user) {
                return true;
            }

            @Override
            public Component create(PraxisUser user) {
                return new NotificationBell(notifications);
            }
        };
    }

    /**
     * For anyone with unread notifications: the newest few, each a link. Hidden when nothing is
     * unread, so the dashboard shows only what waits for the person (the bell is always there).
     */
    @Bean
    DashboardWidget latestNotificationsWidget(NotificationService notifications) {
        return new DashboardWidget() {
            @Override
            public int order() {
                return 0;
            }

            @Override
            public boolean isVisibleTo(PraxisUser user) {
                return notifications.unreadCount() > 0;
            }

            @Override
            public Component create(PraxisUser user) {
                Div card = new Div();
                card.addClassName("praxis-card");
                card.addClassName("praxis-notifications-card");
                int unread = notifications.unreadCount();
                List<NotificationView> latest = notifications.latestUnread(LATEST);
                UnorderedList list = new UnorderedList();
                list.getElement().setAttribute("aria-label", card.getTranslation("notifications.widget.title"));
                latest.forEach(notification -> list.add(new ListItem(NotificationLabels.link(card, notification),
                        new Paragraph(new Span(NotificationLabels.received(card, notification.createdAt()))))));
                card.add(new H2(card.getTranslation("notifications.widget.title")),
                        new Paragraph(card.getTranslation("notifications.widget.count", unread)),
                        list,
                        new RouterLink(card.getTranslation("notifications.widget.link"), InboxView.class));
                return card;
            }
        };
    }
}
