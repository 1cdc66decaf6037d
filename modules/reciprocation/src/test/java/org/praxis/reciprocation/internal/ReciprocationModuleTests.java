package org.praxis.reciprocation.internal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.praxis.assessment.events.DecidedRoute;
import org.praxis.assessment.events.NeedsAssessmentCompleted;
import org.praxis.assessment.events.SupportRoute;
import org.praxis.assessment.events.Urgency;
import org.praxis.identity.events.OrganisationKind;
import org.praxis.identity.events.OrganisationRegistered;
import org.praxis.identity.events.RoleGranted;
import org.praxis.identity.events.RoleRevoked;
import org.praxis.platform.ConcurrentChangeException;
import org.praxis.platform.Ids;
import org.praxis.platform.InvalidInputException;
import org.praxis.platform.Licence;
import org.praxis.platform.NotFoundException;
import org.praxis.platform.OrganisationId;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.ProblemException;
import org.praxis.platform.Role;
import org.praxis.platform.files.FileStorage;
import org.praxis.reciprocation.events.AgreementAccepted;
import org.praxis.reciprocation.events.AgreementFulfilled;
import org.praxis.reciprocation.events.AgreementId;
import org.praxis.reciprocation.events.AgreementItemCompleted;
import org.praxis.reciprocation.events.AgreementItemDue;
import org.praxis.reciprocation.events.AgreementProposed;
import org.praxis.reciprocation.events.CommunityMembershipGranted;
import org.praxis.reciprocation.events.Material;
import org.praxis.reciprocation.events.ReciprocationDelivered;
import org.praxis.reciprocation.events.ReciprocationType;
import org.praxis.reciprocation.events.Side;
import org.praxis.reciprocation.internal.AgreementViews.AgreementDetails;
import org.praxis.reciprocation.internal.AgreementViews.AgreementSummary;
import org.praxis.reciprocation.internal.AgreementViews.Item;
import org.praxis.reciprocation.internal.AgreementViews.Person;
import org.praxis.reciprocation.internal.AgreementViews.VersionRecord;
import org.praxis.reciprocation.internal.CompletionForm.FileUpload;
import org.praxis.reciprocation.internal.CompletionForm.LinkForm;
import org.praxis.requests.events.RequestStage;
import org.praxis.requests.events.SupportRequestId;
import org.praxis.requests.events.SupportRequestProgressed;
import org.praxis.platform.notices.Audience;
import org.praxis.platform.notices.NoticeArgument;
import org.praxis.platform.notices.NoticeRequested;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import praxis.testsupport.PraxisModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static praxis.testsupport.TestUsers.as;
import static praxis.testsupport.TestUsers.newOrganisation;
import static praxis.testsupport.TestUsers.signIn;
import static praxis.testsupport.TestUsers.signOut;
import static praxis.testsupport.TestUsers.user;

/**
 * The reciprocation module on its own (with the platform), against a real PostgreSQL, told through the
 * Liceria story: the programme team decided on tailored guidance on postdoc attraction and on the
 * assessment process, and an online Train-the-Trainer for reviewers; in return Jo shares her new
 * "dealing with failure" session (slide deck, facilitator notes, recording). Covers the events it
 * publishes, its read models, the ledger, reminders and every refusal.
 */
@PraxisModuleTest
@TestPropertySource(properties = {
        "praxis.files.directory=target/reciprocation-module-test-files",
        "praxis.reciprocation.max-file-size=64KB"})
class ReciprocationModuleTests {

    @Autowired
    AgreementService agreements;

    @Autowired
    LedgerService ledger;

    @Autowired
    AgreementReminders reminders;

    @Autowired
    JooqAgreementRepository repository;

    @Autowired
    FileStorage storage;

    @Autowired
    EventPublicationRegistry registry;

    // Module tests share one test instance and one database: every test gets its own organisations.
    OrganisationId liceria;
    OrganisationId northbridge;
    PraxisUser jo;
    PraxisUser sam;
    PraxisUser priya;
    PraxisUser lena;
    final LocalDate start = LocalDate.now().plusMonths(2);

    @BeforeEach
    void knownPeople() {
        liceria = newOrganisation();
        northbridge = newOrganisation();
        jo = user("Jo Whitfield", liceria, Role.INSTITUTION_LEAD);
        sam = user("Sam Okafor", northbridge, Role.INSTITUTION_LEAD);
        priya = user("Priya Shah", newOrganisation(), Role.PROGRAMME_TEAM, Role.MODERATOR);
        lena = user("Lena Novak", liceria, Role.RESEARCHER);
        repository.upsertOrganisation(liceria, "Liceria University");
        repository.upsertOrganisation(northbridge, "Northbridge University");
        repository.upsertPersonRole(jo.personId(), Role.INSTITUTION_LEAD, liceria, jo.displayName());
        repository.upsertPersonRole(sam.personId(), Role.INSTITUTION_LEAD, northbridge, sam.displayName());
        repository.upsertPersonRole(priya.personId(), Role.PROGRAMME_TEAM, priya.organisationId(), priya.displayName());
    }

    @AfterEach
    void signOutEveryone() {
        signOut();
    }

    // --- from assessment to draft ------------------------------------------------------------------------

