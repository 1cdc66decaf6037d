package org.praxis.reciprocation.events;

/** Which side of an agreement an item belongs to. */
public enum Side {
    /** Support the programme gives the institution (the plan of action). */
    SUPPORT,
    /** What the institution gives back (the reciprocation). */
    RECIPROCATION
}
