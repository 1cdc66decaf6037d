package org.praxis.mentoring.internal;

/**
 * What a match is scored on, with the most points each can give; together 1,000. Values and approach weigh
 * most, as people on mentoring platforms ask; where someone lives (the only demographic asked) weighs least.
 */
public enum MatchCriterion {
    /** Shared values and ways of working (overlap of the statements both chose). */
    VALUES_AND_APPROACH(350),
    /** How many of the mentee's topics the mentor offers. */
    TOPICS(250),
    /** How many of the kinds of activity the mentee wants the mentor offers. */
    ACTIVITIES(150),
    /** University with community organisation scores fully; with a broker, half; the same context, nothing. */
    CROSS_CONTEXT(100),
    /** The mentor has at least the mentee's years of partnership experience. */
    EXPERIENCE(80),
    /** How many of the mentee's times the mentor shares. */
    AVAILABILITY(40),
    /** Same region. */
    REGION(30);

    public static final int MAX_TOTAL = 1000;

    private final int weight;

    MatchCriterion(int weight) {
        this.weight = weight;
    }

    public int weight() {
        return weight;
    }
}
