package org.praxis.mentoring.internal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.praxis.mentoring.events.MatchDraftId;
import org.praxis.mentoring.events.MeetingId;
import org.praxis.mentoring.events.MentoringPairNudged;
import org.praxis.mentoring.events.MentoringProgrammeId;
import org.praxis.mentoring.events.MentoringRelationshipClosed;
import org.praxis.mentoring.events.RelationshipId;
import org.praxis.mentoring.events.SectorContext;
import org.praxis.mentoring.internal.MentoringViews.Activity;
import org.praxis.mentoring.internal.MentoringViews.CareTask;
import org.praxis.mentoring.internal.MentoringViews.RelationshipDetails;
import org.praxis.platform.ConcurrentChangeException;
import org.praxis.platform.InvalidInputException;
import org.praxis.platform.NotFoundException;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.ProblemException;
import org.praxis.platform.notices.Audience;
import org.praxis.platform.notices.NoticeRequested;
import org.praxis.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionOperations;
import praxis.testsupport.PraxisModuleTest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.praxis.mentoring.internal.MentoringFixtures.mentee;
import static org.praxis.mentoring.internal.MentoringFixtures.mentor;
import static org.praxis.mentoring.internal.MentoringFixtures.person;
import static org.praxis.mentoring.internal.MentoringFixtures.programme;
import static org.praxis.mentoring.internal.MentoringFixtures.team;
import static praxis.testsupport.TestUsers.as;
import static praxis.testsupport.TestUsers.signIn;
import static praxis.testsupport.TestUsers.signOut;

/**
 * A published pair's relationship: expectations both agree, the meeting log and its privacy (the team sees
 * counts, never notes; nobody else sees anything), the calendar file, closure with reflections, and care for
 * pairs that have gone quiet.
 */
@PraxisModuleTest
class RelationshipModuleTests {

    @Autowired
    ProgrammeService programmes;

    @Autowired
    MatchingService matching;

    @Autowired
    RelationshipService relationships;

    @Autowired
    RelationshipCare care;

    @Autowired
    JooqPeopleRepository people;

    @Autowired
    TransactionOperations transactions;

    final PraxisUser priya = team();
    final PraxisUser chris = mentor("Chris Byrne");
    final PraxisUser kemi = person("Kemi Adeyemi");
    final PraxisUser lena = person("Lena Novak");

    MentoringProgrammeId programme;
    RelationshipId pair;

    /** Chris (university) mentors Kemi (community organisation), published by Priya. */
    @BeforeEach
    void chrisMentorsKemi() {
        MentoringFixtures.known(transactions, people, chris, kemi, lena);
        programme = as(priya, () -> programmes.create(programme("Relationships " + kemi.displayName())));
        as(chris, () -> programmes.submitIntake(programme, mentor(SectorContext.UNIVERSITY, 1)));
        as(kemi, () -> programmes.submitIntake(programme, mentee(SectorContext.COMMUNITY_ORGANISATION)));
        pair = as(priya, () -> {
            MatchDraftId draft = matching.runCohortMatch(programme);
            return matching.publish(draft, matching.draft(draft).version()).getFirst();
        });
    }

    @AfterEach
    void signOutEveryone() {
        signOut();
    }

    @Test
    void bothAgreeTheExpectationsAndAChangeAsksAgain(AssertablePublishedEvents events) {
        signIn(kemi);
        assertThatThrownBy(() -> relationships.agreeExpectations(pair, version()))
                .isInstanceOf(ProblemException.class).hasMessageContaining("mentoring.error.no-expectations-yet");
        ExpectationsForm bad = new ExpectationsForm();
        assertThatThrownBy(() -> relationships.proposeExpectations(pair, version(), bad))
                .isInstanceOfSatisfying(InvalidInputException.class, problem -> assertThat(problem.problems())
                        .containsExactlyInAnyOrder("mentoring.validation.confidentiality-required",
                                "mentoring.validation.how-to-close-required"));
        int before = version();
        relationships.proposeExpectations(pair, before, expectations());
        assertThat(events.ofType(NoticeRequested.class).matching(n -> n.noticeKey().equals(
                "mentoring:expectations-proposed:" + pair + ":" + (before + 1))))
                .extracting(NoticeRequested::audience).containsExactly(Audience.person(chris.personId()));
        assertThat(relationships.details(pair).expectations().agreedByBoth()).isFalse();

        signIn(chris);
        assertThatThrownBy(() -> relationships.agreeExpectations(pair, before)).isInstanceOf(ConcurrentChangeException.class);
        relationships.agreeExpectations(pair, version());
        RelationshipDetails details = relationships.details(pair);
        assertThat(details.expectations().agreedByBoth()).isTrue();
        assertThat(details.expectations().frequency()).isEqualTo(Cadence.MONTHLY);
        assertThat(details.expectations().confidentiality()).startsWith("What we say");

        relationships.proposeExpectations(pair, version(), expectations());
        assertThat(relationships.details(pair).expectations().agreedByBoth()).isFalse();
    }

