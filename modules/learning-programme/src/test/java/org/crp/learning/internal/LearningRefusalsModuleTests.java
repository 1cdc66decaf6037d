package org.crp.learning.internal;

import praxis.testsupport.MutableClock;
import org.crp.learning.events.ApplicationId;
import org.crp.learning.events.FundingRequestId;
import org.crp.learning.events.ParticipantKind;
import org.crp.learning.events.ProgrammeRunId;
import org.crp.learning.events.SessionId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.praxis.platform.ConcurrentChangeException;
import org.praxis.platform.InvalidInputException;
import org.praxis.platform.NotFoundException;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.ProblemException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.transaction.support.TransactionOperations;
import praxis.testsupport.PraxisModuleTest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crp.learning.internal.LearningFixtures.application;
import static org.crp.learning.internal.LearningFixtures.applicationWithBursary;
import static org.crp.learning.internal.LearningFixtures.communityMember;
import static org.crp.learning.internal.LearningFixtures.facilitator;
import static org.crp.learning.internal.LearningFixtures.researcher;
import static org.crp.learning.internal.LearningFixtures.run;
import static org.crp.learning.internal.LearningFixtures.session;
import static org.crp.learning.internal.LearningFixtures.team;
import static praxis.testsupport.TestUsers.as;
import static praxis.testsupport.TestUsers.signIn;
import static praxis.testsupport.TestUsers.signOut;

/**
 * Who is refused what: someone else's application, a session of a run one is not selected for, a participant
 * trying the programme team's actions, a facilitator of another session, nobody signed in; and the rules that
 * stop a change (a second application, a grant above the request, a stale version, reflecting too early).
 */
@PraxisModuleTest
@Import(MutableClock.Configuration.class)
class LearningRefusalsModuleTests {

    @Autowired
    ProgrammeService programme;

    @Autowired
    SessionService sessions;

    @Autowired
    LearningLogService log;

    @Autowired
    FundingService funding;

    @Autowired
    MutableClock clock;

    @Autowired
    JooqPeopleRepository people;

    @Autowired
    TransactionOperations transactions;

    final PraxisUser priya = team();
    final PraxisUser kemi = communityMember("Kemi Adeyemi");
    final PraxisUser lena = researcher("Lena Novak");
    final PraxisUser chris = facilitator("Chris Byrne");
    final PraxisUser dana = facilitator("Dana Reid");

    ProgrammeRunId run;
    ApplicationId kemisApplication;
    SessionId session;

    /** A run where Kemi is selected and Lena waits; a session Chris facilitates. */
    @BeforeEach
    void kemiIsSelectedAndLenaWaits() {
        clock.set(MutableClock.Configuration.START);
        LearningFixtures.known(transactions, people, priya, chris, dana);
        run = as(priya, () -> programme.createRun(run("CRP refusals " + kemi.displayName())));
        kemisApplication = as(kemi, () -> {
            ApplicationId id = programme.startApplication(run, applicationWithBursary(new BigDecimal("80")));
            programme.submit(id, 0);
            return id;
        });
        ApplicationId lenasApplication = as(lena, () -> {
            ApplicationId id = programme.startApplication(run, application(ParticipantKind.RESEARCHER));
            programme.submit(id, 0);
            return id;
        });
        as(priya, () -> {
            programme.decide(kemisApplication, 1, new SelectionDecision(ApplicationStatus.SELECTED, ""));
            programme.decide(lenasApplication, 1, new SelectionDecision(ApplicationStatus.WAITING_LIST,
                    "The run is full for now; a place may come up in the spring."));
        });
        session = as(priya, () -> sessions.schedule(run, session("Starting well", chris.personId())));
    }

    @AfterEach
    void signOutEveryone() {
        signOut();
    }

    // --- applications are their applicant's own ------------------------------------------------------

