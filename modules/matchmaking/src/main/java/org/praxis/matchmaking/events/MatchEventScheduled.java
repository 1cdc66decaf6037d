package org.praxis.matchmaking.events;

import org.praxis.platform.PersonId;

import java.time.Instant;

/** The programme team scheduled a match event; people can apply to it. */
public record MatchEventScheduled(MatchEventId eventId, String title, Instant startsAt, Instant endsAt,
                                  boolean online, PersonId organiser) {
}
