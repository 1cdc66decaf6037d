package org.crp.learning.internal;

import org.praxis.identity.events.OrganisationRegistered;
import org.praxis.identity.events.PersonRegistered;
import org.praxis.identity.events.RoleGranted;
import org.praxis.identity.events.RoleRevoked;
import org.praxis.platform.Role;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * This module's copy of the people and organisations the identity module owns, fed by identity's events as
 * every module keeps its own (docs/architecture.md): everyone registered, with their organisation, and which of
 * them lead sessions (the facilitator and programme team roles). So facilitators can be chosen, and organisers'
 * and facilitators' names shown, whether or not those people have ever signed in.
 *
 * <p>Each listener is an upsert or a removal in its own transaction, so a redelivered event changes nothing and
 * events about one person may arrive in any order. With demo data on, learning who the demo organiser is (their
 * registration and their programme team role, in either order) makes them organiser of the demo run
 * ({@link DemoOrganiser}).
 */
@Component
class IdentityReadModel {

    /** The roles this module asks about; others are not kept. */
    static final Set<Role> KEPT = Set.of(LearningRoles.FACILITATOR_ROLE, Role.PROGRAMME_TEAM);

    private final JooqPeopleRepository people;
    private final DemoOrganiser demoOrganiser;
    private final LearningTime time;

    IdentityReadModel(JooqPeopleRepository people, DemoOrganiser demoOrganiser, LearningTime time) {
        this.people = people;
        this.demoOrganiser = demoOrganiser;
        this.time = time;
    }

    @ApplicationModuleListener
    void on(OrganisationRegistered event) {
        people.upsertOrganisation(event.organisationId(), event.name());
    }

    @ApplicationModuleListener
    void on(PersonRegistered event) {
        demoOrganiser.waitForTurn();
        people.upsertPerson(event.personId(), event.organisationId(), event.fullName(),
                demoOrganiser.isTheirAddress(event.email()), time.now());
        demoOrganiser.takeUpDemoRun();
    }

    @ApplicationModuleListener
    void on(RoleGranted event) {
        if (!KEPT.contains(event.role())) {
            return;
        }
        demoOrganiser.waitForTurn();
        people.addRole(event.personId(), event.organisationId(), event.fullName(), event.role(), time.now());
        demoOrganiser.takeUpDemoRun();
    }

    @ApplicationModuleListener
    void on(RoleRevoked event) {
        if (KEPT.contains(event.role())) {
            people.removeRole(event.personId(), event.role(), time.now());
        }
    }
}