    @Test
    void someoneElsesApplicationDoesNotExistForLena() {
        signIn(lena);
        assertThatThrownBy(() -> programme.application(kemisApplication)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> programme.withdraw(kemisApplication, 2)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> programme.updateDraft(kemisApplication, 2, application(ParticipantKind.RESEARCHER)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> programme.submit(kemisApplication, 2)).isInstanceOf(NotFoundException.class);
        assertThat(programme.myApplications()).extracting(LearningViews.ApplicationSummary::id)
                .doesNotContain(kemisApplication);
        assertThatThrownBy(() -> programme.certificatePdf(kemisApplication, CertificatePdfTests.TEXTS))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theProgrammeTeamDoesNotSeeDrafts() {
        PraxisUser sam = communityMember("Sam Okafor");
        ApplicationId draft = as(sam, () -> programme.startApplication(run, application(ParticipantKind.BROKER)));
        signIn(priya);
        assertThatThrownBy(() -> programme.application(draft)).isInstanceOf(NotFoundException.class);
        assertThat(programme.queue(run, null)).extracting(LearningViews.ApplicationSummary::id)
                .contains(kemisApplication).doesNotContain(draft);
    }

    @Test
    void oneLiveApplicationPerPersonAndRun() {
        signIn(kemi);
        assertThatThrownBy(() -> programme.startApplication(run, application(ParticipantKind.COMMUNITY_MEMBER)))
                .isInstanceOf(ProblemException.class).hasMessageContaining("learning.error.already-applied");
    }

    @Test
    void aSubmittedApplicationIsNotChangedAndAnIncompleteOneNotSent() {
        signIn(kemi);
        assertThatThrownBy(() -> programme.updateDraft(kemisApplication, 2, application(ParticipantKind.BROKER)))
                .hasMessageContaining("learning.error.not-editable");
        PraxisUser sam = communityMember("Sam Okafor");
        signIn(sam);
        ApplicationId empty = programme.startApplication(run, new ApplicationForm());
        assertThatThrownBy(() -> programme.submit(empty, 0)).isInstanceOfSatisfying(InvalidInputException.class,
                invalid -> assertThat(invalid.problems()).containsExactlyInAnyOrder("learning.validation.kind-required",
                        "learning.validation.partnership-required", "learning.validation.hopes-required"));
        assertThat(programme.application(empty).status()).isEqualTo(ApplicationStatus.DRAFT);
    }

    @Test
    void aRunClosedForApplicationsTakesNone() {
        ProgrammeRunId closed = as(priya, () -> {
            RunForm form = run("Closed run");
            form.setApplicationsOpen(false);
            return programme.createRun(form);
        });
        signIn(kemi);
        assertThatThrownBy(() -> programme.startApplication(closed, application(ParticipantKind.COMMUNITY_MEMBER)))
                .hasMessageContaining("learning.error.applications-closed");
    }

    // --- sessions are for their run's participants -------------------------------------------------

    @Test
    void lenaOnTheWaitingListCannotOpenTheSessionOrItsLink() {
        signIn(lena);
        assertThatThrownBy(() -> sessions.session(session)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> sessions.calendar(session)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> sessions.register(session)).isInstanceOf(NotFoundException.class);
        assertThat(sessions.mySessions()).extracting(LearningViews.SessionSummary::id).doesNotContain(session);
    }

    @Test
    void kemiSeesHerRunsSessionWithItsLink() {
        signIn(kemi);
        assertThat(sessions.session(session).joiningLink()).isEqualTo("https://meet.example.org/starting-well");
        assertThat(sessions.session(session).mayMarkAttendance()).isFalse();
        assertThat(sessions.mySessions()).extracting(LearningViews.SessionSummary::id).contains(session);
    }

    @Test
    void registrationClosesWhenTheSessionStarts() {
        clock.set(Instant.parse("2027-01-20T10:00:00Z"));
        signIn(kemi);
        assertThatThrownBy(() -> sessions.register(session)).hasMessageContaining("learning.error.session-started");
    }

    // --- a participant cannot do the programme team's work -------------------------------------------

    @Test
    void kemiAsAParticipantIsRefusedEveryTeamAction() {
        signIn(kemi);
        assertThatThrownBy(() -> programme.queue(null, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programme.decide(kemisApplication, 2, new SelectionDecision(ApplicationStatus.SELECTED, "")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programme.decideBursary(kemisApplication, 2, GrantDecision.grant(BigDecimal.TEN, "")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programme.issueCertificate(kemisApplication)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programme.participants(run)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programme.createRun(run("Mine"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.schedule(run, session("Mine", kemi.personId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.attendance(session)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.markAttendance(session, kemi.personId(), true))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> funding.all()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aFacilitatorRecordsAttendanceOnlyForTheirOwnSession() {
        clock.set(Instant.parse("2027-01-20T11:00:00Z"));
        signIn(dana);
        assertThatThrownBy(() -> sessions.markAttendance(session, kemi.personId(), true))
                .isInstanceOf(NotFoundException.class);
        signIn(chris);
        sessions.markAttendance(session, kemi.personId(), true);
        assertThatThrownBy(() -> sessions.markAttendance(session, lena.personId(), true))
                .hasMessageContaining("learning.error.not-a-participant");
    }

    @Test
    void attendanceWaitsForTheSessionToStart() {
        signIn(chris);
        assertThatThrownBy(() -> sessions.markAttendance(session, kemi.personId(), true))
                .hasMessageContaining("learning.error.attendance-too-early");
    }

    @Test
    void nobodySignedInGetsNothing() {
        signOut();
        assertThatThrownBy(() -> programme.runs()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> sessions.session(session)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    // --- rules that stop a change ----------------------------------------------------------------

    @Test
    void aReflectionFollowsAttendance() {
        signIn(kemi);
        assertThatThrownBy(() -> log.saveReflection(session, 0, new ReflectionForm("Too early", false)))
                .hasMessageContaining("learning.error.reflect-after-attending");
    }

    @Test
    void noMoreBursaryIsGrantedThanWasAskedForAndNotTwice() {
        signIn(priya);
        assertThatThrownBy(() -> programme.decideBursary(kemisApplication, 2, GrantDecision.grant(new BigDecimal("80.01"), "")))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid ->
                        assertThat(invalid.problems()).containsExactly("learning.validation.granted-more-than-asked"));
        programme.decideBursary(kemisApplication, 2, GrantDecision.decline("All bursaries are given for this run."));
        assertThatThrownBy(() -> programme.decideBursary(kemisApplication, 3, GrantDecision.grant(BigDecimal.TEN, "")))
                .hasMessageContaining("learning.error.bursary-already-decided");
        assertThat(as(kemi, () -> programme.application(kemisApplication).bursaryDecisionNote()))
                .isEqualTo("All bursaries are given for this run.");
    }

    @Test
    void twoPeopleDecidingFromTheSameVersionCannotBothWin() {
        PraxisUser sam = communityMember("Sam Okafor");
        ApplicationId sams = as(sam, () -> {
            ApplicationId id = programme.startApplication(run, application(ParticipantKind.BROKER));
            programme.submit(id, 0);
            return id;
        });
        signIn(priya);
        programme.decide(sams, 1, new SelectionDecision(ApplicationStatus.WAITING_LIST, "Full for now."));
        assertThatThrownBy(() -> programme.decide(sams, 1, new SelectionDecision(ApplicationStatus.SELECTED, "")))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(programme.application(sams).status()).isEqualTo(ApplicationStatus.WAITING_LIST);
    }

    @Test
    void aSessionIsScheduledWithinItsRunWithAnHttpsLink() {
        signIn(priya);
        SessionForm past = session("Yesterday", null);
        past.setDate(LocalDate.of(2027, 1, 9));
        assertThatThrownBy(() -> sessions.schedule(run, past)).isInstanceOfSatisfying(InvalidInputException.class,
                invalid -> assertThat(invalid.problems()).containsExactly("learning.validation.session-in-past"));
        SessionForm insecure = session("Insecure", null);
        insecure.setJoiningLink("http://meet.example.org/x");
        assertThatThrownBy(() -> sessions.schedule(run, insecure)).isInstanceOfSatisfying(InvalidInputException.class,
                invalid -> assertThat(invalid.problems()).containsExactly("learning.validation.link-not-https"));
    }

    // --- follow-up funding ------------------------------------------------------------------------

    @Test
    void followUpFundingIsForParticipantsAndTheirOwnRequests() {
        signIn(lena);
        assertThatThrownBy(() -> funding.request(run, new FundingRequestForm(new BigDecimal("500"), "Travel")))
                .hasMessageContaining("learning.error.funding-participants-only");

        FundingRequestId request = as(kemi, () -> funding.request(run,
                new FundingRequestForm(new BigDecimal("600"), "Time for two community researchers")));
        signIn(lena);
        assertThat(funding.myRequests()).isEmpty();
        assertThatThrownBy(() -> funding.report(request, 0, new FundingRequestForm.Report("Not mine")))
                .isInstanceOf(NotFoundException.class);

        signIn(priya);
        assertThatThrownBy(() -> funding.decide(request, 0, GrantDecision.grant(new BigDecimal("601"), "")))
                .isInstanceOf(InvalidInputException.class);
        funding.decide(request, 0, GrantDecision.grant(new BigDecimal("500"), "Most of it."));
        signIn(kemi);
        funding.report(request, 1, new FundingRequestForm.Report("Two researchers had paid time for six weeks."));
        assertThat(funding.myRequests()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(FundingStatus.REPORTED);
            assertThat(r.grantedAmount()).isEqualByComparingTo("500");
        });
    }
}
