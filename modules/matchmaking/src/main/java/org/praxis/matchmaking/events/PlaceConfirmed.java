package org.praxis.matchmaking.events;

import org.praxis.platform.PersonId;

import java.time.Instant;

/** A person has a place at a match event: approved, given at once, or taken up from the waiting list. */
public record PlaceConfirmed(RegistrationId registrationId, MatchEventId eventId, PersonId person,
                             AttendeeSide side, Instant confirmedAt) {
}
