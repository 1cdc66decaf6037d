package org.praxis.notifications.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.shared.Registration;
import org.praxis.notifications.internal.NotificationService;

/**
 * The bell in the top bar: shows how many notifications are unread, as a number (not only a colour)
 * and in its accessible name ("Notifications, 3 unread"), and opens the inbox. The count is read
 * again on every navigation and whenever notifications are read on this page.
 */
class NotificationBell extends Button implements AfterNavigationObserver {

    private final transient NotificationService notifications;
    private Registration countChanges;

    NotificationBell(NotificationService notifications) {
        super(VaadinIcon.BELL.create());
        this.notifications = notifications;
        addClassName("praxis-notification-bell");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClickListener(event -> getUI().ifPresent(ui -> ui.navigate(InboxView.class)));
        refresh();
    }

    /** Reads the unread count again and shows it. */
    void refresh() {
        int unread = notifications.unreadCount();
        setText(unread == 0 ? "" : String.valueOf(unread));
        setAriaLabel(getTranslation("notifications.bell.label", unread));
        if (unread == 0) {
            removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        } else {
            removeThemeVariants(ButtonVariant.LUMO_TERTIARY);
            addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
    }

    int shownCount() {
        return getText().isEmpty() ? 0 : Integer.parseInt(getText());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        countChanges = ComponentUtil.addListener(attachEvent.getUI(), UnreadCountChanged.class, event -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (countChanges != null) {
            countChanges.remove();
            countChanges = null;
        }
        super.onDetach(detachEvent);
    }
}
