package org.crp.learning.events;

import org.praxis.platform.PersonId;

import java.time.Instant;

/** The programme team did not select an applicant for the run (the reason is told to the applicant only). */
public record ApplicationNotSelected(ApplicationId applicationId, ProgrammeRunId runId, PersonId applicant,
                                     Instant decidedAt) {
}
