package org.praxis.mentoring.internal;

/** A cohort starts together and is matched at once; a rolling programme takes people in all year. */
public enum ProgrammeKind {
    COHORT,
    ROLLING
}
