package org.praxis.mentoring.internal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.praxis.mentoring.events.IntakeId;
import org.praxis.mentoring.events.MatchDraftId;
import org.praxis.mentoring.events.MentoringMatchPublished;
import org.praxis.mentoring.events.MentoringProgrammeId;
import org.praxis.mentoring.events.RelationshipId;
import org.praxis.mentoring.events.SectorContext;
import org.praxis.mentoring.internal.MentoringViews.Draft;
import org.praxis.mentoring.internal.MentoringViews.Pair;
import org.praxis.mentoring.internal.MentoringViews.Reason;
import org.praxis.mentoring.internal.MentoringViews.Relationship;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionOperations;
import praxis.testsupport.PraxisModuleTest;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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
 * The team's cohort match from intakes to published relationships: the draft meets the hard rules and explains
 * each pair, edits are checked (rules, places, version), publishing tells both people once, and nobody else
 * sees a pair.
 */
@PraxisModuleTest
class MatchingModuleTests {

    @Autowired
    ProgrammeService programmes;

    @Autowired
    MatchingService matching;

    @Autowired
    JooqPeopleRepository people;

    @Autowired
    TransactionOperations transactions;

    final PraxisUser priya = team();
    /** University mentor with room for two. */
    final PraxisUser chris = mentor("Chris Byrne");
    /** Community organisation mentor with room for one. */
    final PraxisUser dana = mentor("Dana Reid");
    /** Community organisation mentee. */
    final PraxisUser kemi = person("Kemi Adeyemi");
    /** University mentee who asked not to be matched with Dana. */
    final PraxisUser lena = person("Lena Novak");
    /** Community organisation mentee who can only meet at weekends. */
    final PraxisUser sam = person("Sam Okafor");

    MentoringProgrammeId programme;
    IntakeId chrisIntake;
    IntakeId danaIntake;
    IntakeId kemiIntake;
    IntakeId lenaIntake;
    IntakeId samIntake;

    @BeforeEach
    void aCohortHasApplied() {
        MentoringFixtures.known(transactions, people, chris, dana, kemi, lena, sam);
        programme = as(priya, () -> programmes.create(programme("Cohort " + kemi.displayName())));
        chrisIntake = as(chris, () -> programmes.submitIntake(programme, mentor(SectorContext.UNIVERSITY, 2)));
        danaIntake = as(dana, () -> programmes.submitIntake(programme, mentor(SectorContext.COMMUNITY_ORGANISATION, 1)));
        kemiIntake = as(kemi, () -> programmes.submitIntake(programme, mentee(SectorContext.COMMUNITY_ORGANISATION)));
        IntakeForm lenas = mentee(SectorContext.UNIVERSITY);
        lenas.setMustNotMatch(Set.of(dana.personId()));
        lenaIntake = as(lena, () -> programmes.submitIntake(programme, lenas));
        IntakeForm sams = mentee(SectorContext.COMMUNITY_ORGANISATION);
        sams.setAvailability(EnumSet.of(Availability.WEEKEND_MORNINGS));
        samIntake = as(sam, () -> programmes.submitIntake(programme, sams));
    }

    @AfterEach
    void signOutEveryone() {
        signOut();
    }

    @Test
    void theDraftMatchesAcrossContextsWithinTheRulesAndExplainsEachPair() {
        signIn(priya);
        Draft draft = matching.draft(matching.runCohortMatch(programme));

        // Kemi (community) can only go to Chris (university); Lena (university) must not have Dana and cannot
        // have Chris (same context); Sam shares no time with any mentor.
        assertThat(draft.status()).isEqualTo(DraftStatus.DRAFT);
        assertThat(draft.pairs()).extracting(pair -> pair.mentee().id(), pair -> pair.mentor().id())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(kemiIntake, chrisIntake));
        assertThat(draft.unmatchedMentees()).extracting(MentoringViews.Intake::id).containsExactlyInAnyOrder(lenaIntake, samIntake);
        assertThat(draft.mentorsWithRoom()).extracting(MentoringViews.Intake::id).containsExactlyInAnyOrder(chrisIntake, danaIntake);

