package org.praxis.matchmaking.events;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;

/** The panel decided a seed fund application: {@code awarded} is the amount granted, or null if declined. */
public record SeedFundingDecided(SeedApplicationId applicationId, PartnershipId partnershipId,
                                 @Nullable BigDecimal awarded, Instant decidedAt) {
}
