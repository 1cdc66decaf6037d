package org.praxis.matchmaking.internal;

import org.praxis.identity.events.OrganisationRegistered;
import org.praxis.identity.events.PersonRegistered;
import org.praxis.identity.events.RoleGranted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * This module's copy of the people and organisations identity owns, fed by identity's events as every module
 * keeps its own (docs/architecture.md): names and organisations shown in registrations and the attendee
 * directory, as people are now rather than as they were when they applied. Each listener is an upsert in its
 * own transaction, so a redelivered event changes nothing.
 */
@Component
class IdentityReadModel {

    private final JooqPeopleRepository people;
    private final MatchmakingTime time;

    IdentityReadModel(JooqPeopleRepository people, MatchmakingTime time) {
        this.people = people;
        this.time = time;
    }

    @ApplicationModuleListener
    void on(OrganisationRegistered event) {
        people.upsertOrganisation(event.organisationId(), event.name());
    }

    @ApplicationModuleListener
    void on(PersonRegistered event) {
        people.upsertPerson(event.personId(), event.organisationId(), event.fullName(), time.now());
    }

    /** A role change carries the person's current name: kept too, as events about one person may come in any order. */
    @ApplicationModuleListener
    void on(RoleGranted event) {
        people.upsertPerson(event.personId(), event.organisationId(), event.fullName(), time.now());
    }
}
