package org.praxis.hub.internal;

import org.jspecify.annotations.Nullable;
import org.praxis.hub.events.ResourceId;
import org.praxis.hub.events.ResourcePublished;
import org.praxis.platform.OrganisationId;
import org.praxis.reciprocation.events.AgreementId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;

/** Tells other modules a resource was published (inside the publishing transaction), and refreshes counts. */
@Component
class PublicationAnnouncer {

    private final ApplicationEventPublisher events;
    private final FacetCountCache facetCounts;
    private final Clock clock;

    PublicationAnnouncer(ApplicationEventPublisher events, FacetCountCache facetCounts, Clock clock) {
        this.events = events;
        this.facetCounts = facetCounts;
        this.clock = clock;
    }

    void published(ResourceId id, ResourceForm content, @Nullable OrganisationId owner, @Nullable AgreementId agreement) {
        facetCounts.clear();
        Set<String> tags = new LinkedHashSet<>();
        tags.addAll(content.getKeywords());
        tags.addAll(content.getPrinciples());
        tags.addAll(content.getBeneficiaries());
        tags.addAll(content.getStakeholders());
        events.publishEvent(new ResourcePublished(id, content.getTitle().strip(), content.getType(), Set.copyOf(tags),
                owner, agreement, clock.instant()));
    }
}
