package org.praxis.matchmaking.events;

import org.praxis.platform.PersonId;

import java.time.Instant;

/**
 * Someone applied to a match event. With approval, the organiser decides; at an event that gives places to the
 * first who apply, {@link PlaceConfirmed} or a place on the waiting list follows at once.
 */
public record MatchEventApplied(RegistrationId registrationId, MatchEventId eventId, PersonId person,
                                AttendeeSide side, Instant appliedAt) {
}
