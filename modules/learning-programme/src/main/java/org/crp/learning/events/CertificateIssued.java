package org.crp.learning.events;

import org.praxis.platform.PersonId;

import java.time.Instant;
import java.time.LocalDate;

/** The programme team marked a participant as having completed the run; their certificate can be downloaded. */
public record CertificateIssued(ApplicationId applicationId, ProgrammeRunId runId, String runName,
                                PersonId participant, String participantName, LocalDate issuedOn, Instant issuedAt) {
}
