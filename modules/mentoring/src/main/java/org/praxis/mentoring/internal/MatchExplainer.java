package org.praxis.mentoring.internal;

import org.praxis.mentoring.internal.MentoringViews.Intake;
import org.praxis.mentoring.internal.MentoringViews.Reason;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * "Why this match": the pair's score criterion by criterion, each with its points and a sentence in plain words
 * (a message key and its arguments). The points are {@link MatchScorer}'s, so they add up to the score.
 */
final class MatchExplainer {

    private MatchExplainer() {
    }

    static List<Reason> reasons(Intake mentor, Intake mentee) {
        MatchProfile a = mentor.profile();
        MatchProfile b = mentee.profile();
        Map<MatchCriterion, Integer> points = MatchScorer.breakdown(a, b);
        List<Reason> reasons = new ArrayList<>();
        for (MatchCriterion criterion : MatchCriterion.values()) {
            String key = "mentoring.why." + criterion.name();
            List<Object> arguments = switch (criterion) {
                case VALUES_AND_APPROACH -> List.of(Integer.bitCount(a.values() & b.values()), Integer.bitCount(a.values() | b.values()));
                case TOPICS -> List.of(Integer.bitCount(a.topics() & b.topics()), Integer.bitCount(b.topics()));
                case ACTIVITIES -> List.of(Integer.bitCount(a.activities() & b.activities()), Integer.bitCount(b.activities()));
                case CROSS_CONTEXT -> List.of();
                case EXPERIENCE -> List.of(mentor.experienceYears(), mentee.experienceYears());
                case AVAILABILITY -> List.of(Integer.bitCount(a.availability() & b.availability()), Integer.bitCount(b.availability()));
                case REGION -> List.of(mentee.region().strip());
            };
            if (criterion == MatchCriterion.CROSS_CONTEXT) {
                key += "." + MatchScorer.contextDistance(a.sector(), b.sector());
            } else if (criterion == MatchCriterion.REGION) {
                key += points.get(criterion) > 0 ? ".same" : ".different";
            }
            reasons.add(new Reason(criterion, points.get(criterion), criterion.weight(), key, arguments));
        }
        return reasons;
    }
}
