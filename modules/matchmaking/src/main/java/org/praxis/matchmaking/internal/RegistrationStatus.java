package org.praxis.matchmaking.internal;

import java.util.EnumSet;
import java.util.Set;

/** Where a person's registration for a match event stands. */
public enum RegistrationStatus {
    /** Waiting for the organiser's decision. */
    APPLIED,
    /** Has a place. */
    CONFIRMED,
    /** On the waiting list, in the order people joined it. */
    WAITING,
    /** Offered a freed place, to take up before a time limit; the place is held for them meanwhile. */
    OFFERED,
    CANCELLED,
    REFUSED,
    /** Did not take up an offered place in time. */
    OFFER_LAPSED;

    /** The statuses that take one of the event's places. */
    public static final Set<RegistrationStatus> HOLDING_A_PLACE = EnumSet.of(CONFIRMED, OFFERED);

    /** Still in play: the person cannot apply again to the same event. */
    public boolean live() {
        return this == APPLIED || this == CONFIRMED || this == WAITING || this == OFFERED;
    }

    public boolean holdsAPlace() {
        return HOLDING_A_PLACE.contains(this);
    }
}
