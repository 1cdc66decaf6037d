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

/** Tells other modules a resource was published (inside the publishing transaction). */
@Component
class PublicationAnnouncer {

    private final ApplicationEventPublisher events;
    private final Clock clock;

    PublicationAnnouncer(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    void published(ResourceId id, ResourceForm content, @Nullable OrganisationId owner, @Nullable AgreementId agreement) {
        Set<String> tags = new LinkedHashSet<>();
        tags.addAll(content.getKeywords());
        tags.addAll(content.getPrinciples());
        tags.addAll(content.getBeneficiaries());
        tags.addAll(content.getStakeholders());
        events.publishEvent(new ResourcePublished(id, content.getTitle().strip(), content.getType(), Set.copyOf(tags),
                owner, agreement, clock.instant()));
    }
}
