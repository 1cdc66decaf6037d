package org.praxis.matchmaking.internal;

import org.praxis.hub.events.ResourcePublished;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.time.ZoneOffset;

/**
 * Keeps the module's list of published Hub resources, which organisers link to match events as pre-work, by id.
 * An upsert, so a redelivered publication changes nothing.
 */
@Component
class HubMaterials {

    private final JooqEventRepository events;

    HubMaterials(JooqEventRepository events) {
        this.events = events;
    }

    @ApplicationModuleListener
    void on(ResourcePublished event) {
        events.upsertHubResource(event.resourceId().value(), event.title(), event.type(),
                event.publishedAt().atOffset(ZoneOffset.UTC));
    }
}
