package org.crp.learning.events;

import org.praxis.platform.PersonId;

import java.time.Instant;

/** The programme team put an application on the waiting list for the run. */
public record ApplicationWaitListed(ApplicationId applicationId, ProgrammeRunId runId, PersonId applicant,
                                    Instant decidedAt) {
}
