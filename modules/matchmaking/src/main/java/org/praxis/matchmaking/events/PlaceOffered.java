package org.praxis.matchmaking.events;

import org.praxis.platform.PersonId;

import java.time.Instant;

/** A place was freed and offered to the next person on the waiting list, to take up before {@code offeredUntil}. */
public record PlaceOffered(RegistrationId registrationId, MatchEventId eventId, PersonId person,
                           AttendeeSide side, Instant offeredUntil) {
}
