package org.praxis.notifications.internal;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.praxis.identity.events.PersonRegistered;
import org.praxis.identity.events.RoleGranted;
import org.praxis.platform.Ids;
import org.praxis.platform.OrganisationId;
import org.praxis.platform.PersonId;
import org.praxis.platform.Role;
import org.praxis.platform.notices.Audience;
import org.praxis.platform.notices.NoticeArgument;
import org.praxis.platform.notices.NoticeRequested;
import org.springframework.beans.factory.annotation.Autowired;
import praxis.testsupport.PraxisModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.praxis.notifications.internal.jooq.Tables.NOTIFICATION;

/**
 * With an SMTP host configured, each notification is also emailed, in plain words with a link into
 * Praxis, after its transaction commits. When the mail server is down, the in-app notification is
 * kept and the email is tried again later. GreenMail plays the mail server, in this JVM.
 */
@PraxisModuleTest
@TestPropertySource(properties = {
        "spring.mail.host=127.0.0.1",
        "praxis.base-url=https://praxis.example.org/",
        "praxis.notifications.email.from=praxis@praxis.example.org",
        "praxis.notifications.email.max-attempts=3"})
class NotificationEmailTests {

    static final int PORT = freePort();
    static GreenMail smtp;

    @Autowired
    EmailOutbox outbox;

    @Autowired
    NotificationService notifications;

