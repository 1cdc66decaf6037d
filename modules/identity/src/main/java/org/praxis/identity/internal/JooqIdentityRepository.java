package org.praxis.identity.internal;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.praxis.identity.events.OrganisationKind;
import org.praxis.identity.internal.IdentityViews.OrganisationRow;
import org.praxis.identity.internal.IdentityViews.PersonRow;
import org.praxis.identity.internal.IdentityViews.RoleRequestRow;
import org.praxis.platform.OrganisationId;
import org.praxis.platform.PersonId;
import org.praxis.platform.Role;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.praxis.identity.internal.jooq.Tables.ORGANISATION;
import static org.praxis.identity.internal.jooq.Tables.PERSON;
import static org.praxis.identity.internal.jooq.Tables.ROLE_ASSIGNMENT;

/** All SQL of the identity module. */
@Repository
class JooqIdentityRepository {

    static final String REQUESTED = "REQUESTED";
    static final String GRANTED = "GRANTED";
    static final String DECLINED = "DECLINED";

    private final DSLContext sql;

    JooqIdentityRepository(DSLContext sql) {
        this.sql = sql;
    }

    record Account(PersonId personId, OrganisationId organisationId, String fullName, String email,
                   String passwordHash, boolean enabled, Set<Role> roles) {
    }

    record Organisation(OrganisationId id, String name, OrganisationKind kind) {
    }

    void insertOrganisation(OrganisationId id, String name, OrganisationKind kind) {
        sql.insertInto(ORGANISATION)
                .set(ORGANISATION.ID, id.value())
                .set(ORGANISATION.NAME, name)
                .set(ORGANISATION.KIND, kind.name())
                .execute();
    }

    Optional<Organisation> findOrganisation(OrganisationId id) {
        return sql.selectFrom(ORGANISATION).where(ORGANISATION.ID.eq(id.value()))
                .fetchOptional(r -> new Organisation(new OrganisationId(r.getId()), r.getName(),
                        OrganisationKind.valueOf(r.getKind())));
    }

    Optional<Organisation> findOrganisationByName(String name) {
        return sql.selectFrom(ORGANISATION).where(DSL.lower(ORGANISATION.NAME).eq(name.trim().toLowerCase()))
                .fetchOptional(r -> new Organisation(new OrganisationId(r.getId()), r.getName(),
                        OrganisationKind.valueOf(r.getKind())));
    }

    List<OrganisationRow> organisations() {
        var people = DSL.count(PERSON.ID);
        return sql.select(ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION.KIND, people)
                .from(ORGANISATION)
                .leftJoin(PERSON).on(PERSON.ORGANISATION_ID.eq(ORGANISATION.ID))
                .groupBy(ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION.KIND)
                .orderBy(ORGANISATION.NAME)
                .fetch(r -> new OrganisationRow(new OrganisationId(r.value1()), r.value2(),
                        OrganisationKind.valueOf(r.value3()), r.value4()));
    }

    boolean emailTaken(String email) {
        return sql.fetchExists(PERSON, DSL.lower(PERSON.EMAIL).eq(email.trim().toLowerCase()));
    }

    void insertPerson(PersonId id, OrganisationId organisationId, String fullName, String email,
                      String passwordHash, @Nullable String accessNeeds) {
        sql.insertInto(PERSON)
                .set(PERSON.ID, id.value())
                .set(PERSON.ORGANISATION_ID, organisationId.value())
                .set(PERSON.FULL_NAME, fullName)
                .set(PERSON.EMAIL, email)
                .set(PERSON.PASSWORD_HASH, passwordHash)
                .set(PERSON.ACCESS_NEEDS, accessNeeds)
                .execute();
    }

    void upsertRole(PersonId personId, Role role, String status, @Nullable PersonId decidedBy) {
        OffsetDateTime decidedAt = REQUESTED.equals(status) ? null : OffsetDateTime.now();
        sql.insertInto(ROLE_ASSIGNMENT)
                .set(ROLE_ASSIGNMENT.PERSON_ID, personId.value())
                .set(ROLE_ASSIGNMENT.ROLE, role.name())
                .set(ROLE_ASSIGNMENT.STATUS, status)
                .set(ROLE_ASSIGNMENT.DECIDED_AT, decidedAt)
                .set(ROLE_ASSIGNMENT.DECIDED_BY, decidedBy == null ? null : decidedBy.value())
                .onConflict(ROLE_ASSIGNMENT.PERSON_ID, ROLE_ASSIGNMENT.ROLE)
                .doUpdate()
                .set(ROLE_ASSIGNMENT.STATUS, status)
                .set(ROLE_ASSIGNMENT.DECIDED_AT, decidedAt)
                .set(ROLE_ASSIGNMENT.DECIDED_BY, decidedBy == null ? null : decidedBy.value())
                .execute();
    }

