package org.praxis.assessment.internal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.praxis.assessment.events.AssessorAssigned;
import org.praxis.assessment.events.NeedsAssessmentCompleted;
import org.praxis.assessment.events.SupportRequestDeclined;
import org.praxis.assessment.events.SupportRoute;
import org.praxis.assessment.events.Urgency;
import org.praxis.identity.events.RoleGranted;
import org.praxis.platform.ConcurrentChangeException;
import org.praxis.platform.Ids;
import org.praxis.platform.InvalidInputException;
import org.praxis.platform.OrganisationId;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.ProblemException;
import org.praxis.platform.Role;
import org.praxis.requests.events.Capacity;
import org.praxis.requests.events.DeliveryMode;
import org.praxis.requests.events.Need;
import org.praxis.requests.events.RequestStage;
import org.praxis.requests.events.SupportRequestId;
import org.praxis.requests.events.SupportRequestProgressed;
import org.praxis.requests.events.SupportRequestSubmitted;
import org.praxis.requests.events.SupportRequestWithdrawn;
import org.praxis.platform.notices.Audience;
import org.praxis.platform.notices.NoticeArgument;
import org.praxis.platform.notices.NoticeRequested;
import org.springframework.beans.factory.annotation.Autowired;
import com.vaadin.flow.i18n.I18NProvider;
import praxis.testsupport.PraxisModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
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
 * Needs assessment on its own: the queue fed by request events, assigning, suggestions from the
 * seeded rules, completing with routes, declining, and the refusals.
 */
@PraxisModuleTest
class AssessmentModuleTests {

    @Autowired
    AssessmentService assessments;

    @Autowired
    JooqAssessmentRepository repository;

    @Autowired
    I18NProvider texts;

    final OrganisationId liceria = newOrganisation();
    final PraxisUser priya = user("Priya Shah", newOrganisation(), Role.PROGRAMME_TEAM);
    final PraxisUser jo = user("Jo Whitfield", liceria, Role.INSTITUTION_LEAD);

    @AfterEach
    void signOutEveryone() {
        signOut();
    }

    SupportRequestSubmitted liceriaSubmits(OrganisationId organisation, String organisationName, DeliveryMode mode) {
        return new SupportRequestSubmitted(new SupportRequestId(Ids.newId()), organisation, organisationName,
                jo.personId(), "Help recruiting our first postdoc cohort", mode, null,
                Set.of(Capacity.SENIOR_SUPPORT, Capacity.FACILITATORS), Set.of(Need.KNOWLEDGE, Need.ADMIN_SUPPORT, Need.TIME),
                "Launching in October; no admin support secured.", LocalDate.now().plusWeeks(10), null, "",
                "", "Jo Whitfield", "jo@liceria.example", Instant.now());
    }

    /** Delivers the request and the assessor's role the way the other modules would, and waits for both. */
    SupportRequestId arrive(Scenario scenario, SupportRequestSubmitted submitted) {
        scenario.publish(new RoleGranted(priya.personId(), priya.organisationId(), "Priya Shah", Role.PROGRAMME_TEAM))
                .andWaitForStateChange(() -> repository.assessor(priya.personId()), Optional::isPresent)
                .andVerify(assessor -> assertThat(assessor).isPresent());
        scenario.publish(submitted)
                .andWaitForStateChange(() -> repository.find(submitted.requestId()), Optional::isPresent)
                .andVerify(found -> assertThat(found).isPresent());
        return submitted.requestId();
    }

    AssessmentForm liceriaAssessment() {
        AssessmentForm form = new AssessmentForm();
        form.setStrengths("Senior support and an experienced facilitator, Jo.");
        form.setGaps("Knowledge of cohort application processes; no administrative support; little time.");
        form.setUrgency(Urgency.HIGH);
        form.setRoutes(List.of(
                new RouteDraft(SupportRoute.TAILORED_GUIDANCE, "Guidance on postdoc attraction and the assessment process",
                        "", 4, null, null),
                new RouteDraft(SupportRoute.TRAIN_THE_TRAINER, "Online Train-the-Trainer for all reviewers of applications",
                        "", 8, null, null)));
        form.setRationale("Based on recruiting three diverse cohorts, this gets Liceria ready for October.");
        return form;
    }

