package org.praxis.notifications.internal;

import com.vaadin.flow.i18n.I18NProvider;
import org.awaitility.Awaitility;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.praxis.assessment.events.AssessorAssigned;
import org.praxis.assessment.events.NeedsAssessmentCompleted;
import org.praxis.assessment.events.SupportRequestDeclined;
import org.praxis.assessment.events.Urgency;
import org.praxis.hub.events.ResourceId;
import org.praxis.hub.events.ResourcePublished;
import org.praxis.identity.events.OrganisationKind;
import org.praxis.identity.events.OrganisationRegistered;
import org.praxis.identity.events.PersonRegistered;
import org.praxis.identity.events.RoleGranted;
import org.praxis.identity.events.RoleRequested;
import org.praxis.identity.events.RoleRevoked;
import org.praxis.platform.Ids;
import org.praxis.platform.Licence;
import org.praxis.platform.OrganisationId;
import org.praxis.platform.PersonId;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.Role;
import org.praxis.reciprocation.events.AgreementAccepted;
import org.praxis.reciprocation.events.AgreementId;
import org.praxis.reciprocation.events.AgreementItemDue;
import org.praxis.reciprocation.events.AgreementProposed;
import org.praxis.reciprocation.events.CommunityMembershipGranted;
import org.praxis.reciprocation.events.ReciprocationDelivered;
import org.praxis.reciprocation.events.ReciprocationType;
import org.praxis.reciprocation.events.Side;
import org.praxis.requests.events.DeliveryMode;
import org.praxis.requests.events.Need;
import org.praxis.requests.events.SupportRequestId;
import org.praxis.requests.events.SupportRequestSubmitted;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import praxis.testsupport.PraxisModuleTest;
import org.springframework.modulith.test.Scenario;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.praxis.notifications.internal.jooq.Tables.NOTIFICATION;
import static org.praxis.notifications.internal.jooq.Tables.ORGANISATION;
import static org.praxis.notifications.internal.jooq.Tables.PERSON;
import static org.praxis.notifications.internal.jooq.Tables.PERSON_ROLE;
import static praxis.testsupport.TestUsers.as;
import static praxis.testsupport.TestUsers.newOrganisation;
import static praxis.testsupport.TestUsers.signOut;

