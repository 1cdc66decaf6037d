package org.praxis.requests.events;

import java.time.Instant;

/**
 * A page kept by another module now belongs to this request (its agreement, a resource that came from it).
 * Published by the modules downstream of requests in the requests module's own vocabulary, like
 * {@link SupportRequestProgressed}, so the request's page can lead to it without requests knowing them.
 *
 * @param link a route inside the application, without a leading slash, e.g. {@code agreements/<id>}
 */
public record SupportRequestLinked(SupportRequestId requestId, RelatedPage page, String link, Instant at) {
}
