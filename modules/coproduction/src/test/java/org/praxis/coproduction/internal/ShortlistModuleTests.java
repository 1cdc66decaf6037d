package org.praxis.coproduction.internal;

import praxis.testsupport.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.praxis.coproduction.events.ApplicationDecided;
import org.praxis.coproduction.events.ApplicationId;
import org.praxis.coproduction.events.CoproducerAppointed;
import org.praxis.coproduction.events.WaveId;
import org.praxis.coproduction.internal.CoproductionViews.Criterion;
import org.praxis.platform.InvalidInputException;
import org.praxis.platform.NotFoundException;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.ProblemException;
import org.praxis.platform.notices.NoticeRequested;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionOperations;
import praxis.testsupport.PraxisModuleTest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.praxis.coproduction.internal.CoproductionFixtures.known;
import static org.praxis.coproduction.internal.CoproductionFixtures.member;
import static org.praxis.coproduction.internal.CoproductionFixtures.reviewer;
import static org.praxis.coproduction.internal.CoproductionFixtures.team;
import static org.praxis.coproduction.internal.CoproductionFixtures.wave;
import static praxis.testsupport.TestUsers.as;

/**
 * Blind shortlisting: reviewers score answers without knowing who sent them, and nobody reviewing an application
 * sees who sent it before every score is in, not even a reviewer on the team; differing scores are moderated;
 * the applicant reads the reason for the decision.
 */
@PraxisModuleTest
@Import(MutableClock.Configuration.class)
class ShortlistModuleTests {

    @Autowired WaveService waves;
    @Autowired ApplicationService applications;
    @Autowired ShortlistService shortlist;
    @Autowired JooqPeopleRepository people;
    @Autowired TransactionOperations transactions;
    @Autowired MutableClock clock;

    final PraxisUser ruth = team("Ruth Okafor");
    final PraxisUser tom = team("Tom Reyes");
    final PraxisUser mandy = reviewer("Mandy Lee");
    final PraxisUser isaac = reviewer("Isaac Green");
    final PraxisUser sam = member("Sam Patel");
    WaveId wave;
    ApplicationId application;
    List<Criterion> criteria;

    @BeforeEach
    void sentApplication() {
        clock.set(MutableClock.Configuration.START);
        known(transactions, people, ruth, tom, mandy, isaac, sam);
        wave = as(ruth, () -> waves.open(wave("Co-producers, wave 2")));
        criteria = as(ruth, () -> waves.wave(wave)).criteria();
        application = as(sam, () -> applications.start(wave, new ApplicationForm("sam@example.org",
                "I am a carer and I live with a disability", AnswerFormat.WRITTEN, "I have chaired a patient panel.",
                "", java.util.Set.of(Adjustment.LARGE_PRINT), "")));
        as(sam, () -> applications.submit(application, 0));
    }

    Map<UUID, Integer> scores(int first, int second) {
        return Map.of(criteria.get(0).id(), first, criteria.get(1).id(), second);
    }

    @Test
    void reviewersSeeTheAnswerButNeverWhoSentItUntilEveryScoreIsIn(AssertablePublishedEvents events) {
        as(ruth, () -> shortlist.assignReviewers(application, List.of(mandy.personId(), tom.personId())));

        var blind = as(mandy, () -> shortlist.blindApplication(application));
        assertThat(blind.writtenAnswer()).isEqualTo("I have chaired a patient panel.");
        assertThat(blind.toString()).doesNotContain(sam.displayName(), "sam@example.org", "carer", "LARGE_PRINT");
        // A reviewer who is not on the team cannot ask for the full application at all...
        assertThatThrownBy(() -> as(mandy, () -> shortlist.application(application)))
                .isInstanceOf(AccessDeniedException.class);
        // ...and a team member reviewing it is refused who sent it, and sees no name in the list, until scores are in.
        assertThatThrownBy(() -> as(tom, () -> shortlist.application(application)))
                .isInstanceOf(ProblemException.class).hasMessageContaining("identity-hidden-until-scored");
        assertThat(as(tom, () -> shortlist.applications(wave))).singleElement()
                .satisfies(line -> assertThat(line.applicantName()).isNull());
        // Someone not reviewing it (and not reviewing blind) sees it as the team always does.
        assertThat(as(ruth, () -> shortlist.application(application)).applicantName()).isEqualTo(sam.displayName());
        // A reviewer who was not given it finds nothing.
        assertThatThrownBy(() -> as(isaac, () -> shortlist.blindApplication(application)))
                .isInstanceOf(NotFoundException.class);

        as(mandy, () -> shortlist.score(application, scores(4, 4), "Clear and warm"));
        assertThatThrownBy(() -> as(tom, () -> shortlist.application(application)))
                .isInstanceOf(ProblemException.class);
        assertThat(events.ofType(NoticeRequested.class)).isEmpty();
        as(tom, () -> shortlist.score(application, scores(3, 4), ""));

        assertThat(as(tom, () -> shortlist.application(application)).applicantName()).isEqualTo(sam.displayName());
        assertThat(events.ofType(NoticeRequested.class).matching(n -> n.noticeKey()
                .equals("coproduction:scores-in:" + application))).hasSize(1);
    }