/**
 * The notifications module on its own, fed with the other modules' events as they would publish
 * them: who is told of each event (and nobody else), what they read, where the link goes, and that
 * a redelivered event notifies nobody twice. The module's tables are emptied before each test, so
 * "nobody else" means nobody at all.
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
    ApplicationEventPublisher publisher;

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

    final SupportRequestId requestId = new SupportRequestId(Ids.newId());
    final AgreementId agreementId = new AgreementId(Ids.newId());

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

    // --- who is told what --------------------------------------------------------------------------

    @Test
    void aSubmittedRequestTellsEveryProgrammeTeamMember(Scenario scenario) {
        expectNotifications(scenario, new SupportRequestSubmitted(requestId, liceria, "Liceria University",
                        jo.personId(), "Help recruiting our first postdoc cohort", DeliveryMode.RUN_COHORT, null,
                        Set.of(), Set.of(Need.KNOWLEDGE), "context", LocalDate.now().plusMonths(2), null, "", "",
                        "Jo Whitfield", "jo@liceria.example", Instant.now()),
                "request-submitted:" + requestId, Set.of(priya, tom), "requests/" + requestId,
                "A new support request to assess: \"Help recruiting our first postdoc cohort\" from Liceria University");
    }

    @Test
    void anAssignedAssessorIsTold(Scenario scenario) {
        Instant at = Instant.now();
        expectNotifications(scenario, new AssessorAssigned(requestId, liceria, "Cohort recruitment", tom.personId(),
                        "Tom Reyes", at),
                "assessor-assigned:" + requestId + ":" + tom.personId() + ":" + at, Set.of(tom), "requests/" + requestId,
                "You have been asked to assess the support request \"Cohort recruitment\".");
    }

    @Test
    void aCompletedAssessmentTellsTheInstitutionsLeadsOnly(Scenario scenario) {
        UUID assessmentId = Ids.newId();
        expectNotifications(scenario, new NeedsAssessmentCompleted(assessmentId, requestId, liceria, "Liceria University",
                        "Cohort recruitment", tom.personId(), Urgency.HIGH, "senior support", "knowledge", List.of(), 12,
                        "tight timeline", LocalDate.now().plusMonths(1), Instant.now()),
                "assessment-completed:" + assessmentId, Set.of(jo, jack), "requests/" + requestId,
                "A decision on your request \"Cohort recruitment\": the programme team has decided how to support you.");
    }

    @Test
    void aDeclinedRequestTellsTheInstitutionsLeads(Scenario scenario) {
        Instant at = Instant.now();
        expectNotifications(scenario, new SupportRequestDeclined(requestId, northbridge, "Embed the model", "No capacity",
                        priya.personId(), at),
                "request-declined:" + requestId + ":" + at, Set.of(sam), "requests/" + requestId,
                "A decision on your request \"Embed the model\": the programme team cannot support it this time. "
                        + "The request's page says why.");
    }

    @Test
    void aProposedAgreementTellsTheLeadsAndTheTeamOncePerVersion(Scenario scenario) {
        expectNotifications(scenario, new AgreementProposed(agreementId, requestId, liceria, "Liceria cohort support", 1,
                        Instant.now()),
                "agreement-proposed:" + agreementId + ":v1", Set.of(jo, jack, priya, tom), "agreements/" + agreementId,
                "An agreement to accept: \"Liceria cohort support\". Please read it and accept it if it is right.");
        // A new version is news again.
        scenario.publish(new AgreementProposed(agreementId, requestId, liceria, "Liceria cohort support", 2, Instant.now()))
                .andWaitForStateChange(() -> repository.countFor("agreement-proposed:" + agreementId + ":v2"), n -> n == 4);
    }

    @Test
    void anAcceptedAgreementTellsTheLeadsAndTheTeam(Scenario scenario) {
        expectNotifications(scenario, new AgreementAccepted(agreementId, requestId, liceria, "Liceria cohort support", 2,
                        Instant.now()),
                "agreement-accepted:" + agreementId + ":v2", Set.of(jo, jack, priya, tom), "agreements/" + agreementId,
                "Both sides have accepted the agreement \"Liceria cohort support\". Work can start.");
    }

    @Test
    void aDueItemTellsTheResponsiblePersonIfThereIsOne(Scenario scenario) {
        UUID item = Ids.newId();
        LocalDate due = LocalDate.of(2026, 12, 1);
        expectNotifications(scenario, new AgreementItemDue(agreementId, item, liceria, Side.RECIPROCATION,
                        "Slide deck on dealing with failure", jack.personId(), due, false),
                "item-due-soon:" + item + ":" + due, Set.of(jack), "agreements/" + agreementId,
                "Due soon, by 1 December 2026: \"Slide deck on dealing with failure\"");
        // Overdue is a different reminder, with its own words.
        expectNotifications(scenario, new AgreementItemDue(agreementId, item, liceria, Side.RECIPROCATION,
                        "Slide deck on dealing with failure", jack.personId(), due, true),
                "item-overdue:" + item + ":" + due, Set.of(jack), "agreements/" + agreementId,
                "Overdue since 1 December 2026: \"Slide deck on dealing with failure\"");
    }

    @Test
    void aDueItemWithNobodyResponsibleTellsWhoeverDeliversThatSide(Scenario scenario) {
        UUID reciprocationItem = Ids.newId();
        UUID supportItem = Ids.newId();
        LocalDate due = LocalDate.now().plusDays(7);
        expectNotifications(scenario, new AgreementItemDue(agreementId, reciprocationItem, liceria, Side.RECIPROCATION,
                        "Facilitator notes", null, due, false),
                "item-due-soon:" + reciprocationItem + ":" + due, Set.of(jo, jack), "agreements/" + agreementId, null);
        expectNotifications(scenario, new AgreementItemDue(agreementId, supportItem, liceria, Side.SUPPORT,
                        "Online Train-the-Trainer for reviewers", null, due, true),
                "item-overdue:" + supportItem + ":" + due, Set.of(priya, tom), "agreements/" + agreementId, null);
    }

    @Test
    void deliveredMaterialsTellTheModerators(Scenario scenario) {
        UUID item = Ids.newId();
        Instant at = Instant.now();
        expectNotifications(scenario, new ReciprocationDelivered(agreementId, item, requestId, liceria,
                        "Liceria University", ReciprocationType.NEW_MATERIALS, "Dealing with failure session",
                        "Slides, notes and a recording", List.of(), Licence.CC_BY_4_0, "Liceria University", at),
                "reciprocation-delivered:" + item + ":" + at, Set.of(priya, mo), "hub/moderation",
                "New materials to review in the Hub: \"Dealing with failure session\" from Liceria University");
    }

    @Test
    void communityMembershipTellsTheInstitutionsLeads(Scenario scenario) {
        expectNotifications(scenario, new CommunityMembershipGranted(liceria, "Liceria University", agreementId,
                        Instant.now()),
                "community-membership:" + liceria + ":" + agreementId, Set.of(jo, jack), "agreements/" + agreementId,
                "Welcome to the community of practice: Liceria University is now a member.");
    }

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
    void aPublishedResourceFromAReciprocationTellsItsOrganisationsLeadsAndOthersNobody(Scenario scenario) {
        ResourceId fromAgreement = new ResourceId(Ids.newId());
        Instant at = Instant.now();
        expectNotifications(scenario, new ResourcePublished(fromAgreement, "Dealing with failure", "slides", Set.of(),
                        liceria, agreementId, at),
                "resource-published:" + fromAgreement + ":" + at, Set.of(jo, jack), "hub/resources/" + fromAgreement,
                "Your organisation's contribution is now shared in the Hub: \"Dealing with failure\"");

        ResourceId other = new ResourceId(Ids.newId());
        scenario.stimulate(() -> publisher.publishEvent(new ResourcePublished(other, "A template", "template", Set.of(),
                        northbridge, null, Instant.now())))
                .andWaitForStateChange(this::everyEventHandled, done -> done)
                .andVerify(done -> assertThat(totalNotifications()).isEqualTo(2));
    }

    @Test
    void aRevokedRoleIsNoLongerTold(Scenario scenario) {
        scenario.publish(new RoleRevoked(tom.personId(), programme, Role.PROGRAMME_TEAM))
                .andWaitForStateChange(() -> repository.holdersOf(Role.PROGRAMME_TEAM), set -> !set.contains(tom.personId()));
        SupportRequestId another = new SupportRequestId(Ids.newId());
        expectNotifications(scenario, new SupportRequestSubmitted(another, northbridge, "Northbridge University",
                        sam.personId(), "Promote to managers", DeliveryMode.PROMOTE_TO_MANAGERS, null, Set.of(), Set.of(),
                        "", LocalDate.now().plusMonths(1), null, "", "", "Sam Okafor", "sam@northbridge.example",
                        Instant.now()),
                "request-submitted:" + another, Set.of(priya), "requests/" + another, null);
    }

    @Test
    void emailIsOffByDefault(Scenario scenario) {
        assertThat(context.getBeanProvider(EmailOutbox.class).getIfAvailable()).isNull();
        expectNotifications(scenario, new CommunityMembershipGranted(liceria, "Liceria University", agreementId,
                Instant.now()), "community-membership:" + liceria + ":" + agreementId, Set.of(jo, jack), null, null);
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
                                     String link, String message) {
        int before = totalNotifications();
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
            if (link != null) {
                assertThat(newest.link()).isEqualTo(link);
            }
            if (message != null) {
                assertThat(NotificationText.message(newest, (key, args) -> i18n.getTranslation(key, Locale.UK, args),
                        Locale.UK)).isEqualTo(message);
            }
        }
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
