package org.praxis.notifications.internal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.praxis.platform.NotFoundException;
import org.praxis.platform.OrganisationId;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;
import praxis.testsupport.PraxisModuleTest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.praxis.notifications.internal.MessageArgument.text;
import static praxis.testsupport.TestUsers.as;
import static praxis.testsupport.TestUsers.newOrganisation;
import static praxis.testsupport.TestUsers.signIn;
import static praxis.testsupport.TestUsers.signOut;
import static praxis.testsupport.TestUsers.user;

/**
 * A person's inbox: unread count, newest first, mark one or all as read, and never anyone else's.
 * Every test uses new people, so tests do not see each other's notifications.
 */
@PraxisModuleTest
class InboxServiceTests {

    @Autowired
    NotificationService notifications;

    @Autowired
    NotificationWriter writer;

    @Autowired
    JooqNotificationRepository repository;

    OrganisationId liceria;
    PraxisUser jo;
    PraxisUser sam;
    PraxisUser admin;

    /** New people for every test (module tests share one instance of the test class). */
    @BeforeEach
    void newPeople() {
        liceria = newOrganisation();
        jo = user("Jo Whitfield", liceria, Role.INSTITUTION_LEAD);
        sam = user("Sam Okafor", newOrganisation(), Role.INSTITUTION_LEAD);
        admin = user("Alex Morgan", newOrganisation(), Role.ADMIN);
    }

    @AfterEach
    void signOutEveryone() {
        signOut();
    }

    @Test
    void countsUnreadAndListsNewestFirst() {
        notify(jo, "first");
        notify(jo, "second");
        notify(jo, "third");
        notify(sam, "sam's own");

        signIn(jo);
        assertThat(notifications.unreadCount()).isEqualTo(3);
        assertThat(notifications.count()).isEqualTo(3);
        assertThat(notifications.inbox(0, 10)).extracting(n -> n.arguments().getFirst().value())
                .containsExactly("third", "second", "first");
        assertThat(notifications.inbox(1, 1)).extracting(n -> n.arguments().getFirst().value()).containsExactly("second");
        assertThat(notifications.latestUnread(2)).extracting(n -> n.arguments().getFirst().value())
                .containsExactly("third", "second");
    }

    @Test
    void markingOneReadLowersTheCountAndKeepsTheFirstReadTime() {
        UUID first = notify(jo, "first");
        notify(jo, "second");

        signIn(jo);
        notifications.markRead(first);
        assertThat(notifications.unreadCount()).isEqualTo(1);
        NotificationView read = notifications.inbox(0, 10).stream().filter(n -> n.id().equals(first)).findFirst().orElseThrow();
        assertThat(read.unread()).isFalse();

        notifications.markRead(first);
        assertThat(notifications.inbox(0, 10).stream().filter(n -> n.id().equals(first)).findFirst().orElseThrow().readAt())
                .isEqualTo(read.readAt());
        assertThat(notifications.latestUnread(10)).extracting(n -> n.arguments().getFirst().value()).containsExactly("second");
    }

    @Test
    void markingAllReadTouchesOnlyMine() {
        notify(jo, "first");
        notify(jo, "second");
        notify(sam, "sam's own");

        assertThat(as(jo, () -> notifications.markAllRead())).isEqualTo(2);
        assertThat(as(jo, () -> notifications.unreadCount())).isZero();
        assertThat(as(jo, () -> notifications.markAllRead())).isZero();
        assertThat(as(sam, () -> notifications.unreadCount())).isEqualTo(1);
    }

    @Test
    void nobodyCanReadOrOpenSomeoneElsesNotificationNotEvenAnAdmin() {
        UUID samsNotification = notify(sam, "for Sam only");

        for (PraxisUser other : List.of(jo, admin)) {
            signIn(other);
            assertThatThrownBy(() -> notifications.markRead(samsNotification)).isInstanceOf(NotFoundException.class)
                    .hasMessageContaining("notifications.error.not-found");
            assertThatThrownBy(() -> notifications.open(samsNotification)).isInstanceOf(NotFoundException.class);
            assertThat(notifications.inbox(0, 100)).extracting(NotificationView::id).doesNotContain(samsNotification);
        }
        signIn(jo);
        assertThatThrownBy(() -> notifications.markRead(UUID.randomUUID())).isInstanceOf(NotFoundException.class);

        // Still unread for Sam.
        assertThat(as(sam, () -> notifications.unreadCount())).isEqualTo(1);
    }

    @Test
    void openingMarksReadAndGivesTheLink() {
        UUID id = notify(jo, "open me");

        signIn(jo);
        assertThat(notifications.open(id)).isEqualTo("requests/open-me");
        assertThat(notifications.unreadCount()).isZero();
    }

    @Test
    void nobodySignedInGetsNothing() {
        notify(jo, "private");
        assertThatThrownBy(() -> notifications.unreadCount()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> notifications.inbox(0, 10)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> notifications.markAllRead()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(as(jo, () -> notifications.unreadCount())).isEqualTo(1);
    }

    @Test
    void theSameEventNeverNotifiesThePersonTwice() {
        String eventKey = "test:" + UUID.randomUUID();
        assertThat(writer.notify(eventKey, Set.of(jo.personId(), sam.personId()), "notifications.message.role-granted",
                List.of(text("x")), "")).isEqualTo(2);
        assertThat(writer.notify(eventKey, Set.of(jo.personId(), sam.personId()), "notifications.message.role-granted",
                List.of(text("x")), "")).isZero();
        assertThat(repository.countFor(eventKey)).isEqualTo(2);
    }

    @Test
    void argumentsKeepTheirKindAcrossTheDatabase() {
        String eventKey = "test:" + UUID.randomUUID();
        List<MessageArgument> arguments = List.of(text("a title: with a colon"), MessageArgument.key("platform.role.ADMIN"),
                MessageArgument.date(java.time.LocalDate.of(2026, 12, 1)));
        writer.notify(eventKey, Set.of(jo.personId()), "notifications.message.role-requested", arguments, "admin/people");

        assertThat(as(jo, () -> notifications.inbox(0, 1)).getFirst().arguments()).isEqualTo(arguments);
    }

    private UUID notify(PraxisUser recipient, String what) {
        String eventKey = "test:" + UUID.randomUUID();
        writer.notify(eventKey, Set.of(recipient.personId()), "notifications.message.role-granted", List.of(text(what)),
                "requests/" + what.replace(' ', '-'));
        return as(recipient, () -> notifications.inbox(0, 1)).getFirst().id();
    }
}
