package org.praxis.assessment.internal;

import org.praxis.identity.events.RoleGranted;
import org.praxis.identity.events.RoleRevoked;
import org.praxis.platform.Role;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Keeps the list of people who can be assigned as assessors: the programme team. Idempotent. */
@Component
class ProgrammeTeam {

    private final JooqAssessmentRepository repository;

    ProgrammeTeam(JooqAssessmentRepository repository) {
        this.repository = repository;
    }

    @ApplicationModuleListener
    void on(RoleGranted event) {
        if (event.role() == Role.PROGRAMME_TEAM) {
            repository.upsertProgrammeMember(event.personId(), event.fullName());
        }
    }

    @ApplicationModuleListener
    void on(RoleRevoked event) {
        if (event.role() == Role.PROGRAMME_TEAM) {
            repository.removeProgrammeMember(event.personId());
        }
    }
}