    @Autowired
    org.jooq.DSLContext sql;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> PORT);
    }

    @BeforeAll
    static void startMailServer() {
        smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopMailServer() {
        smtp.stop();
    }

    @Test
    void aNotificationIsEmailedInPlainWordsWithItsLink(Scenario scenario) throws Exception {
        PersonId kemi = person("Kemi Adeyemi", "kemi@riverside.example", scenario);
        int before = smtp.getReceivedMessages().length;

        scenario.publish(new RoleGranted(kemi, new OrganisationId(Ids.newId()), "Kemi Adeyemi", Role.CO_PRODUCER))
                .andWaitForStateChange(() -> emailsTo("kemi@riverside.example", before), list -> !list.isEmpty());

        List<MimeMessage> received = emailsTo("kemi@riverside.example", before);
        assertThat(received).hasSize(1);
        MimeMessage email = received.getFirst();
        assertThat(Arrays.toString(email.getRecipients(Message.RecipientType.TO))).isEqualTo("[kemi@riverside.example]");
        assertThat(Arrays.toString(email.getFrom())).isEqualTo("[praxis@praxis.example.org]");
        assertThat(email.getSubject()).isEqualTo("Praxis: You can now use Praxis as Co-producer.");
        assertThat(GreenMailUtil.getBody(email).replace("\r\n", "\n").strip()).isEqualTo("""
                Hello Kemi Adeyemi,

                You can now use Praxis as Co-producer.

                Open it in Praxis: https://praxis.example.org/

                You get this email because you have an account on Praxis. All your notifications are in your inbox: https://praxis.example.org/inbox""");
        assertThat(emailStateOfNewest(kemi)).isEqualTo("SENT");
    }

    @Test
    void theLinkLeadsToTheThingAndDatesAreWrittenOut(Scenario scenario) throws Exception {
        PersonId jo = person("Jo Whitfield", "jo@liceria.example", scenario);
        int before = smtp.getReceivedMessages().length;
        UUID agreement = Ids.newId();

        // A notice from another module, in its words (a test bundle here).
        scenario.publish(NoticeRequested.of("reciprocation:item-overdue:" + Ids.newId() + ":2027-01-15", Audience.person(jo),
                        "noticetest.deadline", "agreements/" + agreement, NoticeArgument.text("Facilitator notes"),
                        NoticeArgument.date(LocalDate.of(2027, 1, 15))))
                .andWaitForStateChange(() -> emailsTo("jo@liceria.example", before), list -> !list.isEmpty());

        MimeMessage email = emailsTo("jo@liceria.example", before).getFirst();
        assertThat(email.getSubject()).isEqualTo("Praxis: Overdue since 15 January 2027: \"Facilitator notes\"");
        assertThat(GreenMailUtil.getBody(email)).contains("Open it in Praxis: https://praxis.example.org/agreements/" + agreement);
    }

    @Test
    void whenTheMailServerIsDownTheNotificationStaysAndTheEmailIsSentLater(Scenario scenario) throws Exception {
        PersonId sam = person("Sam Okafor", "sam@northbridge.example", scenario);
        smtp.stop();
        try {
            scenario.publish(new RoleGranted(sam, new OrganisationId(Ids.newId()), "Sam Okafor", Role.BROKER))
                    .andWaitForStateChange(() -> attemptsOfNewest(sam), attempts -> attempts.orElse(0) >= 1)
                    .andVerify(attempts -> {
                        assertThat(emailStateOfNewest(sam)).isEqualTo("PENDING");
                        assertThat(sql.select(NOTIFICATION.EMAIL_ERROR).from(NOTIFICATION)
                                .where(NOTIFICATION.RECIPIENT_ID.eq(sam.value())).fetchOne(NOTIFICATION.EMAIL_ERROR))
                                .isNotBlank();
                    });
            // The in-app notification is there all the same.
            assertThat(sql.fetchCount(NOTIFICATION, NOTIFICATION.RECIPIENT_ID.eq(sam.value()))).isEqualTo(1);
        } finally {
            smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
        }

        // The scheduled retry (called here directly rather than waiting for the interval).
        outbox.retryPendingNotTriedSince(OffsetDateTime.now().plusMinutes(1));
        assertThat(emailsTo("sam@northbridge.example", 0)).hasSize(1);
        assertThat(emailStateOfNewest(sam)).isEqualTo("SENT");
        assertThat(attemptsOfNewest(sam)).contains(2);

        // Retrying again sends nothing more.
        outbox.retryPendingNotTriedSince(OffsetDateTime.now().plusMinutes(1));
        assertThat(emailsTo("sam@northbridge.example", 0)).hasSize(1);
    }

    @Test
    void anEmailThatKeepsFailingIsGivenUpButTheNotificationStays(Scenario scenario) {
        // Nobody with this id ever registered: no address to send to.
        PersonId unknown = new PersonId(Ids.newId());
        scenario.publish(new RoleGranted(unknown, new OrganisationId(Ids.newId()), "Someone", Role.MENTOR))
                .andWaitForStateChange(() -> attemptsOfNewest(unknown), attempts -> attempts.orElse(0) >= 1);
        outbox.retryPendingNotTriedSince(OffsetDateTime.now().plusMinutes(1));
        outbox.retryPendingNotTriedSince(OffsetDateTime.now().plusMinutes(1));
        assertThat(attemptsOfNewest(unknown)).contains(3);
        assertThat(emailStateOfNewest(unknown)).isEqualTo("GAVE_UP");

        outbox.retryPendingNotTriedSince(OffsetDateTime.now().plusMinutes(1));
        assertThat(attemptsOfNewest(unknown)).as("no more tries").contains(3);
        assertThat(sql.fetchCount(NOTIFICATION, NOTIFICATION.RECIPIENT_ID.eq(unknown.value()))).isEqualTo(1);
    }

    // --- helpers ---------------------------------------------------------------------------------

    private PersonId person(String name, String email, Scenario scenario) {
        PersonId id = new PersonId(Ids.newId());
        scenario.publish(new PersonRegistered(id, new OrganisationId(Ids.newId()), name, email))
                .andWaitForStateChange(() -> sql.fetchExists(org.praxis.notifications.internal.jooq.Tables.PERSON,
                        org.praxis.notifications.internal.jooq.Tables.PERSON.ID.eq(id.value())), exists -> exists);
        return id;
    }

    private static List<MimeMessage> emailsTo(String address, int skip) {
        return Arrays.stream(smtp.getReceivedMessages()).skip(skip).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private String emailStateOfNewest(PersonId recipient) {
        return sql.select(NOTIFICATION.EMAIL_STATE).from(NOTIFICATION).where(NOTIFICATION.RECIPIENT_ID.eq(recipient.value()))
                .orderBy(NOTIFICATION.CREATED_AT.desc()).limit(1).fetchOne(NOTIFICATION.EMAIL_STATE);
    }

    private Optional<Integer> attemptsOfNewest(PersonId recipient) {
        return sql.select(NOTIFICATION.EMAIL_ATTEMPTS).from(NOTIFICATION).where(NOTIFICATION.RECIPIENT_ID.eq(recipient.value()))
                .orderBy(NOTIFICATION.CREATED_AT.desc()).limit(1).fetchOptional(NOTIFICATION.EMAIL_ATTEMPTS);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
