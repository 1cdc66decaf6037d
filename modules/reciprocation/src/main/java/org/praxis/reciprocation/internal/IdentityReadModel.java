package org.praxis.reciprocation.internal;

import org.praxis.identity.events.OrganisationRegistered;
import org.praxis.identity.events.RoleGranted;
import org.praxis.identity.events.RoleRevoked;
import org.praxis.platform.Role;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * Keeps this module's copy of organisation names and of the people who matter to agreements:
 * institution leads (who may accept for their organisation and are reminded about what it gives back)
 * and programme team members (who deliver support). Upserts and deletes only: idempotent.
 */
@Component
class IdentityReadModel {

    private static final Set<Role> KEPT = Set.of(Role.INSTITUTION_LEAD, Role.PROGRAMME_TEAM);

    private final JooqAgreementRepository repository;

    IdentityReadModel(JooqAgreementRepository repository) {
        this.repository = repository;
    }

    @ApplicationModuleListener
    void on(OrganisationRegistered event) {
        repository.upsertOrganisation(event.organisationId(), event.name());
    }

    @ApplicationModuleListener
    void on(RoleGranted event) {
        if (KEPT.contains(event.role())) {
            repository.upsertPersonRole(event.personId(), event.role(), event.organisationId(), event.fullName());
        }
    }

    @ApplicationModuleListener
    void on(RoleRevoked event) {
        if (KEPT.contains(event.role())) {
            repository.deletePersonRole(event.personId(), event.role());
        }
    }
}
