package org.praxis.matchmaking.events;

import java.time.Instant;

/** A funded partnership said whether and how it developed. */
public record SeedFundingReported(SeedApplicationId applicationId, PartnershipId partnershipId, boolean developed,
                                  Instant reportedAt) {
}
