package org.praxis.notifications.ui;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.praxis.notifications.internal.NotificationService;
import org.praxis.notifications.internal.NotificationView;
import org.praxis.platform.Ids;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.Role;
import org.praxis.platform.notices.Audience;
import org.praxis.platform.notices.NoticeArgument;
import org.praxis.platform.notices.NoticeRequested;
import org.praxis.shell.ui.HomeView;
import praxis.testsupport.KaribuTest;
import praxis.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bell, the inbox and the dashboard card as people meet them, with the demo community. Notices are
 * published here as other modules would publish them, with their words from a test bundle. The database is shared by all tests
 * of the context, so each test uses its own titles and counts relative to what was there before.
 */
class NotificationViewsTests extends KaribuTest {

    static final String JO = "jo@liceria.example";
    static final String SAM = "sam@northbridge.example";
    static final String LENA = "lena@liceria.example";

    @Autowired
    NotificationService notifications;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void demoEventsHandled() {
        awaitNotificationListenersDone();
    }

    // --- the bell ---------------------------------------------------------------------------------

    @Test
    void theBellSaysHowManyAreUnreadInWordsAndNumbersAndRefreshesOnNavigation() {
        PraxisUser jo = signInAs(JO);
        navigate(HomeView.class);
        int unread = notifications.unreadCount();

        NotificationBell bell = _get(NotificationBell.class);
        assertThat(bell.getAriaLabel()).contains(unread == 0 ? "Notifications, none unread"
                : unread == 1 ? "Notifications, 1 unread" : "Notifications, " + unread + " unread");
        assertThat(bell.getText()).isEqualTo(unread == 0 ? "" : String.valueOf(unread));

        // Something new arrives; the next page the person opens shows it.
        proposeAgreementTo(jo, unique("Liceria cohort support"));
        navigate(InboxView.class);
        assertThat(_get(NotificationBell.class).getAriaLabel()).contains("Notifications, " + (unread + 1) + " unread");
        assertThat(_get(NotificationBell.class).getText()).isEqualTo(String.valueOf(unread + 1));

        // The bell opens the inbox.
        navigate(HomeView.class);
        _click(_get(NotificationBell.class));
        assertThat(NavigatorKt.getCurrentView()).isAssignableTo(InboxView.class);
    }

    @Test
    void someoneWithNothingUnreadSeesAQuietBellAndNoCard() {
        signInAs(LENA);
        navigate(HomeView.class);
        assertThat(notifications.unreadCount()).isZero();
        assertThat(_get(NotificationBell.class).getAriaLabel()).contains("Notifications, none unread");
        _assertNone(H2.class, spec -> spec.withText("New for you"));
    }

    // --- the inbox --------------------------------------------------------------------------------

    @Test
    void theInboxListsOnlyMyOwnNotificationsNewestFirst() {
        PraxisUser jo = load(JO);
        PraxisUser sam = load(SAM);
        String older = unique("Older Liceria decision");
        String samsOwn = unique("Northbridge decision");
        String newer = unique("Newer Liceria agreement");
        decline(jo, older);
        decline(sam, samsOwn);
        proposeAgreementTo(jo, newer);

        signInAs(JO);
        navigate(InboxView.class);
        _assertOne(H1.class, spec -> spec.withText("Your inbox"));
        List<String> messages = messages();
        assertThat(messages).anyMatch(m -> m.contains(newer)).anyMatch(m -> m.contains(older))
                .noneMatch(m -> m.contains(samsOwn));
        assertThat(indexOf(messages, newer)).isLessThan(indexOf(messages, older));
        assertThat(_get(UnorderedList.class, spec -> spec.withClasses("praxis-inbox")).getElement().getAttribute("aria-label"))
                .isEqualTo("Your notifications, newest first");

        // Each is a real link to what it is about (through the page that marks it read).
        NotificationView decision = find(older);
        RouterLink link = _get(RouterLink.class, spec -> spec.withText(messageOf(older)));
        assertThat(link.getHref()).isEqualTo("inbox/open/" + decision.id());

        TestUsers.signOut();
        signInAs(SAM);
        navigate(InboxView.class);
        assertThat(messages()).anyMatch(m -> m.contains(samsOwn)).noneMatch(m -> m.contains(older) || m.contains(newer));
    }

    @Test
    void markingOneAndThenAllAsRead() {
        PraxisUser jo = load(JO);
        String first = unique("First decision");
        String second = unique("Second decision");
        decline(jo, first);
        decline(jo, second);

        signInAs(JO);
        navigate(InboxView.class);
        int unread = notifications.unreadCount();
        assertThat(unread).isGreaterThanOrEqualTo(2);
        assertThat(_get(Paragraph.class, spec -> spec.withText("You have " + unread + " unread notifications.")))
                .isNotNull();

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Mark as read: " + messageOf(first))));
        assertThat(find(first).unread()).isFalse();
        assertThat(find(second).unread()).isTrue();
        assertThat(notifications.unreadCount()).isEqualTo(unread - 1);
        assertThat(stateOf(first)).isEqualTo("Read");
        assertThat(stateOf(second)).isEqualTo("Unread");
        // The bell follows at once.
        assertThat(_get(NotificationBell.class).getText()).isEqualTo(String.valueOf(unread - 1));

        _click(_get(Button.class, spec -> spec.withText("Mark all as read")));
        assertThat(notifications.unreadCount()).isZero();
        assertThat(notifications()).contains((unread - 1) == 1 ? "1 notification marked as read."
                : (unread - 1) + " notifications marked as read.");
        _assertOne(Paragraph.class, spec -> spec.withText("You have no unread notifications."));
        _assertNone(Button.class, spec -> spec.withText("Mark all as read"));
        assertThat(_get(NotificationBell.class).getAriaLabel()).contains("Notifications, none unread");
        assertThat(_get(NotificationBell.class).getText()).isEmpty();
    }

