package org.crp.learning.events;

import org.praxis.platform.PersonId;

import java.time.Instant;

/** A participant filed the short report on what their follow-up funding made possible. */
public record FollowUpFundingReported(FundingRequestId requestId, ProgrammeRunId runId, PersonId participant,
                                      Instant reportedAt) {
}
