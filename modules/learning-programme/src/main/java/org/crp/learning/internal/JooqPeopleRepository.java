package org.crp.learning.internal;

import org.crp.learning.internal.LearningViews.KnownPerson;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.praxis.platform.OrganisationId;
import org.praxis.platform.PersonId;
import org.praxis.platform.Role;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static org.crp.learning.internal.jooq.Tables.ORGANISATION;
import static org.crp.learning.internal.jooq.Tables.PERSON;

/**
 * This module's copy of identity's people and organisations ({@link IdentityReadModel}). Every write is an
 * upsert or a removal that leaves the same result when repeated, so a redelivered event changes nothing, and
 * events about one person may arrive in any order. Called only inside a transaction.
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

    /** Keeps the person's name and organisation; their roles are left as they are (or none, if new). */
    void upsertPerson(PersonId id, OrganisationId organisation, String name, boolean demoOrganiser,
                      OffsetDateTime now) {
        sql.insertInto(PERSON)
                .set(PERSON.ID, id.value())
                .set(PERSON.DISPLAY_NAME, name)
                .set(PERSON.ORGANISATION_ID, organisation.value())
                .set(PERSON.DEMO_ORGANISER, demoOrganiser)
                .set(PERSON.UPDATED_AT, now)
                .onConflict(PERSON.ID).doUpdate()
                .set(PERSON.DISPLAY_NAME, name)
                .set(PERSON.ORGANISATION_ID, organisation.value())
                .set(PERSON.DEMO_ORGANISER, demoOrganiser)
                .set(PERSON.UPDATED_AT, now)
                .execute();
    }

    /** Adds the role to the person (once), keeping their name and organisation as the event gives them. */
    void addRole(PersonId id, OrganisationId organisation, String name, Role role, OffsetDateTime now) {
        sql.insertInto(PERSON)
                .set(PERSON.ID, id.value())
                .set(PERSON.DISPLAY_NAME, name)
                .set(PERSON.ORGANISATION_ID, organisation.value())
                .set(PERSON.ROLES, new String[] {role.name()})
                .set(PERSON.UPDATED_AT, now)
                .onConflict(PERSON.ID).doUpdate()
                .set(PERSON.DISPLAY_NAME, name)
                .set(PERSON.ORGANISATION_ID, organisation.value())
                .set(PERSON.ROLES, DSL.when(DSL.val(role.name()).eq(DSL.any(PERSON.ROLES)), PERSON.ROLES)
                        .otherwise(DSL.arrayAppend(PERSON.ROLES, role.name())))
                .set(PERSON.UPDATED_AT, now)
                .execute();
    }

    /** Takes the role from the person; their row stays, as past sessions and runs still show their name. */
    void removeRole(PersonId id, Role role, OffsetDateTime now) {
        sql.update(PERSON)
                .set(PERSON.ROLES, DSL.arrayRemove(PERSON.ROLES, role.name()))
                .set(PERSON.UPDATED_AT, now)
                .where(PERSON.ID.eq(id.value()))
                .execute();
    }

    /** People holding any of the roles now, by name, with their organisation's name where known. */
    List<KnownPerson> peopleWithAnyRole(Collection<Role> roles) {
        String[] names = roles.stream().map(Role::name).toArray(String[]::new);
        return sql.select(PERSON.ID, PERSON.DISPLAY_NAME, ORGANISATION.NAME)
                .from(PERSON)
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(PERSON.ORGANISATION_ID))
                .where(DSL.condition("{0} && {1}", PERSON.ROLES, DSL.val(names, PERSON.ROLES.getDataType())))
                .orderBy(PERSON.DISPLAY_NAME, ORGANISATION.NAME)
                .fetch(r -> new KnownPerson(new PersonId(r.value1()), r.value2(), r.value3()));
    }

    /** Whether the person holds any of the roles now. */
    boolean holdsAny(PersonId id, Collection<Role> roles) {
        String[] names = roles.stream().map(Role::name).toArray(String[]::new);
        return sql.fetchExists(PERSON, PERSON.ID.eq(id.value())
                .and(DSL.condition("{0} && {1}", PERSON.ROLES, DSL.val(names, PERSON.ROLES.getDataType()))));
    }

    /** The demo organiser, once identity has told both who they are and that they are on the programme team. */
    Optional<PersonId> demoOrganiser() {
        return sql.select(PERSON.ID).from(PERSON)
                .where(PERSON.DEMO_ORGANISER.isTrue()
                        .and(DSL.val(Role.PROGRAMME_TEAM.name()).eq(DSL.any(PERSON.ROLES))))
                .orderBy(PERSON.DISPLAY_NAME, PERSON.ID)
                .limit(1)
                .fetchOptional(r -> new PersonId(r.value1()));
    }

    /**
     * Makes transactions that set up the demo organiser take turns, until they commit: one that learns who the
     * organiser is and one that writes the demo run then each see what the other wrote, whichever comes first.
     */
    void waitForTurnAtDemoOrganiser() {
        sql.fetch("select pg_advisory_xact_lock(hashtext('learning.demo-organiser'))");
    }
}
