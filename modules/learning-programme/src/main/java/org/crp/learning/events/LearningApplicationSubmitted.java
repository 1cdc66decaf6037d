package org.crp.learning.events;

import org.jspecify.annotations.Nullable;
import org.praxis.platform.PersonId;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Someone applied to join a programme run.
 *
 * @param bursaryRequested the bursary asked for, in pounds, when fees or expenses are a barrier; null if none
 */
public record LearningApplicationSubmitted(ApplicationId applicationId, ProgrammeRunId runId, String runName,
                                           PersonId applicant, String applicantName, ParticipantKind kind,
                                           @Nullable BigDecimal bursaryRequested, Instant submittedAt) {
}
