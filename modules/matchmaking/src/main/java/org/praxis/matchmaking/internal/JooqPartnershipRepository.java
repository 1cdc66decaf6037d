package org.praxis.matchmaking.internal;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.praxis.matchmaking.events.MatchEventId;
import org.praxis.matchmaking.events.PartnershipId;
import org.praxis.matchmaking.internal.MatchmakingViews.Partnership;
import org.praxis.platform.PersonId;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import static org.praxis.matchmaking.internal.jooq.Tables.MATCH_EVENT;
import static org.praxis.matchmaking.internal.jooq.Tables.PARTNERSHIP;
import static org.praxis.matchmaking.internal.jooq.Tables.PERSON;
import static org.praxis.matchmaking.internal.jooq.Tables.REGISTRATION;

/** Partnerships formed at match events, with their partners' names (from the read model, or as registered). */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class JooqPartnershipRepository {

    private final DSLContext sql;

    JooqPartnershipRepository(DSLContext sql) {
        this.sql = sql;
    }

    /** Inserts the partnership; false if these partners already formed one at this event. */
    boolean insert(PartnershipId id, MatchEventId event, String name, PersonId community, PersonId researcher,
                   @Nullable PersonId broker, PersonId formedBy, OffsetDateTime now) {
        return sql.insertInto(PARTNERSHIP)
                .set(PARTNERSHIP.ID, id.value())
                .set(PARTNERSHIP.EVENT_ID, event.value())
                .set(PARTNERSHIP.NAME, name.strip())
                .set(PARTNERSHIP.COMMUNITY_PERSON, community.value())
                .set(PARTNERSHIP.RESEARCHER_PERSON, researcher.value())
                .set(PARTNERSHIP.BROKER_PERSON, broker == null ? null : broker.value())
                .set(PARTNERSHIP.FORMED_BY, formedBy.value())
                .set(PARTNERSHIP.FORMED_AT, now)
                .onConflictDoNothing()
                .execute() == 1;
    }

    Optional<Partnership> find(PartnershipId id) {
        return select().where(PARTNERSHIP.ID.eq(id.value())).fetchOptional(this::partnership);
    }

    List<Partnership> of(PersonId person) {
        return select().where(PARTNERSHIP.COMMUNITY_PERSON.eq(person.value())
                        .or(PARTNERSHIP.RESEARCHER_PERSON.eq(person.value()))
                        .or(PARTNERSHIP.BROKER_PERSON.eq(person.value())))
                .orderBy(PARTNERSHIP.FORMED_AT.desc())
                .fetch(this::partnership);
    }

    private SelectOnConditionStep<Record> select() {
        return sql.select(PARTNERSHIP.fields()).select(MATCH_EVENT.TITLE).from(PARTNERSHIP)
                .join(MATCH_EVENT).on(MATCH_EVENT.ID.eq(PARTNERSHIP.EVENT_ID));
    }

    private Partnership partnership(Record r) {
        var broker = r.get(PARTNERSHIP.BROKER_PERSON);
        MatchEventId event = new MatchEventId(r.get(PARTNERSHIP.EVENT_ID));
        PersonId community = new PersonId(r.get(PARTNERSHIP.COMMUNITY_PERSON));
        PersonId researcher = new PersonId(r.get(PARTNERSHIP.RESEARCHER_PERSON));
        return new Partnership(new PartnershipId(r.get(PARTNERSHIP.ID)), event, r.get(MATCH_EVENT.TITLE),
                r.get(PARTNERSHIP.NAME), community, name(event, community), researcher, name(event, researcher),
                broker == null ? null : new PersonId(broker), broker == null ? null : name(event, new PersonId(broker)),
                r.get(PARTNERSHIP.FORMED_AT));
    }

    /** The person's name as the read model knows it, or as they registered for the event. */
    String name(MatchEventId event, PersonId person) {
        return sql.select(DSL.coalesce(
                        DSL.field(DSL.select(PERSON.DISPLAY_NAME).from(PERSON).where(PERSON.ID.eq(person.value()))),
                        DSL.field(DSL.select(DSL.max(REGISTRATION.PERSON_NAME)).from(REGISTRATION)
                                .where(REGISTRATION.EVENT_ID.eq(event.value())
                                        .and(REGISTRATION.PERSON_ID.eq(person.value())))),
                        DSL.val("")))
                .fetchOne(0, String.class);
    }
}