    @Test
    void aCompletedAssessmentOpensADraftWithOneSupportItemPerRoute(Scenario scenario) {
        AgreementId id = draftFor(scenario, liceriaAssessment(UUID.randomUUID()));

        AgreementDetails draft = as(priya, () -> agreements.get(id));
        assertThat(draft.status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(draft.organisationName()).isEqualTo("Liceria University");
        assertThat(draft.title()).isEqualTo("Help recruiting our first postdoc cohort");
        assertThat(draft.reciprocation()).isEmpty();
        assertThat(draft.support()).extracting(Item::title).containsExactly(
                "Guidance on attracting postdocs", "Guidance on the assessment process",
                "Online Train-the-Trainer for all reviewers of applications");
        Item training = draft.support().get(2);
        assertThat(training.route()).isEqualTo(SupportRoute.TRAIN_THE_TRAINER);
        assertThat(training.effortHours()).isEqualTo(8);
        assertThat(training.dueDate()).isEqualTo(start);
        assertThat(training.owner()).as("default owner: the programme team").isNull();
        assertThat(training.responsible()).isEqualTo(priya.personId());
        assertThat(training.responsibleName()).isEqualTo("Priya Shah");
        assertThat(draft.leads()).extracting(Person::name).containsExactly("Jo Whitfield");
        assertThat(draft.versions()).isEmpty();
    }

    @Test
    void theSameAssessmentDeliveredTwiceOpensOnlyOneAgreement(Scenario scenario) {
        NeedsAssessmentCompleted assessment = liceriaAssessment(UUID.randomUUID());
        AgreementId first = draftFor(scenario, assessment);

        // Delivered again (as after a crash): wait until that delivery has been handled too.
        scenario.publish(assessment)
                .andWaitForStateChange(() -> registry.findIncompletePublications().stream()
                        .noneMatch(publication -> publication.getEvent().equals(assessment)), Boolean::booleanValue)
                .andVerify(handled -> assertThat(handled).isTrue());

        assertThat(repository.agreementForAssessment(assessment.assessmentId())).contains(first);
        List<AgreementSummary> liceriaAgreements = as(jo, () -> agreements.agreements());
        assertThat(liceriaAgreements).extracting(AgreementSummary::id).containsExactly(first);
        assertThat(liceriaAgreements.getFirst().itemsTotal()).isEqualTo(3);
    }

    @Test
    void aPastStartDateGivesItemsDueToday(Scenario scenario) {
        NeedsAssessmentCompleted late = new NeedsAssessmentCompleted(UUID.randomUUID(), new SupportRequestId(Ids.newId()),
                liceria, "Liceria University", "Late request", priya.personId(), Urgency.HIGH, "", "",
                List.of(new DecidedRoute(SupportRoute.PORTAL_TOUR, "Portal tour", "", 2, null, null)), 2, "",
                LocalDate.now().minusDays(10), Instant.now());
        AgreementId id = draftFor(scenario, late);
        assertThat(as(priya, () -> agreements.get(id)).support().getFirst().dueDate()).isEqualTo(LocalDate.now());
    }

    // --- proposing and accepting ---------------------------------------------------------------------

    @Test
    void proposingAndAcceptanceByBothSidesAgreesTheAgreement(Scenario scenario, AssertablePublishedEvents events) {
        AgreementId id = draftWithJosReciprocation(scenario);
        SupportRequestId request = as(jo, () -> agreements.get(id)).requestId();

        scenario.stimulate(() -> as(jo, () -> agreements.propose(id, version(id))))
                .andWaitForEventOfType(AgreementProposed.class)
                .matching(event -> event.agreementId().equals(id))
                .toArriveAndVerify(event -> {
                    assertThat(event.version()).isEqualTo(1);
                    assertThat(event.organisationId()).isEqualTo(liceria);
                    assertThat(event.requestId()).isEqualTo(request);
                });

        as(priya, () -> agreements.accept(id, 1));
        assertThat(as(jo, () -> agreements.get(id)).status()).as("one side is not enough").isEqualTo(AgreementStatus.PROPOSED);
        assertThat(events.ofType(AgreementAccepted.class).matching(e -> e.agreementId().equals(id))).isEmpty();

        scenario.stimulate(() -> as(jo, () -> agreements.accept(id, 1)))
                .andWaitForEventOfType(AgreementAccepted.class)
                .matching(event -> event.agreementId().equals(id))
                .toArriveAndVerify(event -> assertThat(event.version()).isEqualTo(1));
        assertThat(events.ofType(SupportRequestProgressed.class)
                .matching(e -> e.requestId().equals(request) && e.stage() == RequestStage.AGREEMENT_AGREED)).hasSize(1);

        AgreementDetails agreed = as(jo, () -> agreements.get(id));
        assertThat(agreed.status()).isEqualTo(AgreementStatus.ACCEPTED);
        assertThat(agreed.agreedVersion()).isEqualTo(1);
        VersionRecord v1 = agreed.versions().getFirst();
        assertThat(v1.teamAcceptedByName()).isEqualTo("Priya Shah");
        assertThat(v1.leadAcceptedByName()).isEqualTo("Jo Whitfield");
        assertThat(v1.proposedByName()).isEqualTo("Jo Whitfield");
        assertThat(v1.items()).hasSize(5);
    }

    @Test
    void aChangeAfterAcceptanceNeedsBothAcceptancesAgainAndHistoryKeepsEveryVersion(Scenario scenario,
                                                                                   AssertablePublishedEvents events) {
        AgreementId id = agreedAgreement(scenario);
        AgreementDetails agreed = as(priya, () -> agreements.get(id));
        Item slides = agreed.reciprocation().getFirst();

        // Priya moves the slide deck's due date: the agreement is no longer accepted as it stands.
        ItemForm later = as(priya, () -> agreements.itemForm(id, slides.id()));
        later.setDueDate(start.plusWeeks(3));
        as(priya, () -> agreements.updateItem(id, slides.id(), agreed.version(), later));
        AgreementDetails changed = as(jo, () -> agreements.get(id));
        assertThat(changed.status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(changed.agreedVersion()).as("version 1 stays the last agreed").isEqualTo(1);

        // Nobody can deliver or accept the old version while the change is pending.
        assertThatThrownBy(() -> as(jo, () -> agreements.accept(id, 1)))
                .isInstanceOf(ProblemException.class).hasMessageContaining("reciprocation.error.version-not-current");
        assertThatThrownBy(() -> as(jo, () -> agreements.complete(id, slides.id(), joDelivers())))
                .isInstanceOf(ProblemException.class).hasMessageContaining("reciprocation.error.not-agreed");

        assertThat(as(priya, () -> agreements.propose(id, version(id)))).isEqualTo(2);
        as(jo, () -> agreements.accept(id, 2));
        assertThat(as(jo, () -> agreements.get(id)).status()).isEqualTo(AgreementStatus.PROPOSED);
        scenario.stimulate(() -> as(priya, () -> agreements.accept(id, 2)))
                .andWaitForEventOfType(AgreementAccepted.class)
                .matching(event -> event.agreementId().equals(id) && event.version() == 2)
                .toArrive();

        AgreementDetails reagreed = as(jo, () -> agreements.get(id));
        assertThat(reagreed.status()).isEqualTo(AgreementStatus.ACCEPTED);
        assertThat(reagreed.agreedVersion()).isEqualTo(2);
        assertThat(reagreed.versions()).extracting(VersionRecord::number).containsExactly(2, 1);
        VersionRecord v1 = reagreed.versions().get(1);
        VersionRecord v2 = reagreed.versions().get(0);
        assertThat(v1.acceptedByBoth()).isTrue();
        assertThat(v1.supersededAt()).isNotNull();
        assertThat(v2.acceptedByBoth()).isTrue();
        assertThat(v1.items()).filteredOn(i -> i.itemId().equals(slides.id()))
                .singleElement().satisfies(i -> assertThat(i.dueDate()).isEqualTo(start.plusWeeks(1)));
        assertThat(v2.items()).filteredOn(i -> i.itemId().equals(slides.id()))
                .singleElement().satisfies(i -> assertThat(i.dueDate()).isEqualTo(start.plusWeeks(3)));
        SupportRequestId request = reagreed.requestId();
        assertThat(events.ofType(SupportRequestProgressed.class)
                .matching(e -> e.requestId().equals(request) && e.stage() == RequestStage.AGREEMENT_AGREED))
                .as("the request moves to 'agreed' once").hasSize(1);
    }

    @Test
    void acceptingAVersionThatIsNoLongerCurrentIsRefusedAndRecordsNothing(Scenario scenario) {
        AgreementId id = draftWithJosReciprocation(scenario);
        as(jo, () -> agreements.propose(id, version(id)));
        AgreementDetails proposed = as(priya, () -> agreements.get(id));

        // Priya adds a portal tour while Jo still reads version 1.
        as(priya, () -> agreements.addItem(id, proposed.version(), Side.SUPPORT,
                supportItem("Portal tour for the cohort", 2, start)));

        assertThatThrownBy(() -> as(jo, () -> agreements.accept(id, 1)))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.messageKey()).isEqualTo("reciprocation.error.version-not-current");
                    assertThat(problem.arguments()).containsExactly(1);
                });
        AgreementDetails after = as(jo, () -> agreements.get(id));
        assertThat(after.status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(after.versions().getFirst().leadAcceptedAt()).isNull();
        assertThat(after.versions().getFirst().supersededAt()).isNotNull();
        assertThat(after.agreedVersion()).isNull();
    }

