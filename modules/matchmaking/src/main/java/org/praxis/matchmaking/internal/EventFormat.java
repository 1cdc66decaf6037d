package org.praxis.matchmaking.internal;

/** Where a match event happens. */
public enum EventFormat {
    IN_PERSON,
    ONLINE
}
