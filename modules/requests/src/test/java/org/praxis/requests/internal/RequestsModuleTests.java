package org.praxis.requests.internal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.praxis.identity.events.OrganisationKind;
import org.praxis.identity.events.OrganisationRegistered;
import org.praxis.platform.ConcurrentChangeException;
import org.praxis.platform.InvalidInputException;
import org.praxis.platform.NotFoundException;
import org.praxis.platform.OrganisationId;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.ProblemException;
import org.praxis.platform.Role;
import org.praxis.requests.events.DeliveryMode;
import org.praxis.requests.events.Need;
import org.praxis.requests.events.SupportRequestId;
import org.praxis.requests.events.SupportRequestSubmitted;
import org.praxis.requests.events.SupportRequestWithdrawn;
import org.praxis.requests.events.RelatedPage;
import org.praxis.requests.events.SupportRequestLinked;
import org.praxis.requests.events.SupportRequestProgressed;
import org.praxis.requests.events.RequestStage;
import org.praxis.requests.internal.RequestViews.QueueFilter;
import org.praxis.platform.notices.Audience;
import org.praxis.platform.notices.NoticeArgument;
import org.praxis.platform.notices.NoticeRequested;
import org.praxis.platform.notices.NoticeResolved;
import org.springframework.beans.factory.annotation.Autowired;
import praxis.testsupport.PraxisModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.security.access.AccessDeniedException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static praxis.testsupport.TestUsers.as;
import static praxis.testsupport.TestUsers.newOrganisation;
import static praxis.testsupport.TestUsers.signIn;
import static praxis.testsupport.TestUsers.signOut;
import static praxis.testsupport.TestUsers.user;

/**
 * The requests module on its own (with the platform), against a real PostgreSQL: the life of a
 * request, the events it publishes, the read model it keeps, and every refusal.
 */
@PraxisModuleTest
class RequestsModuleTests {

    @Autowired
    SupportRequestService requests;

    @Autowired
    JooqSupportRequestRepository repository;

    @Autowired
    I18NProvider texts;

    final OrganisationId liceria = newOrganisation();
    final OrganisationId northbridge = newOrganisation();
    final PraxisUser jo = user("Jo Whitfield", liceria, Role.INSTITUTION_LEAD);
    final PraxisUser sam = user("Sam Okafor", northbridge, Role.INSTITUTION_LEAD);
    final PraxisUser priya = user("Priya Shah", newOrganisation(), Role.PROGRAMME_TEAM);
    final PraxisUser lena = user("Lena Novak", liceria, Role.RESEARCHER);

    @AfterEach
    void signOutEveryone() {
        signOut();
    }

    static SupportRequestForm liceriaCohortRequest() {
        SupportRequestForm form = new SupportRequestForm();
        form.setTitle("Help recruiting our first postdoc cohort");
        form.setMode(DeliveryMode.RUN_COHORT);
        form.setHas(Set.of(org.praxis.requests.events.Capacity.SENIOR_SUPPORT,
                org.praxis.requests.events.Capacity.FACILITATORS));
        form.setLacks(Set.of(Need.KNOWLEDGE, Need.ADMIN_SUPPORT, Need.TIME));
        form.setContext("We launch a cohort in October; we lack knowledge of cohort application processes.");
        form.setTimelineStart(LocalDate.now().plusMonths(2));
        form.setContactName("Jo Whitfield");
        form.setContactEmail("jo@liceria.example");
        return form;
    }

    @Test
    void submittingAPublishesEverythingAnAssessorNeeds(Scenario scenario) {
        signIn(jo);
        SupportRequestId id = requests.createDraft(liceriaCohortRequest());

        scenario.stimulate(() -> requests.submit(id, 0))
                .andWaitForEventOfType(SupportRequestSubmitted.class)
                .matching(event -> event.requestId().equals(id))
                .toArriveAndVerify(event -> {
                    assertThat(event.organisationId()).isEqualTo(liceria);
                    assertThat(event.submittedBy()).isEqualTo(jo.personId());
                    assertThat(event.mode()).isEqualTo(DeliveryMode.RUN_COHORT);
                    assertThat(event.lacks()).containsExactlyInAnyOrder(Need.KNOWLEDGE, Need.ADMIN_SUPPORT, Need.TIME);
                    assertThat(event.timelineStart()).isEqualTo(LocalDate.now().plusMonths(2));
                    assertThat(event.title()).isEqualTo("Help recruiting our first postdoc cohort");
                });

        var details = requests.get(id);
        assertThat(details.status()).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(details.history()).extracting(RequestViews.StatusChange::status)
                .containsExactly(RequestStatus.DRAFT, RequestStatus.SUBMITTED);
    }

