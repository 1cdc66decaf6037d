package org.praxis.matchmaking.events;

import java.math.BigDecimal;
import java.time.Instant;

/** A partnership applied to the seed fund for partnership development (up to £1,000). */
public record SeedFundingRequested(SeedApplicationId applicationId, PartnershipId partnershipId, BigDecimal amount,
                                   Instant submittedAt) {
}
