package org.praxis.mentoring.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.praxis.mentoring.benchmark.CohortGenerator;
import org.praxis.mentoring.benchmark.CohortGenerator.Cohort;
import org.praxis.mentoring.benchmark.CohortMatchingBenchmark;
import org.praxis.mentoring.events.SectorContext;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The solver's cohort match is optimal (as many mentees matched as the rules allow, then the highest total score),
 * checked against trying every assignment on small generated cohorts; and it never breaks a hard rule.
 */
class CohortMatcherTests {

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void theSolversMatchIsAsGoodAsTheBestOfEveryPossibleMatch(boolean crossContextRequired) {
        MatchRules rules = new MatchRules(crossContextRequired);
        for (long seed = 1; seed <= 150; seed++) {
            CohortGenerator generator = new CohortGenerator(seed);
            Cohort cohort = generator.cohort(2 + (int) (seed % 3), 3 + (int) (seed % 4), 2);
            CohortMatcher.Result result = CohortMatcher.match(cohort.mentors(), cohort.mentees(), rules);
            long[] best = BruteForce.best(cohort.mentors(), cohort.mentees(), rules);
            assertThat(new long[] {result.matched(), result.totalScore()}).as("seed " + seed).containsExactly(best);
            assertHardRulesHold(cohort, rules, result);
        }
    }

    /** Larger cohorts, with mentor places: the result equals OR-Tools' linear sum assignment on the full matrix. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void largerCohortsEndAtTheOptimumOfTheWholeMatrix(int maxCapacity) {
        MatchRules rules = new MatchRules(true);
        for (long seed = 1; seed <= 6; seed++) {
            Cohort cohort = new CohortGenerator(seed * 31).cohort(30, 60, maxCapacity);
            long[] optimal = CohortMatchingBenchmark.linearSumAssignment(cohort, rules);
            CohortMatcher.Result result = CohortMatcher.match(cohort.mentors(), cohort.mentees(), rules);
            assertThat(new long[] {result.matched(), result.totalScore()}).as("seed %d", seed).containsExactly(optimal);
            assertHardRulesHold(cohort, rules, result);
        }
    }

    @Test
    void capacityMustNotMatchSharedTimeAndContextAreNeverBroken() {
        MatchRules rules = new MatchRules(true);
        Cohort cohort = new CohortGenerator(42).cohort(40, 90, 2);
        CohortMatcher.Result result = CohortMatcher.match(cohort.mentors(), cohort.mentees(), rules);
        assertThat(result.matched()).isGreaterThan(40);
        assertHardRulesHold(cohort, rules, result);
    }

    @Test
    void aPairNamedAsMustNotMatchIsNotMatchedEvenWhenItIsTheOnlyPossibleOne() {
        UUID mentor = UUID.randomUUID();
        UUID mentee = UUID.randomUUID();
        MatchProfile theMentor = profile(mentor, SectorContext.UNIVERSITY, 1, Set.of());
        MatchProfile theMentee = profile(mentee, SectorContext.COMMUNITY_ORGANISATION, 0, Set.of(mentor));
        CohortMatcher.Result result = CohortMatcher.match(List.of(theMentor), List.of(theMentee), new MatchRules(true));
        assertThat(result.matched()).isZero();
        assertThat(result.mentorOf(0)).isEqualTo(-1);

        MatchProfile free = profile(mentee, SectorContext.COMMUNITY_ORGANISATION, 0, Set.of());
        assertThat(CohortMatcher.match(List.of(theMentor), List.of(free), new MatchRules(true)).matched()).isOne();
    }

    @Test
    void aPausedMentorTakesNobody() {
        MatchProfile paused = profile(UUID.randomUUID(), SectorContext.UNIVERSITY, 0, Set.of());
        MatchProfile mentee = profile(UUID.randomUUID(), SectorContext.COMMUNITY_ORGANISATION, 0, Set.of());
        assertThat(CohortMatcher.match(List.of(paused), List.of(mentee), new MatchRules(true)).matched()).isZero();
    }

    static MatchProfile profile(UUID person, SectorContext sector, int capacity, Set<UUID> mustNotMatch) {
        return new MatchProfile(person, person, sector, 3, 0b11, 0b101, 0b110, 0b1, "", capacity, mustNotMatch);
    }

    static void assertHardRulesHold(Cohort cohort, MatchRules rules, CohortMatcher.Result result) {
        int[] taken = new int[cohort.mentors().size()];
        for (int i = 0; i < cohort.mentees().size(); i++) {
            int mentor = result.mentorOf(i);
            if (mentor >= 0) {
                assertThat(rules.problems(cohort.mentors().get(mentor), cohort.mentees().get(i))).isEmpty();
                taken[mentor]++;
            }
        }
        for (int j = 0; j < taken.length; j++) {
            assertThat(taken[j]).isLessThanOrEqualTo(cohort.mentors().get(j).capacity());
        }
    }

    /** Tries every assignment: the best (matched, total score), compared in that order. */
    static final class BruteForce {

        static long[] best(List<MatchProfile> mentors, List<MatchProfile> mentees, MatchRules rules) {
            long[] best = {0, 0};
            search(mentors, mentees, rules, 0, new int[mentors.size()], 0, 0, best);
            return best;
        }

        private static void search(List<MatchProfile> mentors, List<MatchProfile> mentees, MatchRules rules,
                                   int mentee, int[] taken, long matched, long score, long[] best) {
            if (mentee == mentees.size()) {
                if (matched > best[0] || matched == best[0] && score > best[1]) {
                    best[0] = matched;
                    best[1] = score;
                }
                return;
            }
            search(mentors, mentees, rules, mentee + 1, taken, matched, score, best);
            for (int j = 0; j < mentors.size(); j++) {
                MatchProfile mentor = mentors.get(j);
                if (taken[j] < mentor.capacity() && rules.allows(mentor, mentees.get(mentee))) {
                    taken[j]++;
                    search(mentors, mentees, rules, mentee + 1, taken, matched + 1,
                            score + MatchScorer.score(mentor, mentees.get(mentee)), best);
                    taken[j]--;
                }
            }
        }
    }
}
