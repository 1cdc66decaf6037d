package org.praxis.hub.internal;

import org.praxis.identity.events.OrganisationRegistered;
import org.praxis.identity.events.RoleGranted;
import org.praxis.identity.events.RoleRevoked;
import org.praxis.platform.Role;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the Hub's copies of organisation names (to credit owners) and of the people who hold the
 * moderator role (to assign reviewers). Idempotent upserts and deletes.
 */
@Component
class IdentityReadModel {

    private final JooqResourceRepository repository;

    IdentityReadModel(JooqResourceRepository repository) {
        this.repository = repository;
    }

    @ApplicationModuleListener
    void on(OrganisationRegistered event) {
        repository.upsertOrganisation(event.organisationId(), event.name());
    }

    @ApplicationModuleListener
    void on(RoleGranted event) {
        if (event.role() == Role.MODERATOR) {
            repository.upsertModerator(event.personId(), event.fullName(), event.organisationId());
        }
    }

    @ApplicationModuleListener
    void on(RoleRevoked event) {
        if (event.role() == Role.MODERATOR) {
            repository.removeModerator(event.personId());
        }
    }
}
