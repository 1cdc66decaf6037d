package org.crp.learning.internal;

import praxis.testsupport.MutableClock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.crp.learning.events.ApplicationId;
import org.crp.learning.events.BursaryDecided;
import org.crp.learning.events.CertificateIssued;
import org.crp.learning.events.LearningApplicationSubmitted;
import org.crp.learning.events.LearningSessionScheduled;
import org.crp.learning.events.ParticipantKind;
import org.crp.learning.events.ParticipantSelected;
import org.crp.learning.events.ProgrammeRunId;
import org.crp.learning.events.SessionAttended;
import org.crp.learning.events.SessionId;
import org.crp.learning.events.SessionRegistered;
import org.crp.learning.internal.LearningViews.LogEntry;
import org.crp.learning.internal.LearningViews.ParticipantProgress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.Role;
import org.praxis.platform.notices.Audience;
import org.praxis.platform.notices.NoticeRequested;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionOperations;
import praxis.testsupport.PraxisModuleTest;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crp.learning.internal.LearningFixtures.applicationWithBursary;
import static org.crp.learning.internal.LearningFixtures.communityMember;
import static org.crp.learning.internal.LearningFixtures.facilitator;
import static org.crp.learning.internal.LearningFixtures.run;
import static org.crp.learning.internal.LearningFixtures.session;
import static org.crp.learning.internal.LearningFixtures.team;
import static praxis.testsupport.TestUsers.as;
import static praxis.testsupport.TestUsers.signIn;
import static praxis.testsupport.TestUsers.signOut;

/**
 * Kemi's year in the programme, one step at a time, against a real PostgreSQL: she applies with a bursary
 * request, is selected and granted a bursary, registers for a session, attends, writes a reflection and gets
 * her certificate. Each step publishes the module's event and, in the same transaction, the notice.
 */
@PraxisModuleTest
@Import(MutableClock.Configuration.class)
class LearningJourneyModuleTests {

    @Autowired
    ProgrammeService programme;

    @Autowired
    SessionService sessions;

    @Autowired
    LearningLogService log;

    @Autowired
    MutableClock clock;

    @Autowired
    JooqPeopleRepository people;

    @Autowired
    TransactionOperations transactions;

    final PraxisUser priya = team();
    final PraxisUser kemi = communityMember("Kemi Adeyemi");
    final PraxisUser chris = facilitator("Chris Byrne");

    @BeforeEach
    void tenDaysBeforeTheFirstSession() {
        clock.set(MutableClock.Configuration.START);
        LearningFixtures.known(transactions, people, priya, chris);
    }

    @AfterEach
    void signOutEveryone() {
        signOut();
    }

