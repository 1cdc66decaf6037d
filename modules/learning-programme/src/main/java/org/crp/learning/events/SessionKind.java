package org.crp.learning.events;

/** What kind of gathering a session is. */
public enum SessionKind {
    /** A curated online half-day learning session (quarterly). */
    LEARNING,
    /** An online event showcasing participants' work. */
    SHOWCASE,
    /** An online networking event. */
    NETWORKING
}
