package org.praxis.matchmaking.internal;

import org.jooq.DSLContext;
import org.praxis.matchmaking.events.MatchEventId;
import org.praxis.matchmaking.internal.Rotation.Attendee;
import org.praxis.matchmaking.internal.Rotation.Round;
import org.praxis.matchmaking.internal.Rotation.Table;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import static org.praxis.matchmaking.internal.jooq.Tables.ROTATION;
import static org.praxis.matchmaking.internal.jooq.Tables.ROTATION_SEAT;

/** Each event's rotation: its settings and who sits where in each round. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class JooqRotationRepository {

    private final DSLContext sql;

    JooqRotationRepository(DSLContext sql) {
        this.sql = sql;
    }

    /** The settings: rounds, minutes and tables, with the version. */
    record Settings(int rounds, int minutes, int tables, OffsetDateTime plannedAt, int version) {
    }

    Optional<Settings> settings(MatchEventId event) {
        return sql.selectFrom(ROTATION).where(ROTATION.EVENT_ID.eq(event.value())).fetchOptional()
                .map(r -> new Settings(r.getRounds(), r.getMinutes(), r.getTables(), r.getPlannedAt(), r.getVersion()));
    }

    /** Stores new settings, locking the row (or creating it) so two organisers planning at once take turns. */
    Settings lockAndSet(MatchEventId event, RotationForm form, OffsetDateTime now) {
        sql.insertInto(ROTATION).set(ROTATION.EVENT_ID, event.value()).set(ROTATION.ROUNDS, form.getRounds())
                .set(ROTATION.MINUTES, form.getMinutes()).set(ROTATION.TABLES, form.getTables())
                .set(ROTATION.PLANNED_AT, now)
                .onConflict(ROTATION.EVENT_ID).doUpdate()
                .set(ROTATION.ROUNDS, form.getRounds()).set(ROTATION.MINUTES, form.getMinutes())
                .set(ROTATION.TABLES, form.getTables()).set(ROTATION.PLANNED_AT, now)
                .set(ROTATION.VERSION, ROTATION.VERSION.plus(1))
                .execute();
        return settings(event).orElseThrow();
    }

    /** Marks a re-plan, if nobody changed the rotation since the version seen. */
    boolean touch(MatchEventId event, int expectedVersion, OffsetDateTime now) {
        return sql.update(ROTATION).set(ROTATION.PLANNED_AT, now).set(ROTATION.VERSION, expectedVersion + 1)
                .where(ROTATION.EVENT_ID.eq(event.value()).and(ROTATION.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    /** Replaces the seats of the rounds from {@code fromRound} on with the plan's. */
    void replaceSeats(MatchEventId event, int fromRound, Rotation rotation) {
        sql.deleteFrom(ROTATION_SEAT)
                .where(ROTATION_SEAT.EVENT_ID.eq(event.value()).and(ROTATION_SEAT.ROUND.ge(fromRound)))
                .execute();
        var insert = sql.insertInto(ROTATION_SEAT, ROTATION_SEAT.EVENT_ID, ROTATION_SEAT.ROUND,
                ROTATION_SEAT.TABLE_NUMBER, ROTATION_SEAT.SEAT, ROTATION_SEAT.REGISTRATION_ID);
        boolean any = false;
        for (Round round : rotation.rounds()) {
            if (round.number() < fromRound) {
                continue;
            }
            for (Table table : round.tables()) {
                for (int seat = 0; seat < table.seats().size(); seat++) {
                    insert = insert.values(event.value(), round.number(), table.number(), seat,
                            table.seats().get(seat).id());
                    any = true;
                }
            }
        }
        if (any) {
            insert.execute();
        }
    }

    /**
     * The stored rotation, with people as the given registrations describe them; those not seated in a round
     * sit it out.
     */
    Rotation rotation(MatchEventId event, int rounds, Map<UUID, Attendee> people) {
        Map<Integer, Map<Integer, List<Attendee>>> seats = new TreeMap<>();
        sql.selectFrom(ROTATION_SEAT).where(ROTATION_SEAT.EVENT_ID.eq(event.value()))
                .orderBy(ROTATION_SEAT.ROUND, ROTATION_SEAT.TABLE_NUMBER, ROTATION_SEAT.SEAT)
                .forEach(r -> {
                    Attendee person = people.get(r.getRegistrationId());
                    if (person != null) {
                        seats.computeIfAbsent(r.getRound(), k -> new TreeMap<>())
                                .computeIfAbsent(r.getTableNumber(), k -> new ArrayList<>()).add(person);
                    }
                });
        List<Round> result = new ArrayList<>();
        for (int number = 1; number <= rounds; number++) {
            Map<Integer, List<Attendee>> tables = seats.getOrDefault(number, new LinkedHashMap<>());
            List<Table> roundTables = tables.entrySet().stream().map(e -> new Table(e.getKey(), e.getValue())).toList();
            Set<UUID> seated = new HashSet<>();
            roundTables.forEach(t -> t.seats().forEach(a -> seated.add(a.id())));
            result.add(new Round(number, roundTables,
                    people.values().stream().filter(a -> !seated.contains(a.id())).toList()));
        }
        return new Rotation(result);
    }
}
