package org.praxis.assessment.events;

/** How soon support is needed, judged mostly from the request's timeline. */
public enum Urgency {
    LOW,
    MEDIUM,
    HIGH
}
