package org.praxis.matchmaking.events;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The programme team recorded the payment of a seed fund award. */
public record SeedFundingPaid(SeedApplicationId applicationId, PartnershipId partnershipId, BigDecimal amount,
                              LocalDate paidOn) {
}
