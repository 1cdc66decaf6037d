package org.praxis.mentoring.internal;

import org.praxis.mentoring.events.SectorContext;

import java.util.EnumMap;
import java.util.Map;

/**
 * Scores a mentor for a mentee, out of {@link MatchCriterion#MAX_TOTAL}, criterion by criterion. Integer
 * arithmetic on bit masks: {@link #score} runs for every allowed pair of a cohort (four million at 2,000 a side),
 * and {@link #breakdown} gives the same points one by one for "why this match".
 */
public final class MatchScorer {

    private MatchScorer() {
    }

    public static int score(MatchProfile mentor, MatchProfile mentee) {
        int total = 0;
        for (MatchCriterion criterion : CRITERIA) {
            total += points(criterion, mentor, mentee);
        }
        return total;
    }

    public static Map<MatchCriterion, Integer> breakdown(MatchProfile mentor, MatchProfile mentee) {
        Map<MatchCriterion, Integer> points = new EnumMap<>(MatchCriterion.class);
        for (MatchCriterion criterion : CRITERIA) {
            points.put(criterion, points(criterion, mentor, mentee));
        }
        return points;
    }

    private static final MatchCriterion[] CRITERIA = MatchCriterion.values();

    static int points(MatchCriterion criterion, MatchProfile mentor, MatchProfile mentee) {
        int weight = criterion.weight();
        return switch (criterion) {
            case VALUES_AND_APPROACH -> share(weight, mentor.values() & mentee.values(), mentor.values() | mentee.values());
            case TOPICS -> share(weight, mentor.topics() & mentee.topics(), mentee.topics());
            case ACTIVITIES -> share(weight, mentor.activities() & mentee.activities(), mentee.activities());
            case CROSS_CONTEXT -> weight * contextDistance(mentor.sector(), mentee.sector()) / 2;
            case EXPERIENCE -> mentor.experienceYears() >= mentee.experienceYears() ? weight
                    : weight * mentor.experienceYears() / Math.max(1, mentee.experienceYears());
            case AVAILABILITY -> share(weight, mentor.availability() & mentee.availability(), mentee.availability());
            case REGION -> !mentee.region().isEmpty() && mentee.region().equals(mentor.region()) ? weight : 0;
        };
    }

    /** 2 for university with community organisation, 1 across a broker, 0 within one context. */
    static int contextDistance(SectorContext a, SectorContext b) {
        if (a == b) {
            return 0;
        }
        return a == SectorContext.BROKER || b == SectorContext.BROKER ? 1 : 2;
    }

    /** The weight times the share of {@code wanted} that {@code met} covers; nothing when nothing is wanted. */
    private static int share(int weight, int met, int wanted) {
        int of = Integer.bitCount(wanted);
        return of == 0 ? 0 : weight * Integer.bitCount(met) / of;
    }
}
