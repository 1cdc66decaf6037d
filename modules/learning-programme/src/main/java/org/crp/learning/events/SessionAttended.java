package org.crp.learning.events;

import org.praxis.platform.PersonId;

import java.time.Instant;

/** A facilitator or the programme team recorded that a participant attended a session. */
public record SessionAttended(SessionId sessionId, ProgrammeRunId runId, SessionKind kind, PersonId participant,
                              Instant markedAt) {
}
