package org.crp.learning.events;

import org.praxis.platform.PersonId;

import java.time.Instant;

/** The applicant withdrew their application (or left the programme, if they had been selected). */
public record LearningApplicationWithdrawn(ApplicationId applicationId, ProgrammeRunId runId, PersonId applicant,
                                           boolean wasSelected, Instant withdrawnAt) {
}