    @Test
    void withdrawingPublishesTheReason(Scenario scenario) {
        signIn(jo);
        SupportRequestId id = requests.createDraft(liceriaCohortRequest());
        requests.submit(id, 0);

        scenario.stimulate(() -> requests.withdraw(id, 1, "We found funding for an external provider"))
                .andWaitForEventOfType(SupportRequestWithdrawn.class)
                .matching(event -> event.requestId().equals(id))
                .toArriveAndVerify(event -> assertThat(event.reason()).isEqualTo("We found funding for an external provider"));
        assertThat(requests.get(id).status()).isEqualTo(RequestStatus.WITHDRAWN);
    }

    @Test
    void keepsOrganisationNamesFromIdentityEvents(Scenario scenario) {
        OrganisationId id = newOrganisation();
        scenario.publish(new OrganisationRegistered(id, "Liceria University", OrganisationKind.UNIVERSITY))
                .andWaitForStateChange(() -> repository.organisationName(id), Optional::isPresent)
                .andVerify(name -> assertThat(name).contains("Liceria University"));
        // Handling the same event again changes nothing (listeners are idempotent).
        scenario.publish(new OrganisationRegistered(id, "Liceria University", OrganisationKind.UNIVERSITY))
                .andWaitForStateChange(() -> repository.organisationName(id), Optional::isPresent)
                .andVerify(name -> assertThat(name).contains("Liceria University"));
    }

