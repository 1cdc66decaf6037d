package org.crp.learning.events;

import org.praxis.platform.PersonId;

import java.math.BigDecimal;
import java.time.Instant;

/** A participant asked for follow-up funding for their partnership work. */
public record FollowUpFundingRequested(FundingRequestId requestId, ProgrammeRunId runId, PersonId participant,
                                       BigDecimal amount, Instant requestedAt) {
}