    /** Moves a role from one status to another; false when it was not in the expected status. */
    boolean changeRoleStatus(PersonId personId, Role role, String from, String to, PersonId decidedBy) {
        return sql.update(ROLE_ASSIGNMENT)
                .set(ROLE_ASSIGNMENT.STATUS, to)
                .set(ROLE_ASSIGNMENT.DECIDED_AT, OffsetDateTime.now())
                .set(ROLE_ASSIGNMENT.DECIDED_BY, decidedBy.value())
                .where(ROLE_ASSIGNMENT.PERSON_ID.eq(personId.value()))
                .and(ROLE_ASSIGNMENT.ROLE.eq(role.name()))
                .and(ROLE_ASSIGNMENT.STATUS.eq(from))
                .execute() == 1;
    }

    Optional<Account> findAccountByEmail(String email) {
        return sql.selectFrom(PERSON).where(DSL.lower(PERSON.EMAIL).eq(email.trim().toLowerCase()))
                .fetchOptional(p -> new Account(new PersonId(p.getId()), new OrganisationId(p.getOrganisationId()),
                        p.getFullName(), p.getEmail(), p.getPasswordHash(), p.getEnabled(),
                        rolesWithStatus(p.getId(), GRANTED)));
    }

    Optional<Account> findAccount(PersonId personId) {
        return sql.selectFrom(PERSON).where(PERSON.ID.eq(personId.value()))
                .fetchOptional(p -> new Account(new PersonId(p.getId()), new OrganisationId(p.getOrganisationId()),
                        p.getFullName(), p.getEmail(), p.getPasswordHash(), p.getEnabled(),
                        rolesWithStatus(p.getId(), GRANTED)));
    }

    Set<Role> rolesWithStatus(UUID personId, String status) {
        return sql.select(ROLE_ASSIGNMENT.ROLE).from(ROLE_ASSIGNMENT)
                .where(ROLE_ASSIGNMENT.PERSON_ID.eq(personId)).and(ROLE_ASSIGNMENT.STATUS.eq(status))
                .fetch(r -> Role.valueOf(r.value1()))
                .stream().collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    List<PersonRow> people() {
        return sql.select(PERSON.ID, PERSON.FULL_NAME, PERSON.EMAIL, ORGANISATION.NAME, PERSON.ACCESS_NEEDS,
                        PERSON.CREATED_AT)
                .from(PERSON).join(ORGANISATION).on(ORGANISATION.ID.eq(PERSON.ORGANISATION_ID))
                .orderBy(PERSON.FULL_NAME)
                .fetch(r -> new PersonRow(new PersonId(r.value1()), r.value2(), r.value3(), r.value4(),
                        rolesWithStatus(r.value1(), GRANTED), rolesWithStatus(r.value1(), REQUESTED),
                        r.value5(), r.value6()));
    }

    List<RoleRequestRow> pendingRoleRequests() {
        return sql.select(PERSON.ID, PERSON.FULL_NAME, PERSON.EMAIL, ORGANISATION.NAME, ROLE_ASSIGNMENT.ROLE,
                        ROLE_ASSIGNMENT.REQUESTED_AT)
                .from(ROLE_ASSIGNMENT)
                .join(PERSON).on(PERSON.ID.eq(ROLE_ASSIGNMENT.PERSON_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(PERSON.ORGANISATION_ID))
                .where(ROLE_ASSIGNMENT.STATUS.eq(REQUESTED))
                .orderBy(ROLE_ASSIGNMENT.REQUESTED_AT)
                .fetch(r -> new RoleRequestRow(new PersonId(r.value1()), r.value2(), r.value3(), r.value4(),
                        Role.valueOf(r.value5()), r.value6()));
    }
}
