package org.praxis.requests.events;

/** Something an institution says it lacks. */
public enum Need {
    KNOWLEDGE,
    ADMIN_SUPPORT,
    TIME,
    FUNDING
}
