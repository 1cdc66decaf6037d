package org.praxis.assessment.events;

/** The kinds of support the programme team can decide on (the reciprocation framework's routes). */
public enum SupportRoute {
    /** Consultancy time with the programme team, in hours. */
    CONSULTANCY_TIME,
    /** A connection with another institution that has similar objectives. */
    CONNECTION_WITH_INSTITUTION,
    /** Train-the-Trainer session(s) so the institution's staff can deliver independently. */
    TRAIN_THE_TRAINER,
    /** A tour of the portal for the institution's postdocs. */
    PORTAL_TOUR,
    /** Guidance written or given for this institution's situation. */
    TAILORED_GUIDANCE,
    OTHER
}
