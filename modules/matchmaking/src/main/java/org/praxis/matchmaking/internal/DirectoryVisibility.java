package org.praxis.matchmaking.internal;

/** Who may see an attendee in an event's directory: each person chooses. */
public enum DirectoryVisibility {
    /** Everyone signed in to Praxis. */
    ALL_SIGNED_IN,
    /** Only people with a confirmed place at the same event. */
    ATTENDEES,
    /** Nobody: the person never appears in the directory. */
    HIDDEN
}