    @Test
    void eachSideAcceptsAVersionOnceAndProposingNeedsChanges(Scenario scenario) {
        AgreementId id = draftWithJosReciprocation(scenario);
        as(jo, () -> agreements.propose(id, version(id)));
        as(jo, () -> agreements.accept(id, 1));

        assertThatThrownBy(() -> as(jo, () -> agreements.accept(id, 1)))
                .isInstanceOf(ProblemException.class).hasMessageContaining("reciprocation.error.already-accepted");
        assertThatThrownBy(() -> as(priya, () -> agreements.propose(id, version(id))))
                .isInstanceOf(ProblemException.class).hasMessageContaining("reciprocation.error.already-proposed");
        as(priya, () -> agreements.accept(id, 1));
        assertThatThrownBy(() -> as(priya, () -> agreements.accept(id, 1)))
                .isInstanceOf(ProblemException.class).hasMessageContaining("reciprocation.error.already-agreed");
        assertThatThrownBy(() -> as(priya, () -> agreements.propose(id, version(id))))
                .isInstanceOf(ProblemException.class).hasMessageContaining("reciprocation.error.nothing-changed");
    }

    @Test
    void aDraftWithNothingGivenBackCannotBeProposed(Scenario scenario) {
        AgreementId id = draftFor(scenario, liceriaAssessment(UUID.randomUUID()));
        int before = version(id);
        assertThatThrownBy(() -> as(jo, () -> agreements.propose(id, before)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .containsExactly("reciprocation.validation.reciprocation-side-empty"));
        assertThat(as(jo, () -> agreements.get(id))).satisfies(after -> {
            assertThat(after.status()).isEqualTo(AgreementStatus.DRAFT);
            assertThat(after.version()).isEqualTo(before);
            assertThat(after.versions()).isEmpty();
        });
    }

    @Test
    void bothSidesAcceptingAtTheSameMomentAgreeItExactlyOnce(Scenario scenario) throws Exception {
        AgreementId id = draftWithJosReciprocation(scenario);
        as(jo, () -> agreements.propose(id, version(id)));

        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> results = List.of(
                    pool.submit(() -> acceptTogether(together, priya, id)),
                    pool.submit(() -> acceptTogether(together, jo, id)));
            for (Future<?> result : results) {
                result.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        AgreementDetails agreed = as(jo, () -> agreements.get(id));
        assertThat(agreed.status()).isEqualTo(AgreementStatus.ACCEPTED);
        assertThat(agreed.agreedVersion()).isEqualTo(1);
        assertThat(agreed.versions()).singleElement().satisfies(v -> assertThat(v.acceptedByBoth()).isTrue());
    }

    private Void acceptTogether(CyclicBarrier together, PraxisUser who, AgreementId id) throws Exception {
        signIn(who);
        try {
            together.await(30, TimeUnit.SECONDS);
            agreements.accept(id, 1);
            return null;
        } finally {
            signOut();
        }
    }

    // --- refusals and bad input ---------------------------------------------------------------------

    @Test
    void aLeadCannotSeeChangeOrAcceptAnotherInstitutionsAgreement(Scenario scenario) {
        AgreementId id = draftWithJosReciprocation(scenario);
        as(jo, () -> agreements.propose(id, version(id)));
        int version = version(id);
        UUID item = as(jo, () -> agreements.get(id)).support().getFirst().id();

        signIn(sam);
        assertThat(agreements.agreements()).extracting(AgreementSummary::id).doesNotContain(id);
        assertThat(agreements.waitingForMe()).extracting(AgreementSummary::id).doesNotContain(id);
        assertThatThrownBy(() -> agreements.get(id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> agreements.accept(id, 1)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> agreements.addItem(id, version, Side.RECIPROCATION,
                reciprocationItem("Not ours", ReciprocationType.CASE_STUDY, 1, start)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> agreements.removeItem(id, item, version)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> agreements.complete(id, item, joDelivers())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> ledger.statement(liceria)).isInstanceOf(NotFoundException.class);
        signOut();

        AgreementDetails untouched = as(jo, () -> agreements.get(id));
        assertThat(untouched.version()).isEqualTo(version);
        assertThat(untouched.versions().getFirst().leadAcceptedAt()).isNull();
        assertThat(untouched.support()).hasSize(3);
    }

    @Test
    void researchersAndOthersCannotUseAnyOfIt() {
        signIn(lena);
        assertThatThrownBy(() -> agreements.agreements()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> agreements.get(new AgreementId(Ids.newId()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> agreements.dueSoon()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ledger.statement(liceria)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ledger.members()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ledger.exchanges()).isInstanceOf(AccessDeniedException.class);
        signIn(jo);
        assertThatThrownBy(() -> ledger.balances()).as("only the team sees every institution")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void badItemsAreRefusedWithEveryProblemAndNothingIsSaved(Scenario scenario) {
        AgreementId id = draftFor(scenario, liceriaAssessment(UUID.randomUUID()));
        int before = version(id);
        ItemForm bad = new ItemForm();
        bad.setTitle("   ");
        bad.setDetails("d".repeat(ItemForm.DETAILS_MAX + 1));
        bad.setEffortHours(-3);
        bad.setDueDate(LocalDate.now().minusDays(1));

        assertThatThrownBy(() -> as(jo, () -> agreements.addItem(id, before, Side.RECIPROCATION, bad)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .containsExactlyInAnyOrder("reciprocation.validation.details-too-long",
                                "reciprocation.validation.effort-negative", "reciprocation.validation.title-required",
                                "reciprocation.validation.type-required", "reciprocation.validation.due-date-in-past"));

        ItemForm tooLong = reciprocationItem("t".repeat(ItemForm.TITLE_MAX + 1), ReciprocationType.CASE_STUDY, 1, start);
        tooLong.setResponsible(sam.personId());
        assertThatThrownBy(() -> as(jo, () -> agreements.addItem(id, before, Side.RECIPROCATION, tooLong)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .containsExactly("reciprocation.validation.title-too-long",
                                "reciprocation.validation.responsible-unknown"));

        ItemForm noDate = supportItem("No date", 1, null);
        assertThatThrownBy(() -> as(priya, () -> agreements.addItem(id, before, Side.SUPPORT, noDate)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .containsExactly("reciprocation.validation.due-date-required"));

        AgreementDetails after = as(jo, () -> agreements.get(id));
        assertThat(after.version()).isEqualTo(before);
        assertThat(after.reciprocation()).isEmpty();
        assertThat(after.support()).hasSize(3);
    }

    @Test
    void anOverdueDateMayStayWhenOtherDetailsChange(Scenario scenario) {
        NeedsAssessmentCompleted late = new NeedsAssessmentCompleted(UUID.randomUUID(), new SupportRequestId(Ids.newId()),
                liceria, "Liceria University", "Late request", priya.personId(), Urgency.HIGH, "", "",
                List.of(new DecidedRoute(SupportRoute.PORTAL_TOUR, "Portal tour", "", 2, null, null)), 2, "",
                LocalDate.now(), Instant.now());
        AgreementId id = draftFor(scenario, late);
        Item tour = as(priya, () -> agreements.get(id)).support().getFirst();
        // Simulate the passing of time: the stored due date is now in the past.
        ItemForm form = as(priya, () -> agreements.itemForm(id, tour.id()));
        form.setTitle("Portal tour for the whole cohort");
        as(priya, () -> agreements.updateItem(id, tour.id(), version(id), form));
        assertThat(as(priya, () -> agreements.get(id)).support().getFirst().title())
                .isEqualTo("Portal tour for the whole cohort");
    }

    @Test
    void concurrentEditsAreCaughtNotLost(Scenario scenario) {
        AgreementId id = draftFor(scenario, liceriaAssessment(UUID.randomUUID()));
        AgreementDetails seen = as(jo, () -> agreements.get(id));
        Item guidance = seen.support().getFirst();

        ItemForm josChange = as(jo, () -> agreements.itemForm(id, guidance.id()));
        josChange.setTitle("Guidance on attracting postdocs from industry");
        ItemForm priyasChange = as(priya, () -> agreements.itemForm(id, guidance.id()));
        priyasChange.setEffortHours(12);

        as(jo, () -> agreements.updateItem(id, guidance.id(), seen.version(), josChange));
        assertThatThrownBy(() -> as(priya, () -> agreements.updateItem(id, guidance.id(), seen.version(), priyasChange)))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> as(priya, () -> agreements.removeItem(id, guidance.id(), seen.version())))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> as(priya, () -> agreements.propose(id, seen.version())))
                .isInstanceOf(ConcurrentChangeException.class);

        Item after = as(jo, () -> agreements.get(id)).support().getFirst();
        assertThat(after.title()).isEqualTo("Guidance on attracting postdocs from industry");
        assertThat(after.effortHours()).isEqualTo(6);
    }

    @Test
    void anEditFromAPageOpenedBeforeAnAcceptanceIsRefused(Scenario scenario) {
        AgreementId id = draftWithJosReciprocation(scenario);
        as(jo, () -> agreements.propose(id, version(id)));
        AgreementDetails seenByPriya = as(priya, () -> agreements.get(id));
        as(jo, () -> agreements.accept(id, 1));

        assertThatThrownBy(() -> as(priya, () -> agreements.addItem(id, seenByPriya.version(), Side.SUPPORT,
                supportItem("Extra consultancy", 3, start)))).isInstanceOf(ConcurrentChangeException.class);
        AgreementDetails after = as(priya, () -> agreements.get(id));
        assertThat(after.status()).isEqualTo(AgreementStatus.PROPOSED);
        assertThat(after.versions().getFirst().leadAcceptedByName()).isEqualTo("Jo Whitfield");
    }

    // --- delivery ------------------------------------------------------------------------------------

    @Test
    void deliveringJosSessionPublishesItsMaterialsLicenceAndAttribution(Scenario scenario,
                                                                        AssertablePublishedEvents events)
            throws Exception {
        AgreementId id = agreedAgreement(scenario);
        AgreementDetails agreed = as(jo, () -> agreements.get(id));
        Item slides = agreed.reciprocation().getFirst();

        CompletionForm delivery = new CompletionForm();
        delivery.setNote("Run with our first cohort in October; it went well.");
        delivery.setLinks(List.of(new LinkForm("Recorded Train-the-Trainer session",
                "https://video.liceria.example/dealing-with-failure")));
        delivery.setFiles(List.of(new FileUpload("Dealing with failure – facilitator notes.txt",
                "Facilitator notes: start with a story of a rejected paper.".getBytes(StandardCharsets.UTF_8))));
        delivery.setDescription("A 90-minute session on dealing with failure for postdocs, ready to run.");
        delivery.setLicence(Licence.CC_BY_SA_4_0);
        delivery.setAttribution("Jo Whitfield, Liceria University");

        scenario.stimulate(() -> as(jo, () -> agreements.complete(id, slides.id(), delivery)))
                .andWaitForEventOfType(ReciprocationDelivered.class)
                .matching(event -> event.agreementId().equals(id))
                .toArriveAndVerify(event -> {
                    assertThat(event.itemId()).isEqualTo(slides.id());
                    assertThat(event.organisationName()).isEqualTo("Liceria University");
                    assertThat(event.type()).isEqualTo(ReciprocationType.NEW_MATERIALS);
                    assertThat(event.title()).isEqualTo("Dealing with failure: slide deck and facilitator notes");
                    assertThat(event.description()).startsWith("A 90-minute session");
                    assertThat(event.licence()).isEqualTo(Licence.CC_BY_SA_4_0);
                    assertThat(event.attribution()).isEqualTo("Jo Whitfield, Liceria University");
                    assertThat(event.materials()).hasSize(2);
                    Material link = event.materials().get(0);
                    assertThat(link.kind()).isEqualTo(Material.Kind.LINK);
                    assertThat(link.location()).isEqualTo("https://video.liceria.example/dealing-with-failure");
                    Material file = event.materials().get(1);
                    assertThat(file.kind()).isEqualTo(Material.Kind.FILE);
                    assertThat(file.title()).isEqualTo("Dealing with failure – facilitator notes.txt");
                    assertThat(file.mediaType()).isEqualTo("text/plain");
                    assertThat(file.location()).matches("reciprocation/[0-9a-f-]{36}");
                });

        String stored = listOf(events.ofType(ReciprocationDelivered.class)
                .matching(e -> e.agreementId().equals(id))).getFirst().materials().get(1).location();
        assertThat(new String(storage.read(stored), StandardCharsets.UTF_8)).startsWith("Facilitator notes");
        assertThat(events.ofType(AgreementItemCompleted.class).matching(e -> e.itemId().equals(slides.id())))
                .singleElement().satisfies(e -> {
                    assertThat(e.side()).isEqualTo(Side.RECIPROCATION);
                    assertThat(e.effortHours()).isEqualTo(6);
                });
        assertThat(events.ofType(SupportRequestProgressed.class)
                .matching(e -> e.requestId().equals(agreed.requestId()) && e.stage() == RequestStage.IN_DELIVERY))
                .hasSize(1);

        Item done = as(priya, () -> agreements.get(id)).item(slides.id()).orElseThrow();
        assertThat(done.done()).isTrue();
        assertThat(done.completedByName()).isEqualTo("Jo Whitfield");
        assertThat(done.licence()).isEqualTo(Licence.CC_BY_SA_4_0);
        assertThat(done.evidence()).hasSize(2);
        UUID fileEvidence = done.evidence().get(1).id();
        var download = as(priya, () -> agreements.evidenceFile(id, fileEvidence));
        try (var content = download.content()) {
            assertThat(new String(content.readAllBytes(), StandardCharsets.UTF_8)).startsWith("Facilitator notes");
        }
        assertThatThrownBy(() -> as(sam, () -> agreements.evidenceFile(id, fileEvidence)))
                .isInstanceOf(NotFoundException.class);

        // A second item done does not move the request to 'in delivery' again; a done item cannot be redone.
        Item guidance = agreed.support().getFirst();
        as(priya, () -> agreements.complete(id, guidance.id(), note("Guidance sent to Jo by email.")));
        assertThat(events.ofType(SupportRequestProgressed.class)
                .matching(e -> e.requestId().equals(agreed.requestId()) && e.stage() == RequestStage.IN_DELIVERY))
                .hasSize(1);
        assertThatThrownBy(() -> as(priya, () -> agreements.complete(id, guidance.id(), note("Again"))))
                .isInstanceOf(ProblemException.class).hasMessageContaining("reciprocation.error.item-done");
        ItemForm change = as(priya, () -> agreements.itemForm(id, guidance.id()));
        assertThatThrownBy(() -> as(priya, () -> agreements.updateItem(id, guidance.id(), version(id), change)))
                .isInstanceOf(ProblemException.class).hasMessageContaining("reciprocation.error.item-done");
    }

    @Test
    void deliveryNeedsEvidenceMaterialsAndRealFiles(Scenario scenario) {
        AgreementId id = agreedAgreement(scenario);
        AgreementDetails agreed = as(jo, () -> agreements.get(id));
        Item slides = agreed.reciprocation().getFirst();
        Item guidance = agreed.support().getFirst();

        assertThatThrownBy(() -> as(priya, () -> agreements.complete(id, guidance.id(), new CompletionForm())))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .containsExactly("reciprocation.validation.evidence-required"));

        CompletionForm noMaterials = note("Done, trust us.");
        assertThatThrownBy(() -> as(jo, () -> agreements.complete(id, slides.id(), noMaterials)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .containsExactly("reciprocation.validation.materials-required",
                                "reciprocation.validation.attribution-required"));

        CompletionForm badLink = joDelivers();
        badLink.setLinks(List.of(new LinkForm("Recording", "javascript:alert(1)")));
        assertThatThrownBy(() -> as(jo, () -> agreements.complete(id, slides.id(), badLink)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .containsExactly("reciprocation.validation.link-url-invalid"));

        CompletionForm emptyFile = joDelivers();
        emptyFile.setFiles(List.of(new FileUpload("slides.pptx", new byte[0])));
        assertThatThrownBy(() -> as(jo, () -> agreements.complete(id, slides.id(), emptyFile)))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.messageKey()).isEqualTo("reciprocation.validation.file-empty");
                    assertThat(problem.arguments()).containsExactly("slides.pptx");
                });

        CompletionForm hugeFile = joDelivers();
        hugeFile.setFiles(List.of(new FileUpload("recording.mp4", new byte[64 * 1024 + 1])));
        assertThatThrownBy(() -> as(jo, () -> agreements.complete(id, slides.id(), hugeFile)))
                .isInstanceOf(ProblemException.class).hasMessageContaining("reciprocation.validation.file-too-large");

        AgreementDetails after = as(jo, () -> agreements.get(id));
        assertThat(after.items()).noneMatch(Item::done);
        assertThat(after.items()).allMatch(item -> item.evidence().isEmpty());
    }

    @Test
    void nothingCanBeDoneBeforeBothSidesAgree(Scenario scenario) {
        AgreementId id = draftWithJosReciprocation(scenario);
        Item guidance = as(priya, () -> agreements.get(id)).support().getFirst();
        assertThatThrownBy(() -> as(priya, () -> agreements.complete(id, guidance.id(), note("Early"))))
                .isInstanceOf(ProblemException.class).hasMessageContaining("reciprocation.error.not-agreed");
    }

    @Test
    void whenEveryItemIsDoneTheAgreementIsFulfilledAndLiceriaJoinsTheCommunityOnce(Scenario scenario,
                                                                                  AssertablePublishedEvents events) {
        AgreementId first = agreedAgreement(scenario);
        SupportRequestId request = as(jo, () -> agreements.get(first)).requestId();
        deliverEverythingBut(first, null);

        assertThat(events.ofType(AgreementFulfilled.class).matching(e -> e.agreementId().equals(first))).hasSize(1);
        assertThat(events.ofType(SupportRequestProgressed.class)
                .matching(e -> e.requestId().equals(request) && e.stage() == RequestStage.FULFILLED)).hasSize(1);
        assertThat(events.ofType(CommunityMembershipGranted.class).matching(e -> e.organisationId().equals(liceria)))
                .singleElement().satisfies(e -> {
                    assertThat(e.organisationName()).isEqualTo("Liceria University");
                    assertThat(e.agreementId()).isEqualTo(first);
                });
        AgreementDetails fulfilled = as(jo, () -> agreements.get(first));
        assertThat(fulfilled.status()).isEqualTo(AgreementStatus.FULFILLED);
        assertThatThrownBy(() -> as(priya, () -> agreements.addItem(first, fulfilled.version(), Side.SUPPORT,
                supportItem("After the end", 1, start)))).isInstanceOf(ProblemException.class)
                .hasMessageContaining("reciprocation.error.fulfilled");

        // A second agreement fulfilled by Liceria does not make it a member twice.
        AgreementId second = agreedAgreement(scenario);
        deliverEverythingBut(second, null);
        assertThat(events.ofType(AgreementFulfilled.class).matching(e -> e.agreementId().equals(second))).hasSize(1);
        assertThat(events.ofType(CommunityMembershipGranted.class).matching(e -> e.organisationId().equals(liceria)))
                .hasSize(1);
        assertThat(as(sam, () -> ledger.members())).filteredOn(m -> m.organisationId().equals(liceria))
                .singleElement().satisfies(member -> {
                    assertThat(member.organisationName()).isEqualTo("Liceria University");
                    assertThat(member.contributions()).hasSize(4).extracting(LedgerViews.Contribution::title)
                            .contains("Dealing with failure: slide deck and facilitator notes");
                });
    }

    // --- reminders -----------------------------------------------------------------------------------

    @Test
    void remindersGoOutOncePerDayForOpenItemsDueSoonOrOverdue(Scenario scenario, AssertablePublishedEvents events) {
        AgreementId id = agreedAgreement(scenario);
        AgreementDetails agreed = as(jo, () -> agreements.get(id));
        Item slides = agreed.reciprocation().getFirst();       // due start + 1 week, Jo responsible
        Item recording = agreed.reciprocation().get(1);        // due start + 4 weeks
        Item guidance = agreed.support().getFirst();           // due start, Priya responsible
        as(priya, () -> agreements.complete(id, guidance.id(), note("Sent")));

        // Five days before the slide deck is due: the slides are reminded about, the recording is not.
        Clock fiveDaysBefore = clockAt(slides.dueDate().minusDays(5));
        reminders.sendReminders(fiveDaysBefore);
        assertThat(dueEvents(events, id)).filteredOn(e -> e.itemId().equals(slides.id()))
                .singleElement().satisfies(e -> {
                    assertThat(e.responsible()).isEqualTo(jo.personId());
                    assertThat(e.overdue()).isFalse();
                    assertThat(e.side()).isEqualTo(Side.RECIPROCATION);
                    assertThat(e.dueDate()).isEqualTo(slides.dueDate());
                    assertThat(e.organisationId()).isEqualTo(liceria);
                });
        assertThat(dueEvents(events, id)).noneMatch(e -> e.itemId().equals(recording.id()))
                .as("done items are not reminded about").noneMatch(e -> e.itemId().equals(guidance.id()));

        // Running again the same day sends nothing new.
        int before = dueEvents(events, id).size();
        assertThat(reminders.sendReminders(fiveDaysBefore)).isZero();
        assertThat(dueEvents(events, id)).hasSize(before);

        // Two days after the due date the slides are overdue: a new reminder that says so.
        reminders.sendReminders(clockAt(slides.dueDate().plusDays(2)));
        assertThat(dueEvents(events, id)).filteredOn(e -> e.itemId().equals(slides.id()))
                .hasSize(2).last().satisfies(e -> assertThat(e.overdue()).isTrue());
        assertThat(repository.remindersSent(slides.id())).isEqualTo(2);
    }

    @Test
    void draftsAreNotRemindedAbout(Scenario scenario, AssertablePublishedEvents events) {
        AgreementId id = draftWithJosReciprocation(scenario);
        reminders.sendReminders(clockAt(start.plusWeeks(10)));
        assertThat(dueEvents(events, id)).isEmpty();
    }

    // --- notices --------------------------------------------------------------------------------------

    @Test
    void bothSidesAreToldOfEachProposedVersionAndOfTheAcceptanceNotOfEveryClick(Scenario scenario,
                                                                               AssertablePublishedEvents events) {
        AgreementId id = draftWithJosReciprocation(scenario);
        String title = "Help recruiting our first postdoc cohort";
        Audience bothSides = Audience.holdersOf(Role.INSTITUTION_LEAD, liceria).and(Audience.holdersOf(Role.PROGRAMME_TEAM));
        assertThat(notices(events)).as("editing a draft tells nobody").isEmpty();

        as(jo, () -> agreements.propose(id, version(id)));
        NoticeRequested proposed = NoticeRequested.of("reciprocation:agreement-proposed:" + id + ":v1", bothSides,
                "reciprocation.notice.agreement-proposed", "agreements/" + id, NoticeArgument.text(title));
        assertThat(notices(events)).containsExactly(proposed);

        as(priya, () -> agreements.accept(id, 1));
        assertThat(notices(events)).as("one side accepting tells nobody").containsExactly(proposed);
        as(jo, () -> agreements.accept(id, 1));
        assertThat(notices(events)).containsExactly(proposed, NoticeRequested.of(
                "reciprocation:agreement-accepted:" + id + ":v1", bothSides, "reciprocation.notice.agreement-accepted",
                "agreements/" + id, NoticeArgument.text(title)));
    }

    @Test
    void deliveryTellsNobodyButTheFirstFulfilmentWelcomesTheInstitutionsLeads(Scenario scenario,
                                                                             AssertablePublishedEvents events) {
        AgreementId first = agreedAgreement(scenario);
        int before = notices(events).size();
        Item slides = as(jo, () -> agreements.get(first)).reciprocation().getFirst();
        as(jo, () -> agreements.complete(first, slides.id(), joDelivers()));
        assertThat(notices(events)).as("the Hub tells the moderators when the materials are in its queue").hasSize(before);

        deliverEverythingBut(first, slides.id());
        assertThat(notices(events)).hasSize(before + 1).last().isEqualTo(NoticeRequested.of(
                "reciprocation:community-membership:" + liceria + ":" + first,
                Audience.holdersOf(Role.INSTITUTION_LEAD, liceria), "reciprocation.notice.community-membership",
                "agreements/" + first, NoticeArgument.text("Liceria University")));

        // A second fulfilled agreement is no new membership.
        AgreementId second = agreedAgreement(scenario);
        int beforeSecond = notices(events).size();
        deliverEverythingBut(second, null);
        assertThat(notices(events)).hasSize(beforeSecond);
    }

    @Test
    void eachReminderTellsWhoIsResponsibleOncePerDueDateAndKind(Scenario scenario, AssertablePublishedEvents events) {
        AgreementId id = agreedAgreement(scenario);
        Item slides = as(jo, () -> agreements.get(id)).reciprocation().getFirst();   // Jo responsible
        Item guidance = as(jo, () -> agreements.get(id)).support().getFirst();       // Priya responsible
        as(priya, () -> agreements.complete(id, guidance.id(), note("Sent")));

        reminders.sendReminders(clockAt(slides.dueDate().minusDays(5)));
        reminders.sendReminders(clockAt(slides.dueDate().minusDays(5)));
        NoticeRequested dueSoon = NoticeRequested.of("reciprocation:item-due-soon:" + slides.id() + ":" + slides.dueDate(),
                Audience.person(jo.personId()), "reciprocation.notice.item-due-soon", "agreements/" + id,
                NoticeArgument.text(slides.title()), NoticeArgument.date(slides.dueDate()));
        assertThat(notices(events)).filteredOn(n -> n.noticeKey().contains(slides.id().toString()))
                .containsExactly(dueSoon);

        // Overdue is a reminder of its own; told again on a later day, its key is the same (notifications adds nothing).
        reminders.sendReminders(clockAt(slides.dueDate().plusDays(2)));
        reminders.sendReminders(clockAt(slides.dueDate().plusDays(3)));
        NoticeRequested overdue = NoticeRequested.of("reciprocation:item-overdue:" + slides.id() + ":" + slides.dueDate(),
                Audience.person(jo.personId()), "reciprocation.notice.item-overdue", "agreements/" + id,
                NoticeArgument.text(slides.title()), NoticeArgument.date(slides.dueDate()));
        assertThat(notices(events)).filteredOn(n -> n.noticeKey().contains(slides.id().toString()))
                .containsExactly(dueSoon, overdue, overdue);
        assertThat(notices(events)).as("done items are not reminded about")
                .noneMatch(n -> n.noticeKey().contains(guidance.id().toString()));
    }

    @Test
    void draftsAreNotRemindedAboutSoNobodyIsTold(Scenario scenario, AssertablePublishedEvents events) {
        AgreementId id = draftWithJosReciprocation(scenario);
        reminders.sendReminders(clockAt(start.plusWeeks(10)));
        // Other tests' agreed agreements share the database and are reminded about; this draft is not.
        assertThat(notices(events)).isNotEmpty().noneMatch(notice -> notice.link().equals("agreements/" + id));
    }

    static List<NoticeRequested> notices(AssertablePublishedEvents events) {
        return listOf(events.ofType(NoticeRequested.class));
    }

    // --- ledger --------------------------------------------------------------------------------------

    @Test
    void theLedgerBalancesHoursReceivedAgainstContributionsAndExportsCsv(Scenario scenario) throws Exception {
        AgreementId id = agreedAgreement(scenario);
        AgreementDetails agreed = as(jo, () -> agreements.get(id));
        Item recording = agreed.reciprocation().get(1);
        deliverEverythingBut(id, recording.id());

        LedgerViews.Statement statement = as(jo, () -> ledger.myStatement());
        assertThat(statement.organisationName()).isEqualTo("Liceria University");
        assertThat(statement.member()).isFalse();
        LedgerViews.Totals totals = statement.totals();
        assertThat(totals.supportItemsReceived()).isEqualTo(3);
        assertThat(totals.hoursReceived()).isEqualTo(18);
        assertThat(totals.contributionsDelivered()).isEqualTo(1);
        assertThat(totals.contributionHoursDelivered()).isEqualTo(6);
        assertThat(totals.contributionsPlanned()).isEqualTo(1);
        assertThat(totals.contributionHoursPlanned()).isEqualTo(4);
        assertThat(totals.hoursBalance()).isEqualTo(-12);
        assertThat(statement.byCategory()).contains(
                new LedgerViews.CategoryTotal(Side.SUPPORT, "TAILORED_GUIDANCE", 2, 10, 0, 0),
                new LedgerViews.CategoryTotal(Side.SUPPORT, "TRAIN_THE_TRAINER", 1, 8, 0, 0),
                new LedgerViews.CategoryTotal(Side.RECIPROCATION, "NEW_MATERIALS", 1, 6, 1, 4));

        assertThat(as(priya, () -> ledger.balances())).filteredOn(b -> b.organisationId().equals(liceria))
                .singleElement().satisfies(b -> assertThat(b.totals()).isEqualTo(totals));

        java.io.StringWriter csv = new java.io.StringWriter();
        as(priya, () -> {
            try {
                ledger.writeStatementCsv(liceria, key -> key.substring(key.lastIndexOf('.') + 1), csv);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        List<String> rows = csv.toString().lines().toList();
        assertThat(rows).hasSize(6);
        assertThat(rows.getFirst()).isEqualTo("organisation,agreement,direction,category,item,hours,status,due,completed");
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith(
                "Liceria University,Help recruiting our first postdoc cohort,SUPPORT,TRAIN_THE_TRAINER,"
                        + "Online Train-the-Trainer for all reviewers of applications,8,DONE," + start + ","));
        assertThat(rows).anySatisfy(row -> assertThat(row).isEqualTo(
                "Liceria University,Help recruiting our first postdoc cohort,RECIPROCATION,NEW_MATERIALS,"
                        + "Recorded Train-the-Trainer session on dealing with failure,4,OPEN," + start.plusWeeks(4) + ","));

        assertThat(as(jo, () -> ledger.exchanges())).anySatisfy(exchange -> {
            assertThat(exchange.from().kind()).isEqualTo(LedgerViews.NodeKind.PROGRAMME);
            assertThat(exchange.to().name()).isEqualTo("Liceria University");
            assertThat(exchange.hours()).isEqualTo(18);
            assertThat(exchange.items()).isEqualTo(3);
        }).anySatisfy(exchange -> {
            assertThat(exchange.kind()).isEqualTo(LedgerViews.ExchangeKind.CONTRIBUTION);
            assertThat(exchange.from().name()).isEqualTo("Liceria University");
            assertThat(exchange.items()).isEqualTo(1);
        });
    }

    @Test
    void csvCellsThatLookLikeFormulasAreMadeHarmless() {
        assertThat(StatementCsv.safe("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(StatementCsv.safe("+44 guidance")).isEqualTo("'+44 guidance");
        assertThat(StatementCsv.safe("Slides")).isEqualTo("Slides");
    }

    // --- read model ----------------------------------------------------------------------------------

    @Test
    void keepsOrganisationsAndLeadsFromIdentityEvents(Scenario scenario) {
        OrganisationId riverside = newOrganisation();
        var person = user("Ada Lead", riverside, Role.INSTITUTION_LEAD);
        scenario.publish(new OrganisationRegistered(riverside, "Riverside University", OrganisationKind.UNIVERSITY))
                .andWaitForStateChange(() -> repository.organisationName(riverside), Optional::isPresent)
                .andVerify(name -> assertThat(name).contains("Riverside University"));
        RoleGranted granted = new RoleGranted(person.personId(), riverside, "Ada Lead", Role.INSTITUTION_LEAD);
        scenario.publish(granted)
                .andWaitForStateChange(() -> repository.leadsOf(riverside), leads -> !leads.isEmpty())
                .andVerify(leads -> assertThat(leads).extracting(Person::name).containsExactly("Ada Lead"));
        // The same grant again changes nothing; a researcher role is not kept.
        scenario.publish(granted)
                .andWaitForStateChange(() -> repository.leadsOf(riverside), leads -> leads.size() == 1)
                .andVerify(leads -> assertThat(leads).hasSize(1));
        scenario.publish(new RoleRevoked(person.personId(), riverside, Role.INSTITUTION_LEAD))
                .andWaitForStateChange(() -> repository.leadsOf(riverside), List::isEmpty)
                .andVerify(leads -> assertThat(leads).isEmpty());
    }

    // --- the story's steps -----------------------------------------------------------------------------

    NeedsAssessmentCompleted liceriaAssessment(UUID assessmentId) {
        return new NeedsAssessmentCompleted(assessmentId, new SupportRequestId(Ids.newId()), liceria,
                "Liceria University", "Help recruiting our first postdoc cohort", priya.personId(), Urgency.HIGH,
                "Supportive senior stakeholders; an experienced facilitator, Jo, with her own new session.",
                "Little knowledge of cohort application processes; no administrative support; little time.",
                List.of(new DecidedRoute(SupportRoute.TAILORED_GUIDANCE, "Guidance on attracting postdocs",
                                "From recruiting three diverse cohorts.", 6, null, null),
                        new DecidedRoute(SupportRoute.TAILORED_GUIDANCE, "Guidance on the assessment process",
                                "How to run an efficient assessment of applications.", 4, null, null),
                        new DecidedRoute(SupportRoute.TRAIN_THE_TRAINER,
                                "Online Train-the-Trainer for all reviewers of applications", "", 8, null, null)),
                18, "Tight timeline: the cohort starts in October.", start, Instant.now());
    }

    /** Publishes the assessment as the assessment module would, and waits for the draft with all its items. */
    AgreementId draftFor(Scenario scenario, NeedsAssessmentCompleted assessment) {
        var found = new java.util.concurrent.atomic.AtomicReference<AgreementId>();
        scenario.publish(assessment)
                .andWaitForStateChange(() -> repository.agreementForAssessment(assessment.assessmentId())
                        .filter(id -> repository.find(id).map(a -> a.support().size() == assessment.routes().size())
                                .orElse(false)), Optional::isPresent)
                .andVerify(id -> found.set(id.orElseThrow()));
        return found.get();
    }

    /** Liceria's draft with Jo's two contributions added by Jo. */
    AgreementId draftWithJosReciprocation(Scenario scenario) {
        AgreementId id = draftFor(scenario, liceriaAssessment(UUID.randomUUID()));
        as(jo, () -> {
            agreements.addItem(id, version(id), Side.RECIPROCATION, withResponsible(reciprocationItem(
                    "Dealing with failure: slide deck and facilitator notes", ReciprocationType.NEW_MATERIALS, 6,
                    start.plusWeeks(1))));
            agreements.addItem(id, version(id), Side.RECIPROCATION, withResponsible(reciprocationItem(
                    "Recorded Train-the-Trainer session on dealing with failure", ReciprocationType.NEW_MATERIALS, 4,
                    start.plusWeeks(4))));
        });
        return id;
    }

    AgreementId agreedAgreement(Scenario scenario) {
        AgreementId id = draftWithJosReciprocation(scenario);
        as(jo, () -> agreements.propose(id, version(id)));
        as(priya, () -> agreements.accept(id, 1));
        as(jo, () -> agreements.accept(id, 1));
        return id;
    }

    void deliverEverythingBut(AgreementId id, UUID keepOpen) {
        AgreementDetails agreement = as(priya, () -> agreements.get(id));
        for (Item item : agreement.items()) {
            if (item.id().equals(keepOpen)) {
                continue;
            }
            if (item.side() == Side.SUPPORT) {
                as(priya, () -> agreements.complete(id, item.id(), note("Delivered: " + item.title())));
            } else {
                as(jo, () -> agreements.complete(id, item.id(), joDelivers()));
            }
        }
    }

    ItemForm withResponsible(ItemForm form) {
        form.setResponsible(jo.personId());
        return form;
    }

    static ItemForm reciprocationItem(String title, ReciprocationType type, int hours, LocalDate due) {
        ItemForm form = new ItemForm();
        form.setTitle(title);
        form.setType(type);
        form.setEffortHours(hours);
        form.setDueDate(due);
        return form;
    }

    static ItemForm supportItem(String title, int hours, LocalDate due) {
        ItemForm form = new ItemForm();
        form.setTitle(title);
        form.setRoute(SupportRoute.CONSULTANCY_TIME);
        form.setEffortHours(hours);
        form.setDueDate(due);
        return form;
    }

    static CompletionForm note(String text) {
        CompletionForm form = new CompletionForm();
        form.setNote(text);
        return form;
    }

    static CompletionForm joDelivers() {
        CompletionForm form = new CompletionForm();
        form.setLinks(List.of(new LinkForm("Slides", "https://files.liceria.example/dealing-with-failure.pptx")));
        form.setAttribution("Jo Whitfield, Liceria University");
        return form;
    }

    int version(AgreementId id) {
        return repository.find(id).orElseThrow().version();
    }

    static Clock clockAt(LocalDate day) {
        return Clock.fixed(day.atTime(7, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
    }

    static List<AgreementItemDue> dueEvents(AssertablePublishedEvents events, AgreementId id) {
        return listOf(events.ofType(AgreementItemDue.class).matching(e -> e.agreementId().equals(id)));
    }

    static <T> List<T> listOf(Iterable<T> events) {
        return java.util.stream.StreamSupport.stream(events.spliterator(), false).toList();
    }
}
