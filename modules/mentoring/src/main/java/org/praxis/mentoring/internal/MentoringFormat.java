package org.praxis.mentoring.internal;

/** One mentor with one mentee, or a mentor with a small group. */
public enum MentoringFormat {
    ONE_TO_ONE,
    GROUP
}
