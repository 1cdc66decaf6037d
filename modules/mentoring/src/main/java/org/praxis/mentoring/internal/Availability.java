package org.praxis.mentoring.internal;

/** When in the week someone can meet; a pair must share at least one. */
public enum Availability {
    WEEKDAY_MORNINGS,
    WEEKDAY_AFTERNOONS,
    WEEKDAY_EVENINGS,
    WEEKEND_MORNINGS,
    WEEKEND_AFTERNOONS,
    WEEKEND_EVENINGS
}
