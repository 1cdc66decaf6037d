package org.praxis.mentoring.internal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.praxis.mentoring.events.IntakeId;
import org.praxis.mentoring.events.MentorRequestId;
import org.praxis.mentoring.events.MentoringMatchPublished;
import org.praxis.mentoring.events.MentoringProgrammeId;
import org.praxis.mentoring.events.SectorContext;
import org.praxis.mentoring.internal.MentoringViews.MentorRequest;
import org.praxis.mentoring.internal.MentoringViews.Pair;
import org.praxis.platform.ConcurrentChangeException;
import org.praxis.platform.InvalidInputException;
import org.praxis.platform.NotFoundException;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.ProblemException;
import org.praxis.platform.notices.Audience;
import org.praxis.platform.notices.NoticeRequested;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionOperations;
import praxis.testsupport.PraxisModuleTest;

import java.time.OffsetDateTime;

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
 * Self-chosen matching: suggestions within the rules, dismissing one, asking, the mentor's three answers,
 * expiry with the mentee told, and a mentor pausing.
 */
@PraxisModuleTest
class RequestModuleTests {

    @Autowired
    ProgrammeService programmes;

    @Autowired
    RequestService requests;

    @Autowired
    MatchingService matching;

    @Autowired
    RequestExpiry expiry;

    @Autowired
    JooqPeopleRepository people;

    @Autowired
    TransactionOperations transactions;

    final PraxisUser priya = team();
    final PraxisUser chris = mentor("Chris Byrne");
    final PraxisUser ola = mentor("Ola Berg");
    final PraxisUser dana = mentor("Dana Reid");
    final PraxisUser kemi = person("Kemi Adeyemi");
    final PraxisUser lena = person("Lena Novak");

    MentoringProgrammeId programme;
    IntakeId chrisIntake;
    IntakeId olaIntake;
    IntakeId danaIntake;

    @BeforeEach
    void mentorsAndMenteesHaveApplied() {
        MentoringFixtures.known(transactions, people, chris, ola, dana, kemi, lena);
        programme = as(priya, () -> programmes.create(programme("Self-chosen " + kemi.displayName())));
        chrisIntake = as(chris, () -> programmes.submitIntake(programme, mentor(SectorContext.UNIVERSITY, 1)));
        IntakeForm olas = mentor(SectorContext.UNIVERSITY, 2);
        olas.setRegion("London");
        olaIntake = as(ola, () -> programmes.submitIntake(programme, olas));
        danaIntake = as(dana, () -> programmes.submitIntake(programme, mentor(SectorContext.COMMUNITY_ORGANISATION, 1)));
        as(kemi, () -> programmes.submitIntake(programme, mentee(SectorContext.COMMUNITY_ORGANISATION)));
        as(lena, () -> programmes.submitIntake(programme, mentee(SectorContext.COMMUNITY_ORGANISATION)));
    }

    @AfterEach
    void signOutEveryone() {
        signOut();
    }

    @Test
    void suggestionsAreTheBestAllowedMentorsAndADismissedOneIsNotOfferedAgain() {
        signIn(kemi);
        // Chris shares Kemi's region; Ola does not; Dana works in the same context, which the programme rules out.
        assertThat(requests.suggestions(programme)).extracting(pair -> pair.mentor().id()).containsExactly(chrisIntake, olaIntake);
        Pair best = requests.suggestions(programme).getFirst();
        assertThat(best.reasons().stream().mapToInt(MentoringViews.Reason::points).sum()).isEqualTo(best.score());

        requests.dismiss(programme, chrisIntake);
        assertThat(requests.suggestions(programme)).extracting(pair -> pair.mentor().id()).containsExactly(olaIntake);
        assertThatThrownBy(() -> requests.request(programme, danaIntake, "Hello"))
                .isInstanceOfSatisfying(InvalidInputException.class, problem -> assertThat(problem.problems())
                        .containsExactly("mentoring.match.rule.same-context"));
        assertThatThrownBy(() -> requests.request(programme, olaIntake, "  "))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("mentoring.validation.message-required");
        assertThat(mine()).isEmpty();
    }

    @Test
    void theMentorAsksForMoreThenAcceptsAndTheRelationshipStarts(Scenario scenario, AssertablePublishedEvents events) {
        MentorRequestId id = as(kemi, () -> requests.request(programme, olaIntake, "I would value your view on ethics."));
        assertThat(notices(events, "mentoring:request-received:" + id + ":0")).containsExactly(Audience.person(ola.personId()));
        assertThatThrownBy(() -> as(kemi, () -> requests.request(programme, olaIntake, "Again")))
                .isInstanceOf(ProblemException.class).hasMessageContaining("mentoring.error.already-asked");

        signIn(ola);
        MentorRequest received = mine().getFirst();
        assertThat(received.menteeName()).isEqualTo(kemi.displayName());
        assertThatThrownBy(() -> requests.answer(id, 0, RequestAnswer.ASK_FOR_MORE, ""))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("mentoring.validation.question-required");
        requests.answer(id, 0, RequestAnswer.ASK_FOR_MORE, "What stage is your partnership at?");
        assertThat(notices(events, "mentoring:request-more-asked:" + id + ":1")).containsExactly(Audience.person(kemi.personId()));

        as(kemi, () -> requests.tellMore(id, 1, "Two years in, and we are planning the next bid."));
        assertThat(notices(events, "mentoring:request-received:" + id + ":2")).containsExactly(Audience.person(ola.personId()));
        assertThatThrownBy(() -> as(ola, () -> requests.answer(id, 1, RequestAnswer.ACCEPT, "")))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> as(lena, () -> requests.answer(id, 2, RequestAnswer.ACCEPT, "")))
                .isInstanceOf(NotFoundException.class);