        Pair pair = draft.pairs().getFirst();
        assertThat(pair.reasons()).extracting(Reason::criterion).containsExactly(MatchCriterion.values());
        assertThat(pair.reasons().stream().mapToInt(Reason::points).sum()).isEqualTo(pair.score());
        Reason context = pair.reasons().stream().filter(r -> r.criterion() == MatchCriterion.CROSS_CONTEXT).findFirst().orElseThrow();
        assertThat(context.messageKey()).isEqualTo("mentoring.why.CROSS_CONTEXT.2");
        assertThat(context.points()).isEqualTo(100);
        Reason values = pair.reasons().getFirst();
        assertThat(values.criterion()).isEqualTo(MatchCriterion.VALUES_AND_APPROACH);
        assertThat(values.arguments()).containsExactly(2, 2);
        assertThat(values.points()).isEqualTo(350);
        assertThat(draft.totalScore()).isEqualTo(pair.score());
    }

    @Test
    void theTeamsEditsAreCheckedAgainstTheRulesAndNothingHalfChanges() {
        signIn(priya);
        MatchDraftId id = matching.runCohortMatch(programme);
        int version = matching.draft(id).version();

        assertThatThrownBy(() -> matching.assign(id, version, lenaIntake, danaIntake))
                .isInstanceOfSatisfying(InvalidInputException.class, problem -> assertThat(problem.problems())
                        .containsExactly("mentoring.match.rule.must-not-match"));
        assertThatThrownBy(() -> matching.assign(id, version, lenaIntake, chrisIntake))
                .isInstanceOfSatisfying(InvalidInputException.class, problem -> assertThat(problem.problems())
                        .containsExactly("mentoring.match.rule.same-context"));
        assertThatThrownBy(() -> matching.assign(id, version, samIntake, chrisIntake))
                .isInstanceOfSatisfying(InvalidInputException.class, problem -> assertThat(problem.problems())
                        .containsExactly("mentoring.match.rule.no-shared-time"));
        assertThatThrownBy(() -> matching.assign(id, version, chrisIntake, danaIntake)).isInstanceOf(NotFoundException.class);
        assertThat(matching.draft(id).version()).isEqualTo(version);

        matching.unassign(id, version, kemiIntake);
        Draft edited = matching.draft(id);
        assertThat(edited.pairs()).isEmpty();
        assertThat(edited.version()).isEqualTo(version + 1);
        matching.assign(id, edited.version(), kemiIntake, chrisIntake);
        assertThat(matching.draft(id).pairs()).hasSize(1);
    }

    @Test
    void twoTeamMembersEditingTheSameDraftVersionCannotBothWin() {
        signIn(priya);
        MatchDraftId id = matching.runCohortMatch(programme);
        int version = matching.draft(id).version();
        matching.unassign(id, version, kemiIntake);
        assertThatThrownBy(() -> matching.assign(id, version, kemiIntake, chrisIntake))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> matching.publish(id, version)).isInstanceOf(ConcurrentChangeException.class);
        assertThat(matching.draft(id).pairs()).isEmpty();
        assertThat(matching.draft(id).status()).isEqualTo(DraftStatus.DRAFT);
    }

    @Test
    void publishingMakesRelationshipsAndTellsBothPeopleOnce(Scenario scenario, AssertablePublishedEvents events) {
        signIn(priya);
        MatchDraftId id = matching.runCohortMatch(programme);
        int version = matching.draft(id).version();

        scenario.stimulate(() -> as(priya, () -> matching.publish(id, version)))
                .andWaitForEventOfType(MentoringMatchPublished.class)
                .matching(event -> event.draftId().equals(id))
                .toArriveAndVerify(event -> {
                    assertThat(event.mentor()).isEqualTo(chris.personId());
                    assertThat(event.mentee()).isEqualTo(kemi.personId());
                    assertThat(event.programmeId()).isEqualTo(programme);
                    assertThat(event.score()).isBetween(1, MatchCriterion.MAX_TOTAL);
                });

        RelationshipId relationship = as(kemi, () -> matching.myRelationships()).getFirst().id();
        assertThat(events.ofType(NoticeRequested.class)
                .matching(notice -> notice.noticeKey().endsWith(relationship.toString())))
                .extracting(NoticeRequested::noticeKey, NoticeRequested::audience, NoticeRequested::link)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("mentoring:match-published-mentor:" + relationship,
                                Audience.person(chris.personId()), "mentoring/relationships/" + relationship),
                        org.assertj.core.groups.Tuple.tuple("mentoring:match-published-mentee:" + relationship,
                                Audience.person(kemi.personId()), "mentoring/relationships/" + relationship));

        signIn(priya);
        Draft published = matching.draft(id);
        assertThat(published.status()).isEqualTo(DraftStatus.PUBLISHED);
        assertThatThrownBy(() -> matching.publish(id, published.version()))
                .isInstanceOf(ProblemException.class).hasMessageContaining("mentoring.error.draft-published");
        assertThatThrownBy(() -> matching.unassign(id, published.version(), kemiIntake))
                .isInstanceOf(ProblemException.class).hasMessageContaining("mentoring.error.draft-published");

        // The next cohort match leaves Kemi out (matched) and Chris with one place.
        Draft next = matching.draft(matching.runCohortMatch(programme));
        assertThat(next.pairs()).isEmpty();
        assertThat(next.unmatchedMentees()).extracting(MentoringViews.Intake::id).doesNotContain(kemiIntake);
        assertThatThrownBy(() -> matching.assign(next.id(), next.version(), kemiIntake, chrisIntake))
                .isInstanceOf(ProblemException.class).hasMessageContaining("mentoring.error.mentee-already-matched");
    }

    @Test
    void aPairSeesItsOwnRelationshipAndWhyNobodyElseDoes() {
        signIn(priya);
        MatchDraftId id = matching.runCohortMatch(programme);
        RelationshipId relationship = matching.publish(id, matching.draft(id).version()).getFirst();

        Relationship kemis = as(kemi, () -> matching.relationship(relationship));
        assertThat(kemis.mentorName()).isEqualTo(chris.displayName());
        assertThat(kemis.menteeName()).isEqualTo(kemi.displayName());
        List<Reason> why = as(chris, () -> matching.whyThisMatch(relationship));
        assertThat(why.stream().mapToInt(Reason::points).sum()).isEqualTo(kemis.score());
        assertThat(as(priya, () -> matching.relationships(programme))).extracting(Relationship::id).containsExactly(relationship);

        signIn(lena);
        assertThatThrownBy(() -> matching.relationship(relationship)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> matching.whyThisMatch(relationship)).isInstanceOf(NotFoundException.class);
        assertThat(matching.myRelationships()).isEmpty();
    }

    @Test
    void onlyTheTeamRunsReviewsAndPublishesMatches() {
        MatchDraftId id = as(priya, () -> matching.runCohortMatch(programme));
        signIn(chris);
        assertThatThrownBy(() -> matching.runCohortMatch(programme)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> matching.draft(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> matching.assign(id, 0, kemiIntake, chrisIntake)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> matching.publish(id, 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> matching.relationships(programme)).isInstanceOf(AccessDeniedException.class);
    }
}
