package org.praxis.notifications.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.praxis.notifications.internal.NotificationService;
import org.praxis.platform.ProblemException;

import java.util.UUID;

/**
 * Where a notification's link goes first: marks it read, then forwards to what it is about.
 * Someone else's notification (or a made-up id) is "not found", and nothing is marked.
 */
@Route("inbox/open/:id")
@PageTitle("notifications.inbox.title")
@PermitAll
public class OpenNotificationView extends Main implements BeforeEnterObserver {

    private final transient NotificationService notifications;

    public OpenNotificationView(NotificationService notifications) {
        this.notifications = notifications;
        addClassName("praxis-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            UUID id = UUID.fromString(event.getRouteParameters().get("id").orElse(""));
            event.forwardTo(notifications.open(id));
        } catch (IllegalArgumentException | ProblemException notFound) {
            removeAll();
            add(new H1(getTranslation("notifications.error.not-found-title")),
                    new Paragraph(getTranslation("notifications.error.not-found")),
                    new RouterLink(getTranslation("notifications.widget.link"), InboxView.class));
        }
    }
}
