package org.praxis.notifications.internal;

import com.vaadin.flow.i18n.I18NProvider;
import org.awaitility.Awaitility;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.praxis.identity.events.OrganisationKind;
import org.praxis.identity.events.OrganisationRegistered;
import org.praxis.identity.events.PersonRegistered;
import org.praxis.identity.events.RoleGranted;
import org.praxis.identity.events.RoleRequested;
import org.praxis.identity.events.RoleRevoked;
import org.praxis.platform.Ids;
import org.praxis.platform.OrganisationId;
import org.praxis.platform.PersonId;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.Role;
import org.praxis.platform.notices.Audience;
import org.praxis.platform.notices.NoticeArgument;
import org.praxis.platform.notices.NoticeRequested;
import org.praxis.platform.notices.NoticeResolved;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.test.Scenario;
import praxis.testsupport.PraxisModuleTest;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.praxis.notifications.internal.jooq.Tables.NOTIFICATION;
import static org.praxis.notifications.internal.jooq.Tables.ORGANISATION;
import static org.praxis.notifications.internal.jooq.Tables.PERSON;
import static org.praxis.notifications.internal.jooq.Tables.PERSON_ROLE;
import static org.praxis.platform.notices.NoticeArgument.text;
import static praxis.testsupport.TestUsers.as;
import static praxis.testsupport.TestUsers.newOrganisation;
import static praxis.testsupport.TestUsers.signOut;

/**
 * The notifications module on its own, knowing no feature module: fed with notices as any module would
 * publish them (with messages from a test bundle, as a module ships its own) and with identity's events.
 * Who is told (role holders everywhere or in one organisation, named people, all of them once), what they
 * read, where the link goes, their unread count, and that a redelivered notice tells nobody twice. The
 * module's tables are emptied before each test, so "nobody else" means nobody at all.
 */
@PraxisModuleTest
class NotificationsModuleTests {

    @Autowired
    JooqNotificationRepository repository;

    @Autowired
    NotificationService notifications;

    @Autowired
    DSLContext sql;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    NoticeDelivery delivery;

    @Autowired
    EventSerializer serializer;

    @Autowired
    I18NProvider i18n;

    @Autowired
    ApplicationContext context;

    final OrganisationId programme = newOrganisation();
    final OrganisationId liceria = newOrganisation();
    final OrganisationId northbridge = newOrganisation();

    final PraxisUser priya = person("Priya Shah", programme, Role.PROGRAMME_TEAM, Role.MODERATOR);
    final PraxisUser tom = person("Tom Reyes", programme, Role.PROGRAMME_TEAM);
    final PraxisUser mo = person("Mo Ibrahim", programme, Role.MODERATOR);
    final PraxisUser alex = person("Alex Morgan", programme, Role.ADMIN);
    final PraxisUser jo = person("Jo Whitfield", liceria, Role.INSTITUTION_LEAD);
    final PraxisUser jack = person("Jack Liu", liceria, Role.INSTITUTION_LEAD);
    final PraxisUser lena = person("Lena Novak", liceria, Role.RESEARCHER);
    final PraxisUser sam = person("Sam Okafor", northbridge, Role.INSTITUTION_LEAD);

    // Ids of things other modules own; notifications only passes them on in links.
    final UUID requestId = Ids.newId();
    final UUID agreementId = Ids.newId();

    @BeforeEach
    void onlyThesePeopleAndNoNotifications() {
        sql.deleteFrom(NOTIFICATION).execute();
        sql.deleteFrom(PERSON_ROLE).execute();
        sql.deleteFrom(PERSON).execute();
        sql.deleteFrom(ORGANISATION).execute();
        for (PraxisUser user : List.of(priya, tom, mo, alex, jo, jack, lena, sam)) {
            repository.upsertPerson(user.personId(), user.organisationId(), user.displayName(), user.email());
            user.roles().forEach(role -> repository.grantRole(user.personId(), role));
        }
        repository.upsertOrganisation(liceria, "Liceria University");
    }

    @AfterEach
    void signOutEveryone() {
        signOut();
    }

    // --- the read model of people -------------------------------------------------------------------

