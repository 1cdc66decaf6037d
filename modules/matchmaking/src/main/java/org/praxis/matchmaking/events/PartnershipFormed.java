package org.praxis.matchmaking.events;

import org.jspecify.annotations.Nullable;
import org.praxis.platform.PersonId;

import java.time.Instant;

/** A community organisation and a researcher who met at a match event (a broker optional) formed a partnership. */
public record PartnershipFormed(PartnershipId partnershipId, MatchEventId eventId, String name,
                                PersonId communityPartner, PersonId researchPartner, @Nullable PersonId broker,
                                Instant formedAt) {
}
