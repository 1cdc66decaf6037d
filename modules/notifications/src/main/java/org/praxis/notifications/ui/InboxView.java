package org.praxis.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.praxis.notifications.internal.NotificationService;
import org.praxis.notifications.internal.NotificationView;
import org.praxis.platform.ProblemException;
import org.praxis.platform.ui.UiFeedback;

import java.util.List;

/**
 * A person's inbox: their own notifications, newest first, each a link to what it is about, with
 * "mark as read" for one or all. Everyone signed in has one.
 */
@Route("inbox")
@PageTitle("notifications.inbox.title")
@Menu(title = "notifications.menu.inbox", order = 1, icon = "vaadin:bell")
@PermitAll
public class InboxView extends Main {

    static final int PAGE = 50;

    private final transient NotificationService notifications;
    private final Paragraph summary = new Paragraph();
    private final Button markAllRead = new Button();
    private final UnorderedList list = new UnorderedList();
    private final Button showMore = new Button();
    private final Paragraph empty = new Paragraph();
    private int shown = PAGE;

    public InboxView(NotificationService notifications) {
        this.notifications = notifications;
        addClassName("praxis-view");

        markAllRead.setText(getTranslation("notifications.inbox.mark-all-read"));
        markAllRead.addClickListener(event -> markAllRead());
        showMore.setText(getTranslation("notifications.inbox.show-more"));
        showMore.addClickListener(event -> {
            shown += PAGE;
            refresh();
        });
        // Announced to screen readers when it changes (after "mark as read").
        summary.getElement().setAttribute("aria-live", "polite");
        list.getElement().setAttribute("aria-label", getTranslation("notifications.inbox.list-label"));
        list.addClassName("praxis-inbox");
        list.getStyle().set("list-style", "none").set("padding-inline-start", "0");
        empty.setText(getTranslation("notifications.inbox.empty"));

        add(new H1(getTranslation("notifications.inbox.title")),
                new Paragraph(getTranslation("notifications.inbox.intro")),
                summary, markAllRead, empty, list, showMore);
        refresh();
    }

    private void refresh() {
        int unread = notifications.unreadCount();
        int total = notifications.count();
        summary.setText(getTranslation("notifications.inbox.unread-summary", unread));
        markAllRead.setVisible(unread > 0);
        empty.setVisible(total == 0);
        list.removeAll();
        List<NotificationView> page = notifications.inbox(0, Math.min(shown, NotificationService.PAGE_MAX));
        page.forEach(notification -> list.add(item(notification)));
        showMore.setVisible(total > page.size() && shown < NotificationService.PAGE_MAX);
    }

    private ListItem item(NotificationView notification) {
        ListItem item = new ListItem();
        item.addClassName("praxis-card");
        item.getStyle().set("margin-bottom", "var(--lumo-space-s)");
        Div message = new Div(NotificationLabels.link(this, notification));
        if (notification.unread()) {
            message.getStyle().set("font-weight", "600");
        }
        HorizontalLayout details = new HorizontalLayout();
        details.setAlignItems(FlexComponent.Alignment.BASELINE);
        details.add(NotificationLabels.state(this, notification),
                new Span(NotificationLabels.received(this, notification.createdAt())));
        if (notification.unread()) {
            Button markRead = new Button(getTranslation("notifications.inbox.mark-read"),
                    event -> markRead(notification));
            markRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            markRead.setAriaLabel(getTranslation("notifications.inbox.mark-read-label",
                    NotificationLabels.message(this, notification)));
            details.add(markRead);
        }
        item.add(message, details);
        return item;
    }

    private void markRead(NotificationView notification) {
        try {
            notifications.markRead(notification.id());
        } catch (ProblemException problem) {
            UiFeedback.problem(problem);
        }
        refresh();
        UnreadCountChanged.fire();
    }

    private void markAllRead() {
        int marked = notifications.markAllRead();
        UiFeedback.success("notifications.inbox.marked-all-read", marked);
        refresh();
        UnreadCountChanged.fire();
    }
}