    @Test
    void keepsPeopleAndTheirRolesFromIdentityEventsInAnyOrder(Scenario scenario) {
        PersonId newLead = new PersonId(Ids.newId());
        OrganisationId riverside = newOrganisation();

        // The role may arrive before the person: name and organisation come with it, the email later.
        scenario.publish(new RoleGranted(newLead, riverside, "Kemi Adeyemi", Role.INSTITUTION_LEAD))
                .andWaitForStateChange(() -> repository.holdersOf(Role.INSTITUTION_LEAD, riverside), set -> !set.isEmpty())
                .andVerify(leads -> assertThat(leads).containsExactly(newLead));
        scenario.publish(new PersonRegistered(newLead, riverside, "Kemi Adeyemi", "kemi@riverside.example"))
                .andWaitForStateChange(() -> sql.select(PERSON.EMAIL).from(PERSON).where(PERSON.ID.eq(newLead.value()))
                        .fetchOne(PERSON.EMAIL), email -> email != null)
                .andVerify(email -> assertThat(email).isEqualTo("kemi@riverside.example"));
        scenario.publish(new OrganisationRegistered(riverside, "Riverside Community Trust", OrganisationKind.COMMUNITY_ORGANISATION))
                .andWaitForStateChange(() -> repository.organisationName(riverside), name -> name.isPresent())
                .andVerify(name -> assertThat(name).contains("Riverside Community Trust"));
        // Granting again (a redelivery) changes nothing; revoking removes the role.
        scenario.publish(new RoleGranted(newLead, riverside, "Kemi Adeyemi", Role.INSTITUTION_LEAD))
                .andWaitForStateChange(() -> repository.holdersOf(Role.INSTITUTION_LEAD, riverside), set -> set.size() == 1);
        scenario.publish(new RoleRevoked(newLead, riverside, Role.INSTITUTION_LEAD))
                .andWaitForStateChange(() -> repository.holdersOf(Role.INSTITUTION_LEAD, riverside), Set::isEmpty);
        assertThat(repository.fullName(newLead)).contains("Kemi Adeyemi");
    }

    // --- whom a notice reaches ----------------------------------------------------------------------

    @Test
    void roleHoldersInOneOrganisationAreToldAndNobodyElse(Scenario scenario) {
        String key = key("requests:request-submitted");
        expectNotifications(scenario, NoticeRequested.of(key, Audience.holdersOf(Role.INSTITUTION_LEAD, liceria),
                        "noticetest.decision", "requests/" + requestId, text("Cohort recruitment")),
                key, Set.of(jo, jack), "requests/" + requestId,
                "A decision on your request \"Cohort recruitment\": the programme team cannot support it this time.");
    }

    @Test
    void roleHoldersEverywhereAreTold(Scenario scenario) {
        String key = key("requests:request-submitted");
        expectNotifications(scenario, NoticeRequested.of(key, Audience.holdersOf(Role.PROGRAMME_TEAM),
                        "noticetest.request-in", "requests/" + requestId,
                        text("Help recruiting our first postdoc cohort"), text("Liceria University")),
                key, Set.of(priya, tom), "requests/" + requestId,
                "A new support request to assess: \"Help recruiting our first postdoc cohort\" from Liceria University");
    }

    @Test
    void namedPeopleAreToldEvenBeforeIdentityHasToldThisModuleAboutThem(Scenario scenario) {
        PraxisUser newcomer = person("Chris Byrne", northbridge, Role.BROKER);
        String key = key("assessment:assessor-assigned");
        expectNotifications(scenario, NoticeRequested.of(key, Audience.people(List.of(lena.personId(), newcomer.personId())),
                        "noticetest.decision", "", text("Embed the model")),
                key, Set.of(lena, newcomer), "", null);
    }

    @Test
    void anAudienceOfSeveralPartsTellsEachPersonOnce(Scenario scenario) {
        // Priya is in the team and a moderator; Jo is a lead and named; the team is named twice.
        Audience audience = Audience.holdersOf(Role.INSTITUTION_LEAD, liceria)
                .and(Audience.holdersOf(Role.PROGRAMME_TEAM))
                .and(Audience.person(jo.personId()))
                .and(Audience.holdersOf(Role.MODERATOR))
                .and(Audience.holdersOf(Role.PROGRAMME_TEAM, programme));
        String key = key("reciprocation:agreement-proposed");
        expectNotifications(scenario, NoticeRequested.of(key, audience, "noticetest.agreement", "agreements/" + agreementId,
                        text("Liceria cohort support")),
                key, Set.of(jo, jack, priya, tom, mo), "agreements/" + agreementId,
                "An agreement to accept: \"Liceria cohort support\". Please read it and accept it if it is right.");
    }

