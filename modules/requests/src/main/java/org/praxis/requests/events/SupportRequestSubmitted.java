package org.praxis.requests.events;

import org.jspecify.annotations.Nullable;
import org.praxis.platform.OrganisationId;
import org.praxis.platform.PersonId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * An institution submitted a support request. Carries everything an assessor needs, so consumers
 * never ask the requests module back.
 */
public record SupportRequestSubmitted(
        SupportRequestId requestId,
        OrganisationId organisationId,
        String organisationName,
        PersonId submittedBy,
        String title,
        DeliveryMode mode,
        @Nullable String modeOther,
        Set<Capacity> has,
        Set<Need> lacks,
        String context,
        LocalDate timelineStart,
        @Nullable LocalDate timelineEnd,
        String timelineNotes,
        String resourcesAndFunding,
        String contactName,
        String contactEmail,
        Instant submittedAt) {
}
