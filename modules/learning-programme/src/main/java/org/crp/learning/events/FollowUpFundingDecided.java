package org.crp.learning.events;

import org.jspecify.annotations.Nullable;
import org.praxis.platform.PersonId;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The programme team decided a follow-up funding request.
 *
 * @param grantedAmount in pounds; null when declined
 */
public record FollowUpFundingDecided(FundingRequestId requestId, ProgrammeRunId runId, PersonId participant,
                                     boolean granted, @Nullable BigDecimal grantedAmount, Instant decidedAt) {
}
