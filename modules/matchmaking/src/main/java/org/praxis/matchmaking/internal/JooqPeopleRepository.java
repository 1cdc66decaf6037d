package org.praxis.matchmaking.internal;

import org.jooq.DSLContext;
import org.praxis.platform.OrganisationId;
import org.praxis.platform.PersonId;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;

import static org.praxis.matchmaking.internal.jooq.Tables.ORGANISATION;
import static org.praxis.matchmaking.internal.jooq.Tables.PERSON;

/**
 * This module's copy of identity's people and organisations ({@link IdentityReadModel}). Every write is an
 * upsert, so a redelivered event changes nothing and events may arrive in any order.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class JooqPeopleRepository {

    private final DSLContext sql;

    JooqPeopleRepository(DSLContext sql) {
        this.sql = sql;
    }

    void upsertOrganisation(OrganisationId id, String name) {
        sql.insertInto(ORGANISATION).set(ORGANISATION.ID, id.value()).set(ORGANISATION.NAME, name)
                .onConflict(ORGANISATION.ID).doUpdate().set(ORGANISATION.NAME, name)
                .execute();
    }

    void upsertPerson(PersonId id, OrganisationId organisation, String name, OffsetDateTime now) {
        sql.insertInto(PERSON)
                .set(PERSON.ID, id.value())
                .set(PERSON.DISPLAY_NAME, name)
                .set(PERSON.ORGANISATION_ID, organisation.value())
                .set(PERSON.UPDATED_AT, now)
                .onConflict(PERSON.ID).doUpdate()
                .set(PERSON.DISPLAY_NAME, name)
                .set(PERSON.ORGANISATION_ID, organisation.value())
                .set(PERSON.UPDATED_AT, now)
                .execute();
    }
}
