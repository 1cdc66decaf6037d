package org.praxis.coproduction.internal;

import org.praxis.identity.events.PersonRegistered;
import org.praxis.identity.events.RoleGranted;
import org.praxis.identity.events.RoleRevoked;
import org.praxis.platform.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * This module's copy of the people identity owns, fed by its events as learning's is: names to show (reviewers,
 * leads, support contacts) and who holds the roles this module asks about, whether or not they have signed in.
 * Each listener is an upsert or a removal, so a redelivered event changes nothing and order does not matter.
 */
@Component
class IdentityReadModel {

    static final Set<Role> KEPT = Set.of(Role.PROGRAMME_TEAM, Role.CO_PRODUCER, CoproductionRoles.REVIEWER_ROLE);

    private final JooqPeopleRepository people;
    private final CoproductionTime time;
    private final ObjectProvider<CoproductionDemoData> demoData;

    IdentityReadModel(JooqPeopleRepository people, CoproductionTime time, ObjectProvider<CoproductionDemoData> demoData) {
        this.people = people;
        this.time = time;
        this.demoData = demoData;
    }

    @ApplicationModuleListener
    void on(PersonRegistered event) {
        people.upsertPerson(event.personId(), event.fullName(), time.now());
    }

    @ApplicationModuleListener
    void on(RoleGranted event) {
        if (KEPT.contains(event.role())) {
            people.addRole(event.personId(), event.fullName(), event.role(), time.now());
            if (event.role().equals(Role.PROGRAMME_TEAM)) {
                demoData.ifAvailable(demo -> demo.leadDemoElementIfNobodyDoes(event.personId()));
            }
        }
    }

    @ApplicationModuleListener
    void on(RoleRevoked event) {
        if (KEPT.contains(event.role())) {
            people.removeRole(event.personId(), event.role(), time.now());
        }
    }
}