    @Test
    void openingANotificationMarksItReadAndGoesToWhatItIsAbout() {
        PraxisUser jo = load(JO);
        String title = unique("Decision to open");
        // The link names a page of this assembly (the home page); other modules' pages are not in this test.
        publish(NoticeRequested.of("noticetest:open-me:" + Ids.newId(), Audience.person(jo.personId()),
                "noticetest.decision", "", NoticeArgument.text(title)));

        signInAs(JO);
        NotificationView notification = find(title);
        navigate("inbox/open/" + notification.id());

        assertThat(NavigatorKt.getCurrentPath()).isEmpty();
        assertThat(NavigatorKt.getCurrentView()).isAssignableTo(HomeView.class);
        assertThat(find(title).unread()).isFalse();
    }

    @Test
    void someoneElsesNotificationCannotBeOpenedAndStaysUnread() {
        PraxisUser sam = load(SAM);
        String title = unique("Sam's decision");
        decline(sam, title);
        UUID samsNotification = TestUsers.as(sam, () -> find(title)).id();

        signInAs(JO);
        navigate("inbox/open/" + samsNotification);
        _assertOne(H1.class, spec -> spec.withText("Notification not found"));
        navigate("inbox/open/not-a-notification");
        _assertOne(H1.class, spec -> spec.withText("Notification not found"));

        assertThat(TestUsers.as(sam, () -> find(title)).unread()).isTrue();
    }

    // --- the dashboard card -------------------------------------------------------------------------

    @Test
    void theDashboardCardListsTheNewestUnreadAndGoesAwayWhenAllAreRead() {
        PraxisUser jo = load(JO);
        String title = unique("Agreement for the dashboard");
        proposeAgreementTo(jo, title);

        signInAs(JO);
        navigate(HomeView.class);
        Div card = _get(Div.class, spec -> spec.withClasses("praxis-notifications-card"));
        assertThat(_get(card, H2.class).getText()).isEqualTo("New for you");
        assertThat(_find(card, RouterLink.class).stream().map(RouterLink::getText))
                .contains(messageOf(title)).contains("Open your inbox");
        assertThat(_find(card, ListItem.class)).hasSizeLessThanOrEqualTo(NotificationsWidgets.LATEST);

        notifications.markAllRead();
        navigate(HomeView.class);
        _assertNone(Div.class, spec -> spec.withClasses("praxis-notifications-card"));
    }

    // --- helpers -----------------------------------------------------------------------------------

    /** An agreement to accept, told to the lead's organisation's leads (as reciprocation tells it). */
    private void proposeAgreementTo(PraxisUser lead, String title) {
        UUID agreement = Ids.newId();
        publish(NoticeRequested.of("reciprocation:agreement-proposed:" + agreement + ":v1",
                Audience.holdersOf(Role.INSTITUTION_LEAD, lead.organisationId()), "noticetest.agreement",
                "agreements/" + agreement, NoticeArgument.text(title)));
    }

    /** A declined request, told to the lead's organisation's leads (as assessment tells it). */
    private void decline(PraxisUser lead, String title) {
        UUID request = Ids.newId();
        publish(NoticeRequested.of("assessment:request-declined:" + request + ":" + Instant.now(),
                Audience.holdersOf(Role.INSTITUTION_LEAD, lead.organisationId()), "noticetest.decision",
                "requests/" + request, NoticeArgument.text(title)));
    }

    private void publish(Object event) {
        transaction.executeWithoutResult(status -> events.publishEvent(event));
        awaitNotificationListenersDone();
    }

    /** Waits until this module's listeners have handled every event published so far. */
    private void awaitNotificationListenersDone() {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from events.event_publication where completion_date is null"
                        + " and listener_id like 'org.praxis.notifications.%'", Integer.class) == 0);
    }

    private NotificationView find(String title) {
        return notifications.inbox(0, NotificationService.PAGE_MAX).stream()
                .filter(n -> n.arguments().stream().anyMatch(a -> a.value().equals(title)))
                .findFirst().orElseThrow();
    }

    private String messageOf(String title) {
        return _find(RouterLink.class).stream().map(RouterLink::getText).filter(text -> text.contains(title))
                .findFirst().orElseThrow();
    }

    private static List<String> messages() {
        return _find(ListItem.class, spec -> spec.withClasses("praxis-card")).stream()
                .map(item -> _get(item, RouterLink.class).getText()).toList();
    }

    private static String stateOf(String title) {
        ListItem item = _get(ListItem.class, spec -> spec.withClasses("praxis-card")
                .withPredicate(li -> _get(li, RouterLink.class).getText().contains(title)));
        return _get(item, Span.class, spec -> spec.withClasses("praxis-status")).getText();
    }

    private static int indexOf(List<String> messages, String title) {
        for (int i = 0; i < messages.size(); i++) {
            if (messages.get(i).contains(title)) {
                return i;
            }
        }
        return -1;
    }

    private static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
