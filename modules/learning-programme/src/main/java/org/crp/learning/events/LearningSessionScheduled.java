package org.crp.learning.events;

import org.jspecify.annotations.Nullable;
import org.praxis.platform.PersonId;

import java.time.Instant;

/**
 * A session, showcase or networking event was added to a run's calendar.
 *
 * @param facilitator who leads it; null while the programme team has not chosen anyone
 */
public record LearningSessionScheduled(SessionId sessionId, ProgrammeRunId runId, SessionKind kind, String title,
                                       Instant startsAt, Instant endsAt, @Nullable PersonId facilitator) {
}