    @Test
    void aSubmittedRequestJoinsTheQueueOnceAndARedeliveryChangesNothing(Scenario scenario) {
        SupportRequestSubmitted submitted = liceriaSubmits(liceria, "Liceria University", DeliveryMode.RUN_COHORT);
        SupportRequestId id = arrive(scenario, submitted);
        scenario.publish(submitted).andWaitForStateChange(() -> repository.find(id)).andVerify(found ->
                assertThat(found.orElseThrow().status()).isEqualTo(AssessmentStatus.AWAITING));

        signIn(priya);
        assertThat(assessments.queue(AssessmentStatus.AWAITING, 0, 100)).extracting(AssessmentViews.QueueRow::requestId)
                .containsOnlyOnce(id);
        assertThat(assessments.get(id).request().lacks()).contains(Need.KNOWLEDGE);
    }

    @Test
    void theLiceriaAssessmentCompletesWithItsRoutes(Scenario scenario) {
        SupportRequestId id = arrive(scenario, liceriaSubmits(liceria, "Liceria University", DeliveryMode.RUN_COHORT));
        signIn(priya);

        // The seeded rules suggest what the framework's example decided, each with a reason.
        assertThat(assessments.suggestions(id)).extracting(AssessmentViews.Suggestion::route)
                .contains(SupportRoute.TAILORED_GUIDANCE, SupportRoute.TRAIN_THE_TRAINER);
        assertThat(assessments.suggestions(id)).allSatisfy(s -> assertThat(s.reason()).isNotBlank());
        assertThat(assessments.suggestedUrgency(id)).isEqualTo(Urgency.MEDIUM);

        scenario.stimulate(() -> assessments.assignAssessor(id, 0, priya.personId()))
                .andWaitForEventOfType(SupportRequestProgressed.class)
                .matching(e -> e.requestId().equals(id) && e.stage() == RequestStage.IN_ASSESSMENT)
                .toArrive();
        assertThat(assessments.get(id).assessorName()).isEqualTo("Priya Shah");

        scenario.stimulate(() -> assessments.complete(id, 1, liceriaAssessment()))
                .andWaitForEventOfType(NeedsAssessmentCompleted.class)
                .matching(e -> e.requestId().equals(id))
                .toArriveAndVerify(e -> {
                    assertThat(e.organisationId()).isEqualTo(liceria);
                    assertThat(e.routes()).extracting(r -> r.route())
                            .containsExactly(SupportRoute.TAILORED_GUIDANCE, SupportRoute.TRAIN_THE_TRAINER);
                    assertThat(e.totalEffortHours()).isEqualTo(12);
                    assertThat(e.urgency()).isEqualTo(Urgency.HIGH);
                    assertThat(e.assessor()).isEqualTo(priya.personId());
                });
        assertThat(assessments.get(id).status()).isEqualTo(AssessmentStatus.COMPLETED);
        assertThatThrownBy(() -> assessments.save(id, 3, liceriaAssessment()))
                .isInstanceOf(ProblemException.class).hasMessageContaining("assessment.error.already-decided");
    }

