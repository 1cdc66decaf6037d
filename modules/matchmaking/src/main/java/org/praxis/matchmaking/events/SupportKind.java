package org.praxis.matchmaking.events;

/** The support a partnership asks for. */
public enum SupportKind {
    MENTOR,
    PARTNERSHIP_COACH
}