    @Test
    void kemiAppliesWithABursaryRequestAndTheProgrammeTeamIsTold(Scenario scenario, AssertablePublishedEvents events) {
        ProgrammeRunId run = as(priya, () -> programme.createRun(run("CRP journey one")));
        signIn(kemi);
        ApplicationId application = programme.startApplication(run, applicationWithBursary(new BigDecimal("120.00")));

        scenario.stimulate(() -> programme.submit(application, 0))
                .andWaitForEventOfType(LearningApplicationSubmitted.class)
                .matching(event -> event.applicationId().equals(application))
                .toArriveAndVerify(event -> {
                    assertThat(event.applicant()).isEqualTo(kemi.personId());
                    assertThat(event.applicantName()).isEqualTo(kemi.displayName());
                    assertThat(event.kind()).isEqualTo(ParticipantKind.COMMUNITY_MEMBER);
                    assertThat(event.bursaryRequested()).isEqualByComparingTo("120");
                    assertThat(event.runName()).isEqualTo("CRP journey one");
                });
        assertThat(events).contains(NoticeRequested.class)
                .matching(notice -> notice.noticeKey().equals("learning:application-received:" + application))
                .matching(notice -> notice.audience().equals(Audience.holdersOf(Role.PROGRAMME_TEAM)));
        assertThat(programme.application(application).status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(programme.application(application).bursaryStatus()).isEqualTo(BursaryStatus.REQUESTED);
    }

    @Test
    void theWholeJourneyFromApplicationToCertificate(Scenario scenario, AssertablePublishedEvents events)
            throws IOException {
        ProgrammeRunId run = as(priya, () -> programme.createRun(run("CRP journey two")));
        ApplicationId application = as(kemi, () -> {
            ApplicationId id = programme.startApplication(run, applicationWithBursary(new BigDecimal("120.00")));
            programme.submit(id, 0);
            return id;
        });

        // Selected, and the bursary granted in part: two decisions, each told to Kemi.
        signIn(priya);
        scenario.stimulate(() -> programme.decide(application, 1,
                        new SelectionDecision(ApplicationStatus.SELECTED, "Welcome! We loved your food project.")))
                .andWaitForEventOfType(ParticipantSelected.class)
                .matching(event -> event.applicationId().equals(application))
                .toArriveAndVerify(event -> {
                    assertThat(event.participant()).isEqualTo(kemi.personId());
                    assertThat(event.kind()).isEqualTo(ParticipantKind.COMMUNITY_MEMBER);
                });
        assertThat(events).contains(NoticeRequested.class)
                .matching(notice -> notice.noticeKey().equals("learning:application-selected:" + application))
                .matching(notice -> notice.audience().equals(Audience.person(kemi.personId())));

        scenario.stimulate(() -> programme.decideBursary(application, 2,
                        GrantDecision.grant(new BigDecimal("100"), "We can cover travel and most of the childcare.")))
                .andWaitForEventOfType(BursaryDecided.class)
                .matching(event -> event.applicationId().equals(application))
                .toArriveAndVerify(event -> {
                    assertThat(event.granted()).isTrue();
                    assertThat(event.grantedAmount()).isEqualByComparingTo("100");
                });
        assertThat(events).contains(NoticeRequested.class)
                .matching(notice -> notice.noticeKey().equals("learning:bursary-decided:" + application))
                .matching(notice -> notice.messageKey().equals("learning.notice.bursary-granted"));

        // A session in Kemi's run: she is told.
        SessionId session = sessions.schedule(run, session("Starting well", chris.personId()));
        assertThat(events).contains(LearningSessionScheduled.class)
                .matching(event -> event.sessionId().equals(session) && chris.personId().equals(event.facilitator()));
        assertThat(events).contains(NoticeRequested.class)
                .matching(notice -> notice.noticeKey().equals("learning:session-scheduled:" + session))
                .matching(notice -> notice.audience().people().contains(kemi.personId()));

        // Kemi registers, and can put the session in her calendar.
        signIn(kemi);
        scenario.stimulate(() -> sessions.register(session))
                .andWaitForEventOfType(SessionRegistered.class)
                .matching(event -> event.sessionId().equals(session))
                .toArriveAndVerify(event -> assertThat(event.participant()).isEqualTo(kemi.personId()));
        assertThat(sessions.session(session).registered()).isTrue();
        assertThat(sessions.myNextSession()).hasValueSatisfying(next -> assertThat(next.id()).isEqualTo(session));
        String ics = new String(sessions.calendar(session).content(), StandardCharsets.UTF_8);
        assertThat(ics).contains("SUMMARY:Starting well", "DTSTART:20270120T100000Z",
                "URL:https://meet.example.org/starting-well");

        // The day comes: Chris, the facilitator, records who attended.
        clock.set(Instant.parse("2027-01-20T10:30:00Z"));
        signIn(chris);
        assertThat(sessions.attendance(session)).singleElement()
                .satisfies(line -> assertThat(line.registered()).isTrue());
        scenario.stimulate(() -> sessions.markAttendance(session, kemi.personId(), true))
                .andWaitForEventOfType(SessionAttended.class)
                .matching(event -> event.sessionId().equals(session))
                .toArriveAndVerify(event -> assertThat(event.participant()).isEqualTo(kemi.personId()));

        // Kemi reflects; the team sees that she did, not what she wrote, until she shares it.
        signIn(kemi);
        assertThat(log.countToWrite()).isEqualTo(1);
        log.saveReflection(session, 0, new ReflectionForm("Paying people properly is a matter of respect.", false));
        assertThat(log.myLog()).singleElement().satisfies(entry -> {
            assertThat(entry.body()).isEqualTo("Paying people properly is a matter of respect.");
            assertThat(entry.sharedWithTeam()).isFalse();
        });
        assertThat(log.countToWrite()).isZero();
        ParticipantProgress seenByTeam = as(priya, () -> programme.participants(run)).getFirst();
        assertThat(seenByTeam.sessionsAttended()).isEqualTo(1);
        assertThat(seenByTeam.reflections()).singleElement()
                .satisfies(reflection -> assertThat(reflection.sharedBody()).isNull());
        LogEntry written = log.myLog().getFirst();
        log.saveReflection(session, written.version(), new ReflectionForm(written.body() + " I will ask first.", true));
        assertThat(as(priya, () -> programme.participants(run)).getFirst().reflections()).singleElement()
                .satisfies(reflection -> assertThat(reflection.sharedBody())
                        .isEqualTo("Paying people properly is a matter of respect. I will ask first."));

        // At the end of the run, the team marks Kemi complete; her certificate says so.
        clock.advance(Duration.ofDays(400));
        signIn(priya);
        scenario.stimulate(() -> programme.issueCertificate(application))
                .andWaitForEventOfType(CertificateIssued.class)
                .matching(event -> event.applicationId().equals(application))
                .toArriveAndVerify(event -> {
                    assertThat(event.participantName()).isEqualTo(kemi.displayName());
                    assertThat(event.runName()).isEqualTo("CRP journey two");
                });
        assertThat(events).contains(NoticeRequested.class)
                .matching(notice -> notice.noticeKey().equals("learning:certificate-issued:" + application));

        signIn(kemi);
        assertThat(programme.myCertificates()).singleElement()
                .satisfies(certificate -> assertThat(certificate.sessionsAttended()).isEqualTo(1));
        byte[] pdf = programme.certificatePdf(application, CertificatePdfTests.TEXTS).content();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains(kemi.displayName(), "CRP journey two", "1 January 2027 to 30 June 2028",
                            "Issued on 24 February 2028");
        }
    }
}