    @Test
    void anEmptyAudienceOrOneNobodyHoldsTellsNobody(Scenario scenario) {
        scenario.publish(NoticeRequested.of(key("hub:resource-published"), Audience.people(List.of()), "noticetest.agreement",
                        "", text("Nobody")))
                .andWaitForStateChange(this::everyEventHandled, done -> done);
        scenario.publish(NoticeRequested.of(key("hub:resource-published"), Audience.holdersOf(Role.COACH, liceria),
                        "noticetest.agreement", "", text("Nobody")))
                .andWaitForStateChange(this::everyEventHandled, done -> done)
                .andVerify(done -> assertThat(totalNotifications()).isZero());
    }

    @Test
    void aNewKeyIsNewsAgainForTheSamePeople(Scenario scenario) {
        String first = key("reciprocation:agreement-proposed");
        Audience team = Audience.holdersOf(Role.PROGRAMME_TEAM);
        expectNotifications(scenario, NoticeRequested.of(first + ":v1", team, "noticetest.agreement", "", text("v1")),
                first + ":v1", Set.of(priya, tom), null, null);
        expectNotifications(scenario, NoticeRequested.of(first + ":v2", team, "noticetest.agreement", "", text("v2")),
                first + ":v2", Set.of(priya, tom), null, null);
        assertThat(as(tom, () -> notifications.unreadCount())).isEqualTo(2);
    }

