package org.praxis.reciprocation.events;

import org.praxis.platform.Licence;
import org.praxis.platform.OrganisationId;
import org.praxis.requests.events.SupportRequestId;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An institution delivered what it gave back. Carries the materials, their licence and attribution
 * so the Hub can take them in for moderation and sharing.
 */
public record ReciprocationDelivered(
        AgreementId agreementId,
        UUID itemId,
        SupportRequestId requestId,
        OrganisationId organisationId,
        String organisationName,
        ReciprocationType type,
        String title,
        String description,
        List<Material> materials,
        Licence licence,
        String attribution,
        Instant deliveredAt) {
}
