package org.praxis.coproduction.internal;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.praxis.platform.PersonId;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static org.praxis.coproduction.internal.jooq.Tables.ASSIGNMENT;
import static org.praxis.coproduction.internal.jooq.Tables.ELEMENT;
import static org.praxis.coproduction.internal.jooq.Tables.LIVED_EXPERIENCE;

/** Lived-experience entries, and the relations that decide who may read one. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class JooqLivedExperienceRepository {

    private final DSLContext sql;

    JooqLivedExperienceRepository(DSLContext sql) {
        this.sql = sql;
    }

    Optional<LivedExperience> find(PersonId person) {
        return sql.selectFrom(LIVED_EXPERIENCE).where(LIVED_EXPERIENCE.PERSON_ID.eq(person.value()))
                .fetchOptional(r -> new LivedExperience(r.getDescription(), r.getConsent(), audience(r.getAudience()),
                        r.getVersion()));
    }

    /** Creates (expected version -1) or updates the entry; false when someone else changed it meanwhile. */
    boolean save(PersonId person, int expectedVersion, String description, boolean consent,
                 Set<SensitiveAudience> audience) {
        String[] who = audience.stream().map(Enum::name).sorted().toArray(String[]::new);
        if (expectedVersion < 0) {
            return sql.insertInto(LIVED_EXPERIENCE).set(LIVED_EXPERIENCE.PERSON_ID, person.value())
                    .set(LIVED_EXPERIENCE.DESCRIPTION, description).set(LIVED_EXPERIENCE.CONSENT, consent)
                    .set(LIVED_EXPERIENCE.AUDIENCE, who).onConflictDoNothing().execute() == 1;
        }
        return sql.update(LIVED_EXPERIENCE).set(LIVED_EXPERIENCE.DESCRIPTION, description)
                .set(LIVED_EXPERIENCE.CONSENT, consent).set(LIVED_EXPERIENCE.AUDIENCE, who)
                .set(LIVED_EXPERIENCE.VERSION, LIVED_EXPERIENCE.VERSION.plus(1))
                .where(LIVED_EXPERIENCE.PERSON_ID.eq(person.value()))
                .and(LIVED_EXPERIENCE.VERSION.eq(expectedVersion)).execute() == 1;
    }

    boolean isSupportContactOf(PersonId reader, PersonId coproducer) {
        return sql.fetchExists(ASSIGNMENT, ASSIGNMENT.COPRODUCER.eq(coproducer.value())
                .and(ASSIGNMENT.SUPPORT_CONTACT.eq(reader.value())));
    }

    boolean leadsAnElementOf(PersonId reader, PersonId coproducer) {
        return sql.fetchExists(DSL.selectOne().from(ASSIGNMENT).join(ELEMENT).on(ELEMENT.ID.eq(ASSIGNMENT.ELEMENT_ID))
                .where(ASSIGNMENT.COPRODUCER.eq(coproducer.value())).and(ELEMENT.LEAD.eq(reader.value())));
    }

    private static Set<SensitiveAudience> audience(String[] names) {
        Set<SensitiveAudience> audience = EnumSet.noneOf(SensitiveAudience.class);
        Arrays.stream(names).map(SensitiveAudience::valueOf).forEach(audience::add);
        return audience;
    }
}
