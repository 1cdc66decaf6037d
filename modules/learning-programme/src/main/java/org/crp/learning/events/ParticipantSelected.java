package org.crp.learning.events;

import org.praxis.platform.PersonId;

import java.time.Instant;

/** The programme team selected an applicant: they are now a participant of the run. */
public record ParticipantSelected(ApplicationId applicationId, ProgrammeRunId runId, String runName,
                                  PersonId participant, String participantName, ParticipantKind kind,
                                  Instant selectedAt) {
}