    @Test
    void theMeetingLogIsThePairsAndTheTeamSeesOnlyActivity() {
        MeetingId meeting = as(kemi, () -> relationships.logMeeting(pair, meeting(LocalDateTime.of(2026, 11, 2, 18, 0),
                "Private: I am thinking of leaving the partnership.")));

        RelationshipDetails chrisSees = as(chris, () -> relationships.details(pair));
        assertThat(chrisSees.meetings()).singleElement().satisfies(m -> {
            assertThat(m.notes()).contains("thinking of leaving");
            assertThat(m.activity()).isEqualTo(ActivityType.SOUNDING_BOARD);
        });

        // The team: activity only, never the notes.
        Activity activity = as(priya, () -> relationships.activity(programme)).getFirst();
        assertThat(activity.meetingsHeld()).isOne();
        assertThat(activity.lastMeeting()).isNotNull();
        assertThat(activity.toString()).doesNotContain("thinking of leaving");
        signIn(priya);
        assertThatThrownBy(() -> relationships.details(pair)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> relationships.meetingCalendar(meeting, "Mentoring")).isInstanceOf(NotFoundException.class);

        // Another mentee: nothing at all.
        signIn(lena);
        assertThatThrownBy(() -> relationships.details(pair)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> relationships.logMeeting(pair, meeting(LocalDateTime.of(2026, 11, 3, 9, 0), "")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> relationships.meetingCalendar(meeting, "Mentoring")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> relationships.activity(programme)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> relationships.careTasks()).isInstanceOf(AccessDeniedException.class);

        String ics = new String(as(chris, () -> relationships.meetingCalendar(meeting, "Mentoring with Kemi")), StandardCharsets.UTF_8);
        assertThat(ics).contains("BEGIN:VEVENT", "SUMMARY:Mentoring with Kemi", "DTSTART:20261102T180000Z",
                "UID:meeting-" + meeting + "@mentoring.praxis", "DESCRIPTION:Power and pay").doesNotContain("leaving");
    }

    /** The bundle's words, as the view passes them for a file made outside a page. */
    static final Translator TEXTS = (key, arguments) -> {
        try {
            java.util.Properties bundle = MentoringTranslationsTests.bundle();
            return new java.text.MessageFormat(bundle.getProperty(key), java.util.Locale.UK).format(arguments);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    };

    @Test
    void aMeetingWithBadInputIsRefusedAndNothingIsLogged() {
        signIn(kemi);
        assertThatThrownBy(() -> relationships.certificatePdf(pair, TEXTS))
                .isInstanceOf(ProblemException.class).hasMessageContaining("mentoring.error.no-certificate-yet");
        MeetingForm form = new MeetingForm();
        form.setMinutes(2);
        assertThatThrownBy(() -> relationships.logMeeting(pair, form)).isInstanceOfSatisfying(InvalidInputException.class,
                problem -> assertThat(problem.problems()).containsExactlyInAnyOrder("mentoring.validation.activity-required",
                        "mentoring.validation.meeting-minutes-out-of-range", "mentoring.validation.meeting-time-required"));
        assertThat(relationships.details(pair).meetings()).isEmpty();
    }

    @Test
    void closingWithAReflectionTellsTheOtherPersonAndOthers(Scenario scenario, AssertablePublishedEvents events) {
        as(kemi, () -> relationships.logMeeting(pair, meeting(LocalDateTime.of(2026, 10, 5, 18, 0), "")));
        ClosureForm closure = new ClosureForm();
        closure.setReflection("We found a way to talk about power openly.");
        closure.setContinueInformally(true);

        scenario.stimulate(() -> as(chris, () -> relationships.close(pair, version(chris), closure)))
                .andWaitForEventOfType(MentoringRelationshipClosed.class)
                .matching(event -> event.relationshipId().equals(pair))
                .toArriveAndVerify(event -> {
                    assertThat(event.closedBy()).isEqualTo(chris.personId());
                    assertThat(event.completed()).isTrue();
                    assertThat(event.continueInformally()).isTrue();
                    assertThat(event.meetingsHeld()).isOne();
                });
        assertThat(events.ofType(NoticeRequested.class).matching(n -> n.noticeKey().equals("mentoring:relationship-closed:" + pair)))
                .extracting(NoticeRequested::audience).containsExactly(Audience.person(kemi.personId()));

        signIn(kemi);
        byte[] pdf = relationships.certificatePdf(pair, TEXTS);
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("Certificate of peer mentoring", kemi.displayName(),
                    "who was mentored by " + chris.displayName(), "1 meetings held");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThatThrownBy(() -> as(lena, () -> relationships.certificatePdf(pair, TEXTS))).isInstanceOf(NotFoundException.class);
        relationships.reflect(pair, "Chris helped me see the partnership from the other side.");
        RelationshipDetails details = relationships.details(pair);
        assertThat(details.relationship().status()).isEqualTo(RelationshipStatus.CLOSED);
        assertThat(details.reflections()).hasSize(2);
        assertThat(details.continueInformally()).isTrue();
        assertThatThrownBy(() -> relationships.logMeeting(pair, meeting(LocalDateTime.of(2026, 12, 1, 18, 0), "")))
                .isInstanceOf(ProblemException.class).hasMessageContaining("mentoring.error.relationship-closed");
        assertThatThrownBy(() -> relationships.close(pair, details.relationship().version(), closure))
                .isInstanceOf(ProblemException.class).hasMessageContaining("mentoring.error.relationship-closed");
    }

    @Test
    void aQuietPairIsNudgedThenTheTeamIsAskedToCheckInOnce(AssertablePublishedEvents events) {
        OffsetDateTime started = as(kemi, () -> relationships.details(pair)).relationship().startedAt();

        care.check(started.plusWeeks(5));
        assertThat(events.ofType(MentoringPairNudged.class).matching(e -> e.relationshipId().equals(pair))).isEmpty();

        care.check(started.plusWeeks(7));
        care.check(started.plusWeeks(7).plusDays(1));
        assertThat(events.ofType(MentoringPairNudged.class).matching(e -> e.relationshipId().equals(pair))).hasSize(1);
        assertThat(events.ofType(NoticeRequested.class).matching(n -> n.noticeKey().startsWith("mentoring:nudge:" + pair)))
                .singleElement().satisfies(notice -> assertThat(notice.audience())
                        .isEqualTo(Audience.people(java.util.List.of(chris.personId(), kemi.personId()))));
        assertThat(as(priya, () -> relationships.careTasks())).extracting(task -> task.relationship().id()).doesNotContain(pair);

        care.check(started.plusWeeks(9).plusDays(1));
        care.check(started.plusWeeks(10));
        assertThat(events.ofType(NoticeRequested.class).matching(n -> n.noticeKey().startsWith("mentoring:check-in:" + pair)))
                .singleElement().satisfies(notice -> assertThat(notice.audience()).isEqualTo(Audience.holdersOf(Role.PROGRAMME_TEAM)));
        CareTask task = as(priya, () -> relationships.careTasks()).stream()
                .filter(t -> t.relationship().id().equals(pair)).findFirst().orElseThrow();
        assertThat(as(priya, () -> relationships.activity(programme)).getFirst().checkInDue()).isTrue();
        as(priya, () -> relationships.completeCareTask(task.id()));
        assertThat(as(priya, () -> relationships.careTasks())).extracting(t -> t.relationship().id()).doesNotContain(pair);
    }

    private int version() {
        return relationships.details(pair).relationship().version();
    }

    private int version(PraxisUser user) {
        return as(user, () -> relationships.details(pair)).relationship().version();
    }

    static ExpectationsForm expectations() {
        ExpectationsForm form = new ExpectationsForm();
        form.setConfidentiality("What we say stays between us, unless someone is at risk.");
        form.setHowToClose("A last conversation looking back, and a note to the programme team.");
        return form;
    }

    static MeetingForm meeting(LocalDateTime at, String notes) {
        MeetingForm form = new MeetingForm();
        form.setStartsAt(at);
        form.setActivity(ActivityType.SOUNDING_BOARD);
        form.setAgenda("Power and pay");
        form.setNotes(notes);
        return form;
    }

    static OffsetDateTime utc(LocalDateTime at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
