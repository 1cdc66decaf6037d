package org.praxis.mentoring.internal;

/** How often pairs are expected to meet. */
public enum Cadence {
    WEEKLY,
    FORTNIGHTLY,
    MONTHLY,
    EVERY_TWO_MONTHS
}
