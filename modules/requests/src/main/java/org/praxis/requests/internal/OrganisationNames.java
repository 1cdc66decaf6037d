package org.praxis.requests.internal;

import org.praxis.identity.events.OrganisationRegistered;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Keeps this module's copy of organisation names, so request lists can show them. Idempotent. */
@Component
class OrganisationNames {

    private final JooqSupportRequestRepository repository;

    OrganisationNames(JooqSupportRequestRepository repository) {
        this.repository = repository;
    }

    @ApplicationModuleListener
    void on(OrganisationRegistered event) {
        repository.upsertOrganisation(event.organisationId(), event.name());
    }
}
