package org.crp.learning.internal;

import org.praxis.hub.events.ResourcePublished;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.time.ZoneOffset;

/**
 * Keeps the module's list of published Hub resources, which organisers link to sessions by id. Idempotent:
 * an upsert, so a redelivered or repeated publication changes nothing.
 */
@Component
class PublishedResources {

    private final JooqProgrammeRepository repository;

    PublishedResources(JooqProgrammeRepository repository) {
        this.repository = repository;
    }

    @ApplicationModuleListener
    void on(ResourcePublished event) {
        repository.upsertHubResource(event.resourceId().value(), event.title(), event.type(),
                event.publishedAt().atOffset(ZoneOffset.UTC));
    }
}
