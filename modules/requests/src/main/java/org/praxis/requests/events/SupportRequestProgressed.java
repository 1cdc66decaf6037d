package org.praxis.requests.events;

import java.time.Instant;

/**
 * A request reached a new stage. Published by the modules downstream of requests (assessment,
 * reciprocation) in the requests module's own vocabulary, so that requests can keep the status
 * the institution sees without depending on them: events flow one way and modules stay acyclic
 * (docs/adr/0005).
 *
 * @param note plain-words note for the institution's timeline (may be empty)
 */
public record SupportRequestProgressed(SupportRequestId requestId, RequestStage stage, String note, Instant at) {
}
