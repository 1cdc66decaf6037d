package org.crp.learning.events;

import org.jspecify.annotations.Nullable;
import org.praxis.platform.PersonId;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The programme team decided an applicant's bursary request.
 *
 * @param grantedAmount the amount granted in pounds; null when declined
 */
public record BursaryDecided(ApplicationId applicationId, ProgrammeRunId runId, PersonId applicant, boolean granted,
                             @Nullable BigDecimal grantedAmount, Instant decidedAt) {
}