    @Test
    void aLeadCannotSeeOrTouchAnotherOrganisationsRequest() {
        SupportRequestId id = as(jo, () -> requests.createDraft(liceriaCohortRequest()));
        as(jo, () -> requests.submit(id, 0));

        signIn(sam);
        assertThatThrownBy(() -> requests.get(id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> requests.withdraw(id, 1, "not mine")).isInstanceOf(NotFoundException.class);
        assertThat(requests.myOrganisationRequests()).extracting(RequestViews.RequestSummary::id).doesNotContain(id);
        assertThat(as(jo, () -> requests.get(id).status())).isEqualTo(RequestStatus.SUBMITTED);
    }

    @Test
    void theTeamSeesSubmittedRequestsButNotDrafts() {
        SupportRequestId draft = as(jo, () -> requests.createDraft(liceriaCohortRequest()));
        SupportRequestId submitted = as(jo, () -> requests.createDraft(liceriaCohortRequest()));
        as(jo, () -> requests.submit(submitted, 0));

        signIn(priya);
        assertThat(requests.queue(QueueFilter.none(), 0, 100)).extracting(RequestViews.RequestSummary::id)
                .contains(submitted).doesNotContain(draft);
        assertThatThrownBy(() -> requests.get(draft)).isInstanceOf(NotFoundException.class);
        assertThat(requests.get(submitted).content().getTitle()).isEqualTo("Help recruiting our first postdoc cohort");
        assertThat(requests.queue(new QueueFilter(null, DeliveryMode.PROMOTE_TO_MANAGERS, null), 0, 100))
                .extracting(RequestViews.RequestSummary::id).doesNotContain(submitted);
        assertThat(requests.countQueue(new QueueFilter(RequestStatus.SUBMITTED, DeliveryMode.RUN_COHORT, "first postdoc")))
                .isGreaterThanOrEqualTo(1);
        assertThat(requests.countQueue(new QueueFilter(null, null, "no request says 100%_this"))).isZero();
    }

    @Test
    void onlyTheRightRolesMayCallTheService() {
        signIn(lena);
        assertThatThrownBy(() -> requests.queue(QueueFilter.none(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> requests.createDraft(liceriaCohortRequest())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> requests.myOrganisationRequests()).isInstanceOf(AccessDeniedException.class);
        signIn(jo);
        assertThatThrownBy(() -> requests.queue(QueueFilter.none(), 0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aSubmittedRequestCannotBeSubmittedAgainOrEdited() {
        signIn(jo);
        SupportRequestId id = requests.createDraft(liceriaCohortRequest());
        requests.submit(id, 0);

        assertThatThrownBy(() -> requests.submit(id, 1)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("requests.error.already-submitted");
        SupportRequestForm changed = liceriaCohortRequest();
        changed.setTitle("Changed after submission");
        assertThatThrownBy(() -> requests.updateDraft(id, 1, changed)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("requests.error.not-editable");
        assertThat(requests.get(id).content().getTitle()).isEqualTo("Help recruiting our first postdoc cohort");
        assertThat(requests.get(id).history()).hasSize(2);
    }

    @Test
    void anIncompleteOrPastDatedRequestIsNotSubmittedAndNothingChanges() {
        signIn(jo);
        SupportRequestForm form = liceriaCohortRequest();
        form.setTimelineStart(LocalDate.now().minusDays(1));
        form.setContactEmail("");
        SupportRequestId id = requests.createDraft(form);

        assertThatThrownBy(() -> requests.submit(id, 0))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .containsExactly("requests.validation.start-in-past", "requests.validation.contact-email-required"));
        var details = requests.get(id);
        assertThat(details.status()).isEqualTo(RequestStatus.DRAFT);
        assertThat(details.version()).isZero();
        assertThat(details.history()).hasSize(1);
    }

    @Test
    void textOverTheLimitsIsRefusedAndNothingIsSaved() {
        signIn(jo);
        int before = requests.myOrganisationRequests().size();
        SupportRequestForm form = liceriaCohortRequest();
        form.setTitle("t".repeat(151));
        form.setContext("c".repeat(4001));
        assertThatThrownBy(() -> requests.createDraft(form))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .containsExactly("requests.validation.title-too-long", "requests.validation.context-too-long"));
        assertThat(requests.myOrganisationRequests()).hasSize(before);
    }

    @Test
    void concurrentEditsAreCaughtNotLost() {
        signIn(jo);
        SupportRequestId id = requests.createDraft(liceriaCohortRequest());
        SupportRequestForm first = liceriaCohortRequest();
        first.setTitle("First person's title");
        SupportRequestForm second = liceriaCohortRequest();
        second.setTitle("Second person's title");

        requests.updateDraft(id, 0, first);
        assertThatThrownBy(() -> requests.updateDraft(id, 0, second)).isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> requests.submit(id, 0)).isInstanceOf(ConcurrentChangeException.class);
        assertThat(requests.get(id).content().getTitle()).isEqualTo("First person's title");
        assertThat(requests.get(id).status()).isEqualTo(RequestStatus.DRAFT);
    }

    @Test
    void withdrawingNeedsAReasonAndASubmittedRequest() {
        signIn(jo);
        SupportRequestId id = requests.createDraft(liceriaCohortRequest());
        assertThatThrownBy(() -> requests.withdraw(id, 0, "changed our minds"))
                .isInstanceOf(ProblemException.class).hasMessageContaining("requests.error.not-withdrawable");
        requests.submit(id, 0);
        assertThatThrownBy(() -> requests.withdraw(id, 1, "   "))
                .isInstanceOf(ProblemException.class).hasMessageContaining("requests.validation.withdraw-reason-required");
        assertThat(requests.get(id).status()).isEqualTo(RequestStatus.SUBMITTED);
    }

    @Test
    void followsTheProgressOtherModulesReport(Scenario scenario) {
        SupportRequestId id = as(jo, () -> requests.createDraft(liceriaCohortRequest()));
        as(jo, () -> requests.submit(id, 0));
        Instant assessedAt = Instant.now();
        SupportRequestProgressed assessed = new SupportRequestProgressed(id, RequestStage.ASSESSED,
                "Tailored guidance and a Train-the-Trainer session", assessedAt);

        scenario.publish(assessed)
                .andWaitForStateChange(() -> as(jo, () -> requests.get(id).status()), s -> s == RequestStatus.ASSESSED)
                .andVerify(status -> assertThat(status).isEqualTo(RequestStatus.ASSESSED));
        // The same report delivered twice is recorded once.
        scenario.publish(assessed)
                .andWaitForStateChange(() -> as(jo, () -> requests.get(id).history().size()), size -> size >= 3)
                .andVerify(size -> assertThat(size).isEqualTo(3));
        var history = as(jo, () -> requests.get(id).history());
        assertThat(history).extracting(RequestViews.StatusChange::status)
                .containsExactly(RequestStatus.DRAFT, RequestStatus.SUBMITTED, RequestStatus.ASSESSED);
        assertThat(history.getLast().note()).isEqualTo("Tailored guidance and a Train-the-Trainer session");
        // Decided requests can no longer be withdrawn.
        assertThatThrownBy(() -> as(jo, () -> requests.withdraw(id, 2, "too late")))
                .isInstanceOf(ProblemException.class).hasMessageContaining("requests.error.not-withdrawable");
    }

    @Test
    void leadsToThePagesOtherModulesSayBelongToIt(Scenario scenario) {
        SupportRequestId id = as(jo, () -> requests.createDraft(liceriaCohortRequest()));
        as(jo, () -> requests.submit(id, 0));
        SupportRequestLinked agreement = new SupportRequestLinked(id, RelatedPage.AGREEMENT, "agreements/42", Instant.now());

        scenario.publish(agreement)
                .andWaitForStateChange(() -> as(jo, () -> requests.get(id).related()), related -> !related.isEmpty())
                .andVerify(related -> assertThat(related)
                        .containsExactly(new RequestViews.RelatedPageLink(RelatedPage.AGREEMENT, "agreements/42")));
        // Told twice, kept once; a request nobody knows is not invented.
        scenario.publish(agreement).andWaitForStateChange(() -> true);
        scenario.publish(new SupportRequestLinked(new SupportRequestId(java.util.UUID.randomUUID()), RelatedPage.RESOURCE,
                "hub/resources/1", Instant.now())).andWaitForStateChange(() -> true);
        org.awaitility.Awaitility.await().pollDelay(java.time.Duration.ofMillis(300)).until(() -> true);
        assertThat(as(jo, () -> requests.get(id).related())).hasSize(1);
        assertThat(as(jo, () -> requests.get(id).has(RelatedPage.AGREEMENT))).isTrue();
    }

    @Test
    void aWithdrawnRequestIgnoresLaterProgress(Scenario scenario) {
        SupportRequestId id = as(jo, () -> requests.createDraft(liceriaCohortRequest()));
        as(jo, () -> requests.submit(id, 0));
        as(jo, () -> requests.withdraw(id, 1, "No longer needed"));
        scenario.publish(new SupportRequestProgressed(id, RequestStage.IN_ASSESSMENT, "", Instant.now()))
                .andWaitForStateChange(() -> as(jo, () -> requests.get(id).status()))
                .andVerify(status -> assertThat(status).isEqualTo(RequestStatus.WITHDRAWN));
    }

    // --- notices --------------------------------------------------------------------------------------

    @Test
    void submittingTellsTheProgrammeTeamInTheModulesOwnWordsAndNothingElseTellsAnyone(AssertablePublishedEvents events) {
        repository.upsertOrganisation(liceria, "Liceria University");
        signIn(jo);
        SupportRequestId id = requests.createDraft(liceriaCohortRequest());
        SupportRequestForm changed = liceriaCohortRequest();
        changed.setTitle("Help recruiting our first postdoc cohort, from October");
        requests.updateDraft(id, 0, changed);
        assertThat(notices(events)).as("drafts tell nobody").isEmpty();

        requests.submit(id, 1);
        NoticeRequested submitted = NoticeRequested.of("requests:request-submitted:" + id,
                Audience.holdersOf(Role.PROGRAMME_TEAM), "requests.notice.request-submitted", "requests/" + id,
                NoticeArgument.text("Help recruiting our first postdoc cohort, from October"),
                NoticeArgument.text("Liceria University"));
        assertThat(notices(events)).containsExactly(submitted);
        assertThat(texts.getTranslation(submitted.messageKey(), Locale.UK, "Help recruiting", "Liceria University"))
                .isEqualTo("A new support request to assess: \"Help recruiting\" from Liceria University");

        // Withdrawing tells nobody (the team sees it in the queue); a refused submission tells nobody either.
        requests.withdraw(id, 2, "We found funding for an external provider");
        assertThatThrownBy(() -> requests.submit(id, 3)).isInstanceOf(ProblemException.class);
        assertThat(notices(events)).containsExactly(submitted);
        // ... but the team's "a request to assess" is no longer waiting for anyone.
        assertThat(events.ofType(NoticeResolved.class))
                .containsExactly(NoticeResolved.forEveryone("requests:request-submitted:" + id));
    }

    private static List<NoticeRequested> notices(AssertablePublishedEvents events) {
        return java.util.stream.StreamSupport.stream(events.ofType(NoticeRequested.class).spliterator(), false).toList();
    }
}
