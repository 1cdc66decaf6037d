package org.praxis.assessment.events;

import org.praxis.platform.OrganisationId;
import org.praxis.platform.PersonId;
import org.praxis.requests.events.SupportRequestId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The programme team finished assessing a request and decided how to support the institution.
 * Carries what the reciprocation module needs to draft an agreement.
 */
public record NeedsAssessmentCompleted(
        UUID assessmentId,
        SupportRequestId requestId,
        OrganisationId organisationId,
        String organisationName,
        String requestTitle,
        PersonId assessor,
        Urgency urgency,
        String strengths,
        String gaps,
        List<DecidedRoute> routes,
        int totalEffortHours,
        String rationale,
        LocalDate timelineStart,
        Instant completedAt) {
}
