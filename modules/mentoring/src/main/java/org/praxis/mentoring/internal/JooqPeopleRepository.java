package org.praxis.mentoring.internal;

import org.jooq.DSLContext;
import org.praxis.mentoring.internal.MentoringViews.KnownPerson;
import org.praxis.platform.OrganisationId;
import org.praxis.platform.PersonId;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.List;

import static org.praxis.mentoring.internal.jooq.Tables.PERSON;

/** People's names from identity's events ({@link IdentityReadModel}); every write is an upsert. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class JooqPeopleRepository {

    private final DSLContext sql;

    JooqPeopleRepository(DSLContext sql) {
        this.sql = sql;
    }

    void upsert(PersonId id, OrganisationId organisation, String name, OffsetDateTime now) {
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

    List<KnownPerson> everyone() {
        return sql.select(PERSON.ID, PERSON.DISPLAY_NAME).from(PERSON).orderBy(PERSON.DISPLAY_NAME, PERSON.ID)
                .fetch(r -> new KnownPerson(new PersonId(r.value1()), r.value2()));
    }

    boolean exists(PersonId id) {
        return sql.fetchExists(PERSON, PERSON.ID.eq(id.value()));
    }
}
