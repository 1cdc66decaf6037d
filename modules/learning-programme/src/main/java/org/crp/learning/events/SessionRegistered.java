package org.crp.learning.events;

import org.praxis.platform.PersonId;

import java.time.Instant;

/** A participant registered for a session of their run. */
public record SessionRegistered(SessionId sessionId, ProgrammeRunId runId, PersonId participant,
                                Instant registeredAt) {
}
