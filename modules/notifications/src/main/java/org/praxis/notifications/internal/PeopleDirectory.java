package org.praxis.notifications.internal;

import org.praxis.identity.events.OrganisationRegistered;
import org.praxis.identity.events.PersonRegistered;
import org.praxis.identity.events.RoleGranted;
import org.praxis.identity.events.RoleRevoked;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * This module's own picture of people, fed by identity's events: name, organisation, email and
 * roles, so recipients can be found ("Liceria's institution leads") without asking identity.
 * Events may arrive in any order and more than once; every write is an upsert.
 */
@Component
class PeopleDirectory {

    private final JooqNotificationRepository repository;

    PeopleDirectory(JooqNotificationRepository repository) {
        this.repository = repository;
    }

    @ApplicationModuleListener
    void on(PersonRegistered event) {
        repository.upsertPerson(event.personId(), event.organisationId(), event.fullName(), event.email());
    }

    /** Carries the person's name and organisation too, as it may arrive before PersonRegistered. */
    @ApplicationModuleListener
    void on(RoleGranted event) {
        repository.upsertPerson(event.personId(), event.organisationId(), event.fullName(), null);
        repository.grantRole(event.personId(), event.role());
    }

    @ApplicationModuleListener
    void on(RoleRevoked event) {
        repository.revokeRole(event.personId(), event.role());
    }

    @ApplicationModuleListener
    void on(OrganisationRegistered event) {
        repository.upsertOrganisation(event.organisationId(), event.name());
    }
}
