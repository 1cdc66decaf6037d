package org.praxis.hub.internal;

import org.jspecify.annotations.Nullable;
import org.praxis.hub.events.ResourceId;
import org.praxis.hub.events.ResourcePublished;
import org.praxis.platform.OrganisationId;
import org.praxis.reciprocation.events.AgreementId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Tells other modules a resource was published (inside the publishing transaction), and the owner
 * institution's leads when it came from their reciprocation ({@link HubNotices#published}).
 */
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
        String title = content.getTitle().strip();
        Instant at = clock.instant();
        events.publishEvent(new ResourcePublished(id, title, content.getType(), Set.copyOf(tags), owner, agreement, at));
        HubNotices.published(id, title, owner, agreement, at).ifPresent(events::publishEvent);
    }
}
