package org.praxis.requests.internal;

import org.jspecify.annotations.Nullable;
import org.praxis.platform.OrganisationId;
import org.praxis.requests.events.DeliveryMode;
import org.praxis.requests.events.RelatedPage;
import org.praxis.requests.events.SupportRequestId;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Read-only projections the request views show. */
public final class RequestViews {

    private RequestViews() {
    }

    /** One line in a list of requests. */
    public record RequestSummary(SupportRequestId id, OrganisationId organisationId, String organisationName,
                                 String title, @Nullable DeliveryMode mode, RequestStatus status,
                                 @Nullable LocalDate timelineStart, @Nullable OffsetDateTime submittedAt,
                                 OffsetDateTime updatedAt) {
    }

    /** One step of a request's history. */
    public record StatusChange(RequestStatus status, OffsetDateTime at, String note) {
    }

    /** Everything about one request, for its page and its editor. */
    public record RequestDetails(SupportRequestId id, OrganisationId organisationId, String organisationName,
                                 RequestStatus status, int version, SupportRequestForm content,
                                 @Nullable OffsetDateTime submittedAt, List<StatusChange> history,
                                 List<RelatedPageLink> related) {

        /** Whether a page of this kind belongs to the request yet. */
        public boolean has(RelatedPage page) {
            return related.stream().anyMatch(link -> link.page() == page);
        }
    }

    /** A page elsewhere in Praxis that belongs to the request, oldest first. */
    public record RelatedPageLink(RelatedPage page, String link) {
    }

    /** The programme team's queue filters; null or blank means "any". */
    public record QueueFilter(@Nullable RequestStatus status, @Nullable DeliveryMode mode, @Nullable String text) {

        public static QueueFilter none() {
            return new QueueFilter(null, null, null);
        }
    }
}
