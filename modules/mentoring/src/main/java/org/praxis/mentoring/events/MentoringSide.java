package org.praxis.mentoring.events;

/** Which side of a mentoring pair someone applies for. */
public enum MentoringSide {
    MENTOR,
    MENTEE
}
