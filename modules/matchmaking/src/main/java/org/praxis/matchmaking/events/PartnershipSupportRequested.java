package org.praxis.matchmaking.events;

import org.jspecify.annotations.Nullable;
import org.praxis.platform.PersonId;

import java.time.Instant;
import java.util.List;

/**
 * A partnership asks to be allocated a mentor or a partnership coach. Matchmaking allocates nobody itself: the
 * module that runs mentoring and coaching takes this up (no call goes the other way).
 *
 * @param members the partners (and broker, if any), who would meet the mentor or coach
 * @param note    what they would like help with, in their words
 */
public record PartnershipSupportRequested(PartnershipId partnershipId, String partnershipName, SupportKind kind,
                                          List<PersonId> members, PersonId requestedBy, @Nullable String note,
                                          Instant requestedAt) {
}