    @Test
    void aTaskDoneMarksItsNoticeDealtWithForThoseItNamesOrForEveryone(Scenario scenario) {
        String proposal = key("reciprocation:agreement-proposed") + ":v1";
        Audience bothSides = Audience.holdersOf(Role.INSTITUTION_LEAD, liceria).and(Audience.holdersOf(Role.PROGRAMME_TEAM));
        expectNotifications(scenario, NoticeRequested.of(proposal, bothSides, "noticetest.agreement", "", text("v1")),
                proposal, Set.of(jo, jack, priya, tom), null, null);

        // The team accepted: the team's notice is dealt with, the institution's still waits.
        scenario.publish(NoticeResolved.forAudience(proposal, Audience.holdersOf(Role.PROGRAMME_TEAM)))
                .andWaitForStateChange(this::everyEventHandled, done -> done)
                .andVerify(done -> {
                    assertThat(as(priya, () -> notifications.inbox(0, 1)).getFirst().unread()).isFalse();
                    assertThat(as(tom, () -> notifications.unreadCount())).isZero();
                    assertThat(as(jo, () -> notifications.unreadCount())).isEqualTo(1);
                });
        // Then everyone's, by the start of the key; a notice whose key only looks alike is left alone.
        String assigned = "assessment:assessor-assigned:" + requestId + ":";
        String unrelated = "assessment:assessor-assigned:" + requestId + "0:" + Ids.newId();
        expectNotifications(scenario, NoticeRequested.of(unrelated, Audience.person(sam.personId()), "noticetest.agreement",
                "", text("other")), unrelated, Set.of(sam), null, null);
        scenario.publish(NoticeResolved.forEveryone(proposal))
                .andWaitForStateChange(this::everyEventHandled, done -> done);
        scenario.publish(NoticeResolved.allStartingWith(assigned))
                .andWaitForStateChange(this::everyEventHandled, done -> done)
                .andVerify(done -> {
                    assertThat(as(jo, () -> notifications.unreadCount())).isZero();
                    assertThat(as(jack, () -> notifications.unreadCount())).isZero();
                    assertThat(as(sam, () -> notifications.unreadCount())).isEqualTo(1);
                });
        assertThatThrownBy(() -> NoticeResolved.allStartingWith("assessment:")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NoticeResolved.allStartingWith("assessment:assessor-assigned"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keysAndDatesAreWrittenForTheReaderAndLongTextsAreCut(Scenario scenario) {
        String key = key("reciprocation:item-overdue");
        expectNotifications(scenario, NoticeRequested.of(key, Audience.person(jack.personId()), "noticetest.deadline",
                        "agreements/" + agreementId, text("Slide deck on dealing with failure"),
                        NoticeArgument.date(LocalDate.of(2026, 12, 1))),
                key, Set.of(jack), "agreements/" + agreementId,
                "Overdue since 1 December 2026: \"Slide deck on dealing with failure\"");
        String roleKey = key("learning:role-wanted");
        expectNotifications(scenario, NoticeRequested.of(roleKey, Audience.person(jo.personId()), "noticetest.role-wanted",
                        "", NoticeArgument.messageKey("platform.role.MENTOR"), text("x".repeat(5000))),
                roleKey, Set.of(jo), "", null);
        NotificationView cut = as(jo, () -> notifications.inbox(0, 1)).getFirst();
        assertThat(cut.arguments().get(0)).isEqualTo(MessageArgument.key("platform.role.MENTOR"));
        assertThat(message(cut)).startsWith("Someone asked to be a Mentor on xxx").endsWith("x….");
        assertThat(cut.arguments().get(1).value()).hasSize(MessageArgument.TEXT_MAX);
    }

    @Test
    void aRevokedRoleIsNoLongerTold(Scenario scenario) {
        scenario.publish(new RoleRevoked(tom.personId(), programme, Role.PROGRAMME_TEAM))
                .andWaitForStateChange(() -> repository.holdersOf(Role.PROGRAMME_TEAM), set -> !set.contains(tom.personId()));
        String key = key("requests:request-submitted");
        expectNotifications(scenario, NoticeRequested.of(key, Audience.holdersOf(Role.PROGRAMME_TEAM), "noticetest.request-in",
                        "requests/" + requestId, text("Promote to managers"), text("Northbridge University")),
                key, Set.of(priya), "requests/" + requestId, null);
    }

    @Test
    void aNoticeSurvivesTheEventRegistryAsStored() {
        NoticeRequested notice = NoticeRequested.of(key("reciprocation:item-due-soon"),
                Audience.holdersOf(Role.INSTITUTION_LEAD, liceria).and(Audience.holdersOf(Role.PROGRAMME_TEAM))
                        .and(Audience.person(jo.personId())),
                "noticetest.deadline", "agreements/" + agreementId, text("Facilitator notes"),
                NoticeArgument.date(LocalDate.of(2027, 1, 15)), NoticeArgument.messageKey("platform.role.MENTOR"));
        // What the registry keeps until delivery, and reads back after a restart.
        Object stored = serializer.serialize(notice);
        assertThat(serializer.deserialize(stored, NoticeRequested.class)).isEqualTo(notice);
    }

    @Test
    void notificationsStoredBeforeModulesToldInTheirOwnWordsReadAsBefore() throws Exception {
        UUID itemId = Ids.newId();
        LocalDate due = LocalDate.of(2026, 12, 1);
        String oldKey = "item-overdue:" + itemId + ":" + due;
        repository.insertOnce(oldKey, jack.personId(), "notifications.message.item-overdue",
                List.of(MessageArgument.text("Facilitator notes"), MessageArgument.date(due)), "agreements/" + agreementId,
                java.time.OffsetDateTime.now(), JooqNotificationRepository.EmailState.OFF);
        repository.insertOnce("role-granted:" + jack.personId() + ":MENTOR", jack.personId(),
                "notifications.message.role-granted", List.of(MessageArgument.key("platform.role.MENTOR")), "",
                java.time.OffsetDateTime.now(), JooqNotificationRepository.EmailState.OFF);

        // The migration that renamed them (run again here on these rows; it touches only the old keys).
        jdbc.execute(new String(getClass().getResourceAsStream(
                "/db/migration/notifications/V2__notices_told_by_their_modules.sql").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8));

        assertThat(repository.countFor("reciprocation:" + oldKey)).isEqualTo(1);
        assertThat(as(jack, () -> notifications.inbox(0, 10))).extracting(NotificationView::messageKey)
                .containsExactlyInAnyOrder("reciprocation.notice.item-overdue", "notifications.message.role-granted");
        // Told again under the module's key, the reminder adds nothing.
        assertThat(delivery.deliver(NoticeRequested.of("reciprocation:" + oldKey, Audience.person(jack.personId()),
                "reciprocation.notice.item-overdue", "agreements/" + agreementId, text("Facilitator notes"),
                NoticeArgument.date(due)))).isZero();
    }

    // --- what this module tells itself, from identity's events ---------------------------------------

    @Test
    void aRoleRequestTellsTheAdmins(Scenario scenario) {
        PersonId newcomer = new PersonId(Ids.newId());
        expectNotifications(scenario, new RoleRequested(newcomer, northbridge, "Chris Byrne", Role.BROKER),
                "role-requested:" + newcomer + ":" + Role.BROKER, Set.of(alex), "admin/people",
                "Chris Byrne asked to use Praxis as Broker. Please approve or decline.");
    }

    @Test
    void aRoleThatNeededApprovalTellsThePersonButAnOpenRoleDoesNot(Scenario scenario) {
        expectNotifications(scenario, new RoleGranted(lena.personId(), liceria, "Lena Novak", Role.MENTOR),
                "role-granted:" + lena.personId() + ":" + Role.MENTOR, Set.of(lena), "",
                "You can now use Praxis as Mentor.");

        // Researcher is granted the moment someone registers: no notification.
        PersonId researcher = new PersonId(Ids.newId());
        scenario.publish(new RoleGranted(researcher, liceria, "Dr New Researcher", Role.RESEARCHER))
                .andWaitForStateChange(() -> repository.holdersOf(Role.RESEARCHER, liceria), set -> set.contains(researcher))
                .andVerify(ignored -> {
                    awaitEveryEventHandled();
                    assertThat(totalNotifications()).isEqualTo(1);
                });
    }

    @Test
    void emailIsOffByDefault(Scenario scenario) {
        assertThat(context.getBeanProvider(EmailOutbox.class).getIfAvailable()).isNull();
        String key = key("reciprocation:community-membership");
        expectNotifications(scenario, NoticeRequested.of(key, Audience.holdersOf(Role.INSTITUTION_LEAD, liceria),
                "noticetest.agreement", "", text("Liceria University")), key, Set.of(jo, jack), null, null);
        assertThat(sql.select(NOTIFICATION.EMAIL_STATE).from(NOTIFICATION).fetch(NOTIFICATION.EMAIL_STATE))
                .containsOnly("OFF");
    }

    // --- helpers -----------------------------------------------------------------------------------

    /**
     * Delivers the event, then delivers it again once the first delivery is handled (as the registry
     * does after a crash or a failed completion), and checks that exactly the expected people got
     * exactly one notification each, with the link and (if given) the message text they will read.
     */
    private void expectNotifications(Scenario scenario, Object event, String eventKey, Set<PraxisUser> expected,
                                     @Nullable String link, @Nullable String message) {
        int before = totalNotifications();
        Map<PraxisUser, Integer> unreadBefore = new HashMap<>();
        expected.forEach(recipient -> unreadBefore.put(recipient, as(recipient, () -> notifications.unreadCount())));
        scenario.publish(event)
                .andWaitForStateChange(() -> repository.countFor(eventKey), count -> count >= expected.size())
                .andVerify(count -> awaitEveryEventHandled());
        scenario.publish(event)
                .andWaitForStateChange(this::everyEventHandled, done -> done)
                .andVerify(done -> {
                    assertThat(repository.recipientsOf(eventKey))
                            .containsExactlyInAnyOrderElementsOf(expected.stream().map(PraxisUser::personId).toList());
                    assertThat(repository.countFor(eventKey)).as("one notification per person").isEqualTo(expected.size());
                    assertThat(totalNotifications()).as("nobody else notified").isEqualTo(before + expected.size());
                });
        for (PraxisUser recipient : expected) {
            NotificationView newest = as(recipient, () -> notifications.inbox(0, 1)).getFirst();
            assertThat(newest.unread()).isTrue();
            assertThat(as(recipient, () -> notifications.unreadCount())).as("unread count of " + recipient.displayName())
                    .isEqualTo(unreadBefore.get(recipient) + 1);
            if (link != null) {
                assertThat(newest.link()).isEqualTo(link);
            }
            if (message != null) {
                assertThat(message(newest)).isEqualTo(message);
            }
        }
    }

    private String message(NotificationView notification) {
        return NotificationText.message(notification, (key, args) -> i18n.getTranslation(key, Locale.UK, args), Locale.UK);
    }

    /** A notice key of its own for every use, as a module would build one from its fact's identity. */
    private static String key(String fact) {
        return fact + ":" + Ids.newId();
    }

    private int totalNotifications() {
        return sql.fetchCount(NOTIFICATION);
    }

    private boolean everyEventHandled() {
        Integer open = jdbc.queryForObject("select count(*) from events.event_publication where completion_date is null",
                Integer.class);
        return open != null && open == 0;
    }

    private void awaitEveryEventHandled() {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(this::everyEventHandled);
    }

    private static PraxisUser person(String name, OrganisationId organisation, Role... roles) {
        return praxis.testsupport.TestUsers.user(name, organisation, roles);
    }

}
