package org.praxis.mentoring.internal;

/** What people want to talk about in mentoring (the programme's types of content). */
public enum Topic {
    POWER_IMBALANCES,
    NAVIGATING_DYNAMICS,
    RECOGNITION,
    MANAGING_RISKS,
    BURNOUT,
    ETHICS,
    PROCESS_EVALUATION,
    EVIDENCING_VALUE,
    MUTUALITY
}
