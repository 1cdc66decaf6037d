package org.praxis.assessment.internal;

import org.jspecify.annotations.Nullable;
import org.praxis.assessment.events.SupportRoute;
import org.praxis.platform.OrganisationId;
import org.praxis.platform.PersonId;
import org.praxis.requests.events.Capacity;
import org.praxis.requests.events.DeliveryMode;
import org.praxis.requests.events.Need;
import org.praxis.requests.events.SupportRequestId;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Read-only projections the assessment views show. */
public final class AssessmentViews {

    private AssessmentViews() {
    }

    /** One line of the assessment queue. */
    public record QueueRow(SupportRequestId requestId, String organisationName, String title, DeliveryMode mode,
                           AssessmentStatus status, @Nullable String assessorName, LocalDate timelineStart,
                           OffsetDateTime submittedAt) {
    }

    /** What the institution asked for, as submitted. */
    public record RequestFacts(SupportRequestId requestId, OrganisationId organisationId, String organisationName,
                               String title, DeliveryMode mode, @Nullable String modeOther, Set<Capacity> has,
                               Set<Need> lacks, String context, LocalDate timelineStart,
                               @Nullable LocalDate timelineEnd, String resources, OffsetDateTime submittedAt) {
    }

    /** A request with its assessment so far. */
    public record AssessmentDetails(RequestFacts request, AssessmentStatus status, int version,
                                    @Nullable PersonId assessorId, @Nullable String assessorName,
                                    AssessmentForm assessment, String declineReason) {
    }

    /**
     * What the team decided, as the institution may read it: the routes and why. The team's working notes,
     * strengths, gaps and urgency stay with the team.
     */
    public record Decision(SupportRequestId requestId, String requestTitle, List<RouteDraft> routes, String rationale) {
    }

    /** A route the rules suggest, with the reason in plain words. */
    public record Suggestion(SupportRoute route, String title, String reason, int typicalEffortHours) {
    }

    /**
     * A peer institution worth connecting with, and why: its request asked for the same kind of
     * support ({@code sameMode}) or named the same needs ({@code sharedNeeds}).
     */
    public record PeerSuggestion(OrganisationId organisationId, String organisationName, boolean sameMode,
                                 Set<Need> sharedNeeds, String theirRequestTitle, OffsetDateTime submittedAt) {
    }

    /** A route in the catalogue. */
    public record CatalogueEntry(SupportRoute route, String title, String description, int typicalEffortHours) {
    }

    /** A suggestion rule as the team edits it. */
    public record Rule(UUID id, @Nullable Need whenLacks, @Nullable DeliveryMode whenMode,
                       @Nullable Capacity whenMissing, SupportRoute route, String suggestedTitle, String reason,
                       boolean active, int version) {
    }

    /** Someone who can be assigned as assessor. */
    public record Assessor(PersonId personId, String fullName) {
    }
}