        scenario.stimulate(() -> as(ola, () -> requests.answer(id, 2, RequestAnswer.ACCEPT, "Happy to.")))
                .andWaitForEventOfType(MentoringMatchPublished.class)
                .matching(event -> event.mentee().equals(kemi.personId()))
                .toArriveAndVerify(event -> {
                    assertThat(event.draftId()).isNull();
                    assertThat(event.mentor()).isEqualTo(ola.personId());
                });
        assertThat(as(kemi, () -> matching.myRelationships()).stream().filter(r -> r.programmeId().equals(programme)))
                .singleElement()
                .satisfies(r -> assertThat(r.mentorName()).isEqualTo(ola.displayName()));
        assertThatThrownBy(() -> as(kemi, () -> requests.suggestions(programme)))
                .isInstanceOf(ProblemException.class).hasMessageContaining("mentoring.error.mentee-already-matched");
    }

    @Test
    void aDeclinedRequestTellsTheMentee(AssertablePublishedEvents events) {
        MentorRequestId id = as(kemi, () -> requests.request(programme, chrisIntake, "Could we talk about burnout?"));
        as(chris, () -> requests.answer(id, 0, RequestAnswer.DECLINE, "I am full this year, sorry."));
        assertThat(notices(events, "mentoring:request-declined:" + id)).containsExactly(Audience.person(kemi.personId()));
        MentorRequest declined = as(kemi, this::mine).getFirst();
        assertThat(declined.status()).isEqualTo(RequestStatus.DECLINED);
        assertThat(declined.mentorReply()).isEqualTo("I am full this year, sorry.");
        assertThatThrownBy(() -> as(chris, () -> requests.answer(id, 1, RequestAnswer.ACCEPT, "")))
                .isInstanceOf(ProblemException.class).hasMessageContaining("mentoring.error.request-answered");
    }

    @Test
    void aStaleRequestExpiresAndTheMenteeIsToldOnce(AssertablePublishedEvents events) {
        MentorRequestId stale = as(kemi, () -> requests.request(programme, chrisIntake, "Hello Chris"));
        MentorRequestId fresh = as(lena, () -> requests.request(programme, olaIntake, "Hello Ola"));
        OffsetDateTime created = as(kemi, this::mine).getFirst().createdAt();

        expiry.expire(created.plusDays(13));
        assertThat(notices(events, "mentoring:request-expired:" + stale)).isEmpty();
        expiry.expire(created.plusDays(14).plusMinutes(1));
        expiry.expire(created.plusDays(15));
        assertThat(notices(events, "mentoring:request-expired:" + stale)).containsExactly(Audience.person(kemi.personId()));
        assertThat(as(kemi, this::mine).getFirst().status()).isEqualTo(RequestStatus.EXPIRED);
        // Lena's request was made at (about) the same time, so it expired too; one notice each.
        assertThat(notices(events, "mentoring:request-expired:" + fresh)).containsExactly(Audience.person(lena.personId()));
    }

    @Test
    void aPausedMentorIsNotSuggestedNorAsked() {
        MentoringViews.Intake olas = as(ola, () -> programmes.myIntakes()).stream()
                .filter(i -> i.id().equals(olaIntake)).findFirst().orElseThrow();
        assertThatThrownBy(() -> as(kemi, () -> programmes.setMentorPlaces(olaIntake, olas.version(), 1, true)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(ola, () -> programmes.setMentorPlaces(olaIntake, olas.version(), 0, true)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("mentoring.validation.capacity-out-of-range");
        as(ola, () -> programmes.setMentorPlaces(olaIntake, olas.version(), 1, true));
        assertThatThrownBy(() -> as(ola, () -> programmes.setMentorPlaces(olaIntake, olas.version(), 3, false)))
                .isInstanceOf(ConcurrentChangeException.class);

        signIn(kemi);
        assertThat(requests.suggestions(programme)).extracting(pair -> pair.mentor().id()).containsExactly(chrisIntake);
        assertThatThrownBy(() -> requests.request(programme, olaIntake, "Hello"))
                .isInstanceOfSatisfying(InvalidInputException.class, problem -> assertThat(problem.problems())
                        .containsExactly("mentoring.match.rule.no-capacity"));
    }

    /** The signed-in person's requests in this test's programme (JUnit may share one test instance, and so its people). */
    private java.util.List<MentorRequest> mine() {
        return requests.myRequests().stream().filter(r -> r.programmeId().equals(programme)).toList();
    }

    private static java.util.List<Audience> notices(AssertablePublishedEvents events, String key) {
        return java.util.stream.StreamSupport.stream(events.ofType(NoticeRequested.class)
                .matching(n -> n.noticeKey().equals(key)).spliterator(), false).map(NoticeRequested::audience).toList();
    }
}
