package org.praxis.coproduction.internal;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.praxis.coproduction.internal.CoproductionViews.KnownPerson;
import org.praxis.platform.PersonId;
import org.praxis.platform.Role;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import static org.praxis.coproduction.internal.jooq.Tables.PERSON;

/** This module's copy of identity's people ({@link IdentityReadModel}); every write may be repeated safely. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class JooqPeopleRepository {

    private final DSLContext sql;

    JooqPeopleRepository(DSLContext sql) {
        this.sql = sql;
    }

    void upsertPerson(PersonId id, String name, OffsetDateTime now) {
        sql.insertInto(PERSON).set(PERSON.ID, id.value()).set(PERSON.DISPLAY_NAME, name).set(PERSON.UPDATED_AT, now)
                .onConflict(PERSON.ID).doUpdate().set(PERSON.DISPLAY_NAME, name).set(PERSON.UPDATED_AT, now)
                .execute();
    }

    void addRole(PersonId id, String name, Role role, OffsetDateTime now) {
        sql.insertInto(PERSON)
                .set(PERSON.ID, id.value()).set(PERSON.DISPLAY_NAME, name)
                .set(PERSON.ROLES, new String[] {role.name()}).set(PERSON.UPDATED_AT, now)
                .onConflict(PERSON.ID).doUpdate()
                .set(PERSON.DISPLAY_NAME, name)
                .set(PERSON.ROLES, DSL.when(DSL.val(role.name()).eq(DSL.any(PERSON.ROLES)), PERSON.ROLES)
                        .otherwise(DSL.arrayAppend(PERSON.ROLES, role.name())))
                .set(PERSON.UPDATED_AT, now)
                .execute();
    }

    void removeRole(PersonId id, Role role, OffsetDateTime now) {
        sql.update(PERSON).set(PERSON.ROLES, DSL.arrayRemove(PERSON.ROLES, role.name())).set(PERSON.UPDATED_AT, now)
                .where(PERSON.ID.eq(id.value())).execute();
    }

    List<KnownPerson> holdersOf(Role role) {
        return sql.select(PERSON.ID, PERSON.DISPLAY_NAME).from(PERSON)
                .where(DSL.val(role.name()).eq(DSL.any(PERSON.ROLES)))
                .orderBy(PERSON.DISPLAY_NAME)
                .fetch(r -> new KnownPerson(new PersonId(r.value1()), r.value2()));
    }

    boolean holds(PersonId id, Role role) {
        return sql.fetchExists(PERSON, PERSON.ID.eq(id.value()).and(DSL.val(role.name()).eq(DSL.any(PERSON.ROLES))));
    }

    Optional<String> nameOf(PersonId id) {
        return sql.select(PERSON.DISPLAY_NAME).from(PERSON).where(PERSON.ID.eq(id.value())).fetchOptional(r -> r.value1());
    }
}
