package org.praxis.mentoring.internal;

import org.praxis.identity.events.PersonRegistered;
import org.praxis.identity.events.RoleGranted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * This module's copy of people's names and organisations, fed by identity's events as every module keeps its
 * own (docs/architecture.md): so a mentee can name someone they must not be matched with, and names show
 * whether or not those people have signed in. Each listener is an upsert: a redelivered event changes nothing.
 */
@Component
class IdentityReadModel {

    private final JooqPeopleRepository people;
    private final Clock clock;

    IdentityReadModel(JooqPeopleRepository people, Clock clock) {
        this.people = people;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(PersonRegistered event) {
        people.upsert(event.personId(), event.organisationId(), event.fullName(), OffsetDateTime.now(clock));
    }

    /** Carries the person's name too: it may arrive before their registration. */
    @ApplicationModuleListener
    void on(RoleGranted event) {
        people.upsert(event.personId(), event.organisationId(), event.fullName(), OffsetDateTime.now(clock));
    }
}
