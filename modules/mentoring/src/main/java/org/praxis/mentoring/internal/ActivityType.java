package org.praxis.mentoring.internal;

/** The kinds of mentoring activity someone wants (from the programme design). */
public enum ActivityType {
    SOUNDING_BOARD,
    CHALLENGE_AND_CRITIQUE,
    ACTION_AND_REVIEW,
    SHARED_REFLECTION,
    FUTURE_PLANNING
}
