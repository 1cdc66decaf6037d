package org.praxis.mentoring.internal;

import org.junit.jupiter.api.Test;
import org.praxis.mentoring.events.SectorContext;

import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The score's criteria: values and approach weigh most, demographics least; the breakdown adds up. */
class MatchScorerTests {

    @Test
    void theWeightsAddUpToOneThousandAndValuesWeighMostAndRegionLeast() {
        assertThat(Arrays.stream(MatchCriterion.values()).mapToInt(MatchCriterion::weight).sum()).isEqualTo(MatchCriterion.MAX_TOTAL);
        assertThat(MatchCriterion.VALUES_AND_APPROACH.weight())
                .isGreaterThan(Arrays.stream(MatchCriterion.values()).filter(c -> c != MatchCriterion.VALUES_AND_APPROACH)
                        .mapToInt(MatchCriterion::weight).max().orElseThrow());
        assertThat(MatchCriterion.REGION.weight())
                .isLessThan(Arrays.stream(MatchCriterion.values()).filter(c -> c != MatchCriterion.REGION)
                        .mapToInt(MatchCriterion::weight).min().orElseThrow());
    }

    @Test
    void sharedValuesBeatTheSameRegion() {
        MatchProfile mentee = profile(SectorContext.COMMUNITY_ORGANISATION, 0b0011, "leeds");
        MatchProfile sameValuesElsewhere = profile(SectorContext.UNIVERSITY, 0b0011, "bristol");
        MatchProfile otherValuesSameRegion = profile(SectorContext.UNIVERSITY, 0b1100, "leeds");
        assertThat(MatchScorer.score(sameValuesElsewhere, mentee)).isGreaterThan(MatchScorer.score(otherValuesSameRegion, mentee));
    }

    @Test
    void universityWithCommunityScoresFullyBrokersHalfAndTheSameContextNothing() {
        MatchProfile community = profile(SectorContext.COMMUNITY_ORGANISATION, 1, "");
        assertThat(MatchScorer.breakdown(profile(SectorContext.UNIVERSITY, 1, ""), community).get(MatchCriterion.CROSS_CONTEXT)).isEqualTo(100);
        assertThat(MatchScorer.breakdown(profile(SectorContext.BROKER, 1, ""), community).get(MatchCriterion.CROSS_CONTEXT)).isEqualTo(50);
        assertThat(MatchScorer.breakdown(profile(SectorContext.COMMUNITY_ORGANISATION, 1, ""), community).get(MatchCriterion.CROSS_CONTEXT)).isZero();
    }

    @Test
    void theBreakdownAddsUpToTheScore() {
        var cohort = new org.praxis.mentoring.benchmark.CohortGenerator(7).cohort(20, 20, 2);
        for (MatchProfile mentor : cohort.mentors()) {
            for (MatchProfile mentee : cohort.mentees()) {
                int score = MatchScorer.score(mentor, mentee);
                assertThat(MatchScorer.breakdown(mentor, mentee).values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(score);
                assertThat(score).isBetween(0, MatchCriterion.MAX_TOTAL);
            }
        }
    }

    private static MatchProfile profile(SectorContext sector, int values, String region) {
        return new MatchProfile(UUID.randomUUID(), UUID.randomUUID(), sector, 5, 0b1, 0b1, values, 0b1, region, 1, Set.of());
    }
}
