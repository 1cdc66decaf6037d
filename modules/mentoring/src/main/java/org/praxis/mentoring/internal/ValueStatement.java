package org.praxis.mentoring.internal;

/** Values and ways of working someone holds to; matching weighs them above anything else. */
public enum ValueStatement {
    SHARING_POWER,
    MUTUAL_BENEFIT,
    LIVED_EXPERIENCE_LEADS,
    OPEN_CHALLENGE,
    GENTLE_SUPPORT,
    STRUCTURED_APPROACH,
    FLEXIBLE_APPROACH,
    PRACTICAL_ACTION,
    REFLECTIVE_PRACTICE
}