    @Test
    void scoresMustCoverEveryCriterionWithinItsRangeAndAreGivenOnce() {
        as(ruth, () -> shortlist.assignReviewers(application, List.of(mandy.personId(), isaac.personId())));
        assertThatThrownBy(() -> as(mandy, () -> shortlist.score(application, Map.of(criteria.get(0).id(), 9), "")))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).problems())
                .isEqualTo(List.of("coproduction.validation.score-out-of-range", "coproduction.validation.score-required"));
        as(mandy, () -> shortlist.score(application, scores(2, 2), ""));
        assertThatThrownBy(() -> as(mandy, () -> shortlist.score(application, scores(5, 5), "")))
                .isInstanceOf(ProblemException.class).hasMessageContaining("already-scored");
        assertThatThrownBy(() -> as(ruth, () -> shortlist.assignReviewers(application, List.of(sam.personId()))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("reviewer-is-applicant");
    }

    @Test
    void widelyDifferingScoresAreModeratedBeforeADecisionTheApplicantCanRead(AssertablePublishedEvents events) {
        as(ruth, () -> shortlist.assignReviewers(application, List.of(mandy.personId(), isaac.personId())));
        DecisionForm appoint = new DecisionForm(ApplicationStatus.APPOINTED,
                "Your answer showed how you bring people together.", LocalDate.of(2027, 2, 1));
        assertThatThrownBy(() -> as(ruth, () -> shortlist.decide(application, 1, appoint)))
                .isInstanceOf(ProblemException.class).hasMessageContaining("scores-not-in");
        as(mandy, () -> shortlist.score(application, scores(5, 5), ""));
        as(isaac, () -> shortlist.score(application, scores(1, 2), ""));

        assertThat(as(ruth, () -> shortlist.application(application)).needsModeration()).isTrue();
        assertThatThrownBy(() -> as(ruth, () -> shortlist.decide(application, 1, appoint)))
                .isInstanceOf(ProblemException.class).hasMessageContaining("moderation-needed");
        as(ruth, () -> shortlist.moderate(application, 8, "We talked it through; the panel example is strong."));
        assertThatThrownBy(() -> as(ruth, () -> shortlist.decide(application, 1,
                new DecisionForm(ApplicationStatus.APPOINTED, " ", null))))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).problems())
                .isEqualTo(List.of("coproduction.validation.agreement-required", "coproduction.validation.reason-required"));

        as(ruth, () -> shortlist.decide(application, 1, appoint));

        var mine = as(sam, () -> applications.myApplication(application));
        assertThat(mine.status()).isEqualTo(ApplicationStatus.APPOINTED);
        assertThat(mine.decisionReason()).isEqualTo("Your answer showed how you bring people together.");
        assertThat(events.ofType(ApplicationDecided.class).matching(ApplicationDecided::appointed)).hasSize(1);
        assertThat(events.ofType(CoproducerAppointed.class)
                .matching(e -> e.agreementFrom().equals(LocalDate.of(2027, 2, 1)))).hasSize(1);
        assertThat(events.ofType(NoticeRequested.class).matching(n -> n.noticeKey()
                .equals("coproduction:application-appointed:" + application))).hasSize(1);
    }
}
