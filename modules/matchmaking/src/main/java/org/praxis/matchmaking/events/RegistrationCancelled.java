package org.praxis.matchmaking.events;

import org.praxis.platform.PersonId;

import java.time.Instant;

/**
 * A person no longer comes to a match event: they cancelled, turned down an offered place, or let the offer
 * lapse. {@code freedPlace} says whether they held a place, which then goes to the waiting list.
 */
public record RegistrationCancelled(RegistrationId registrationId, MatchEventId eventId, PersonId person,
                                    boolean freedPlace, Instant cancelledAt) {
}