    @Test
    void completingNeedsAnAssessorRoutesAndARationaleAndSavesNothingOtherwise(Scenario scenario) {
        SupportRequestId id = arrive(scenario, liceriaSubmits(liceria, "Liceria University", DeliveryMode.RUN_COHORT));
        signIn(priya);
        AssessmentForm empty = new AssessmentForm();
        assertThatThrownBy(() -> assessments.complete(id, 0, empty))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .containsExactly("assessment.validation.assessor-required", "assessment.validation.urgency-required",
                                "assessment.validation.routes-required", "assessment.validation.rationale-required"));
        AssessmentForm badRoute = liceriaAssessment();
        badRoute.setRoutes(List.of(new RouteDraft(SupportRoute.CONSULTANCY_TIME, "", "", -1, null, null)));
        assertThatThrownBy(() -> assessments.save(id, 0, badRoute)).isInstanceOf(InvalidInputException.class);
        var unchanged = assessments.get(id);
        assertThat(unchanged.status()).isEqualTo(AssessmentStatus.AWAITING);
        assertThat(unchanged.version()).isZero();
        assertThat(unchanged.assessment().getRoutes()).isEmpty();
    }

    @Test
    void declineTellsTheInstitutionWhy(Scenario scenario) {
        SupportRequestId id = arrive(scenario, liceriaSubmits(liceria, "Liceria University", DeliveryMode.OTHER));
        signIn(priya);
        assertThatThrownBy(() -> assessments.decline(id, 0, "  ")).isInstanceOf(InvalidInputException.class);
        scenario.stimulate(() -> assessments.decline(id, 0, "We cannot fund overseas travel; try the online sessions."))
                .andWaitForEventOfType(SupportRequestDeclined.class)
                .matching(e -> e.requestId().equals(id))
                .toArriveAndVerify(e -> assertThat(e.reasonForInstitution()).startsWith("We cannot fund"));
        assertThat(assessments.get(id).status()).isEqualTo(AssessmentStatus.DECLINED);
    }

    @Test
    void suggestsPeerInstitutionsWithSimilarAims(Scenario scenario) {
        OrganisationId northbridge = newOrganisation();
        arrive(scenario, liceriaSubmits(northbridge, "Northbridge University", DeliveryMode.RUN_COHORT));
        SupportRequestId id = arrive(scenario, liceriaSubmits(liceria, "Liceria University", DeliveryMode.RUN_COHORT));
        signIn(priya);
        assertThat(assessments.peerInstitutions(id))
                .anySatisfy(peer -> {
                    assertThat(peer.organisationName()).isEqualTo("Northbridge University");
                    assertThat(peer.sameMode()).isTrue();
                })
                .noneMatch(peer -> peer.organisationId().equals(liceria));
    }

    @Test
    void aWithdrawnRequestLeavesTheQueue(Scenario scenario) {
        SupportRequestId id = arrive(scenario, liceriaSubmits(liceria, "Liceria University", DeliveryMode.RUN_COHORT));
        scenario.publish(new SupportRequestWithdrawn(id, liceria, jo.personId(), "Found another way", Instant.now()))
                .andWaitForStateChange(() -> repository.find(id).orElseThrow().status(), s -> s == AssessmentStatus.WITHDRAWN)
                .andVerify(status -> assertThat(status).isEqualTo(AssessmentStatus.WITHDRAWN));
    }

    @Test
    void onlyTheProgrammeTeamAssesses(Scenario scenario) {
        SupportRequestId id = arrive(scenario, liceriaSubmits(liceria, "Liceria University", DeliveryMode.RUN_COHORT));
        signIn(jo);
        assertThatThrownBy(() -> assessments.get(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assessments.queue(null, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assessments.complete(id, 0, liceriaAssessment())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assessments.decline(id, 0, "no")).isInstanceOf(AccessDeniedException.class);
        assertThat(as(priya, () -> assessments.get(id).status())).isEqualTo(AssessmentStatus.AWAITING);
    }

    @Test
    void twoAssessorsSavingAtOnceCannotOverwriteEachOther(Scenario scenario) {
        SupportRequestId id = arrive(scenario, liceriaSubmits(liceria, "Liceria University", DeliveryMode.RUN_COHORT));
        signIn(priya);
        AssessmentForm first = liceriaAssessment();
        assessments.save(id, 0, first);
        AssessmentForm second = liceriaAssessment();
        second.setStrengths("Overwritten");
        assertThatThrownBy(() -> assessments.save(id, 0, second)).isInstanceOf(ConcurrentChangeException.class);
        assertThat(assessments.get(id).assessment().getStrengths()).startsWith("Senior support");
    }

    @Test
    void assigningPublishesWhoAssesses(Scenario scenario, AssertablePublishedEvents events) {
        SupportRequestId id = arrive(scenario, liceriaSubmits(liceria, "Liceria University", DeliveryMode.RUN_COHORT));
        signIn(priya);
        assessments.assignAssessor(id, 0, priya.personId());
        assertThat(events).contains(AssessorAssigned.class)
                .matching(e -> e.requestId().equals(id) && e.assessor().equals(priya.personId()));
        assertThatThrownBy(() -> assessments.assignAssessor(id, 1, jo.personId()))
                .isInstanceOf(ProblemException.class).hasMessageContaining("assessment.error.not-an-assessor");
    }

    // --- notices --------------------------------------------------------------------------------------

    @Test
    void theAssessorAndThenTheInstitutionsLeadsAreToldInTheModulesOwnWords(Scenario scenario,
                                                                          AssertablePublishedEvents events) {
        SupportRequestId id = arrive(scenario, liceriaSubmits(liceria, "Liceria University", DeliveryMode.RUN_COHORT));
        signIn(priya);

        assessments.assignAssessor(id, 0, priya.personId());
        AssessorAssigned assigned = single(events.ofType(AssessorAssigned.class).matching(e -> e.requestId().equals(id)));
        assertThat(notices(events)).containsExactly(NoticeRequested.of(
                "assessment:assessor-assigned:" + id + ":" + priya.personId() + ":" + assigned.at(),
                Audience.person(priya.personId()), "assessment.notice.assessor-assigned", "requests/" + id,
                NoticeArgument.text("Help recruiting our first postdoc cohort")));

        // Saving, and a completion that is refused, tell nobody.
        assessments.save(id, 1, liceriaAssessment());
        AssessmentForm noRationale = liceriaAssessment();
        noRationale.setRationale(" ");
        assertThatThrownBy(() -> assessments.complete(id, 2, noRationale)).isInstanceOf(InvalidInputException.class);
        assertThat(notices(events)).hasSize(1);

        java.util.UUID assessmentId = assessments.complete(id, 2, liceriaAssessment());
        NoticeRequested completed = NoticeRequested.of("assessment:assessment-completed:" + assessmentId,
                Audience.holdersOf(Role.INSTITUTION_LEAD, liceria), "assessment.notice.assessment-completed",
                "requests/" + id, NoticeArgument.text("Help recruiting our first postdoc cohort"));
        assertThat(notices(events)).hasSize(2).last().isEqualTo(completed);
        assertThat(texts.getTranslation(completed.messageKey(), Locale.UK, "Cohort recruitment")).isEqualTo(
                "A decision on your request \"Cohort recruitment\": the programme team has decided how to support you.");
    }

    @Test
    void aDeclineTellsTheInstitutionsLeadsThatTheRequestsPageSaysWhy(Scenario scenario, AssertablePublishedEvents events) {
        SupportRequestId id = arrive(scenario, liceriaSubmits(liceria, "Liceria University", DeliveryMode.OTHER));
        signIn(priya);
        assertThatThrownBy(() -> assessments.decline(id, 0, " ")).isInstanceOf(InvalidInputException.class);
        assertThat(notices(events)).as("a refused decline tells nobody").isEmpty();

        assessments.decline(id, 0, "We cannot fund overseas travel; try the online sessions.");
        SupportRequestDeclined declined = single(events.ofType(SupportRequestDeclined.class)
                .matching(e -> e.requestId().equals(id)));
        NoticeRequested notice = NoticeRequested.of("assessment:request-declined:" + id + ":" + declined.at(),
                Audience.holdersOf(Role.INSTITUTION_LEAD, liceria), "assessment.notice.request-declined",
                "requests/" + id, NoticeArgument.text("Help recruiting our first postdoc cohort"));
        assertThat(notices(events)).containsExactly(notice);
        assertThat(texts.getTranslation(notice.messageKey(), Locale.UK, "Embed the model")).isEqualTo(
                "A decision on your request \"Embed the model\": the programme team cannot support it this time. "
                        + "The request's page says why.");
    }

    private static List<NoticeRequested> notices(AssertablePublishedEvents events) {
        return java.util.stream.StreamSupport.stream(events.ofType(NoticeRequested.class).spliterator(), false).toList();
    }

    private static <T> T single(Iterable<T> events) {
        List<T> all = java.util.stream.StreamSupport.stream(events.spliterator(), false).toList();
        assertThat(all).hasSize(1);
        return all.getFirst();
    }
}
