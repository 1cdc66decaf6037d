package org.praxis.notifications.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.praxis.notifications.internal.NotificationText;
import org.praxis.notifications.internal.NotificationView;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How a notification reads on screen, shared by the inbox, the bell and the dashboard card. */
final class NotificationLabels {

    private NotificationLabels() {
    }

    /** The reader's language: the UI's, which Vaadin takes from the browser among the provided ones. */
    static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.UK : ui.getLocale();
    }

    /** The message in the reader's language, written now from its key and arguments. */
    static String message(Component component, NotificationView notification) {
        return NotificationText.message(notification, component::getTranslation, locale());
    }

    /**
     * The message as a link to what it is about. It goes through {@link OpenNotificationView}, which
     * marks the notification read on the way: a real link, usable by keyboard and screen readers.
     */
    static RouterLink link(Component component, NotificationView notification) {
        return new RouterLink(message(component, notification), OpenNotificationView.class,
                new RouteParameters("id", notification.id().toString()));
    }

    /** "Unread" or "Read" in words, so the state is never shown by colour or weight alone. */
    static Span state(Component component, NotificationView notification) {
        Span state = new Span(component.getTranslation(notification.unread()
                ? "notifications.inbox.unread" : "notifications.inbox.read"));
        state.addClassName("praxis-status");
        return state;
    }

    static String received(Component component, OffsetDateTime at) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale());
        return component.getTranslation("notifications.inbox.received",
                format.format(at.atZoneSameInstant(ZoneId.systemDefault())));
    }
}
