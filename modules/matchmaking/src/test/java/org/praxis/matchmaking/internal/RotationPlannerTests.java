package org.praxis.matchmaking.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.praxis.matchmaking.events.AttendeeSide;
import org.praxis.matchmaking.internal.Rotation.Attendee;
import org.praxis.matchmaking.internal.Rotation.Round;
import org.praxis.matchmaking.internal.Rotation.Table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every generated plan is checked against the rules by {@link RotationRules}, which knows nothing of how the
 * plan was made: many sizes, balances, seeds, brokers, people who prefer trios, late arrivals and no-shows.
 */
class RotationPlannerTests {

    @ParameterizedTest(name = "{0} community, {1} researchers, {2} brokers, {3} prefer a group, {4} rounds")
    @CsvSource({
            "20, 20, 0, 0, 10",
            "20, 20, 0, 4, 8",
            "12, 9, 2, 3, 6",
            "50, 50, 0, 0, 10",
            "70, 30, 0, 5, 6",
            "150, 150, 0, 15, 10",
            "3, 3, 0, 0, 3",
            "5, 4, 1, 2, 4"})
    void everyPlanKeepsTheRules(int community, int researchers, int brokers, int preferGroup, int rounds) {
        for (long seed = 1; seed <= 5; seed++) {
            List<Attendee> people = people(community, researchers, brokers, preferGroup);
            Rotation rotation = new RotationPlanner(seed).plan(people, rounds, 200);
            assertThat(RotationRules.broken(rotation, 200)).isEmpty();
            assertThat(rotation.rounds()).hasSize(rounds);
            for (Round round : rotation.rounds()) {
                assertThat(everyone(round)).isEqualTo(ids(people));
            }
        }
    }

    @Test
    void aBalancedRoomMeetsOneToOneAcrossGroupsWithNobodySittingOut() {
        List<Attendee> people = people(20, 20, 0, 0);
        RotationQuality quality = RotationQuality.of(new RotationPlanner(7).plan(people, 10, 20));
        assertThat(quality).isEqualTo(new RotationQuality(0, 1.0, 20, 0));
    }

    @Test
    void peopleWhoPreferAGroupAreAlwaysInTrios() {
        List<Attendee> people = people(20, 20, 0, 6);
        Rotation rotation = new RotationPlanner(3).plan(people, 8, 20);
        assertThat(RotationRules.broken(rotation, 20)).isEmpty();
        rotation.rounds().stream().flatMap(r -> r.tables().stream())
                .filter(t -> t.seats().stream().anyMatch(Attendee::prefersGroup))
                .forEach(t -> assertThat(t.seats()).hasSize(3));
        assertThat(RotationQuality.of(rotation).satOut()).isZero();
    }

    @Test
    void aTableLimitMakesTriosRatherThanLeavingPeopleOut() {
        List<Attendee> people = people(20, 20, 0, 0);
        Rotation rotation = new RotationPlanner(5).plan(people, 6, 14);
        assertThat(RotationRules.broken(rotation, 14)).isEmpty();
        assertThat(RotationQuality.of(rotation).tablesUsed()).isLessThanOrEqualTo(14);
        assertThat(RotationQuality.of(rotation).satOut()).isZero();
    }

    @Test
    void lateArrivalsAndNoShowsAreReplannedBetweenRoundsWithoutRepeats() {
        List<Attendee> expected = people(20, 20, 0, 2);
        Rotation first = new RotationPlanner(11).plan(expected, 8, 30);
        // After round 3: two researchers did not come, one community member and one researcher arrived late.
        List<Attendee> present = new ArrayList<>(expected);
        List<Attendee> noShows = present.stream().filter(a -> a.side() == AttendeeSide.RESEARCHER).limit(2).toList();
        present.removeAll(noShows);
        present.add(new Attendee(UUID.randomUUID(), "Late community", AttendeeSide.COMMUNITY, false));
        present.add(new Attendee(UUID.randomUUID(), "Late researcher", AttendeeSide.RESEARCHER, false));

        Rotation replanned = new RotationPlanner(12).replan(first, 4, present, 8, 30);
        assertThat(replanned.rounds().subList(0, 3)).isEqualTo(first.rounds().subList(0, 3));
        assertThat(RotationRules.broken(replanned, 30)).isEmpty();
        for (Round round : replanned.rounds().subList(3, 8)) {
            assertThat(everyone(round)).isEqualTo(ids(present));
        }
    }

    @Test
    void theCheckerFindsBrokenRules() {
        Attendee kemi = new Attendee(UUID.randomUUID(), "Kemi", AttendeeSide.COMMUNITY, true);
        Attendee ada = new Attendee(UUID.randomUUID(), "Ada", AttendeeSide.COMMUNITY, false);
        Attendee lena = new Attendee(UUID.randomUUID(), "Lena", AttendeeSide.RESEARCHER, false);
        Rotation bad = new Rotation(List.of(
                new Round(1, List.of(new Table(1, List.of(kemi, lena)), new Table(2, List.of(ada))), List.of()),
                new Round(2, List.of(new Table(1, List.of(lena, kemi, ada))), List.of(ada))));
        assertThat(RotationRules.broken(bad, 1)).containsExactly(
                "round 1 uses 2 tables of 1",
                "round 1, table 1 is one to one for someone who prefers a group",
                "round 1, table 2 seats 1",
                "round 1, table 2 does not mix groups",
                "round 2, table 1 repeats a meeting",
                "round 2: Ada both sits out and is seated");
    }

    static List<Attendee> people(int community, int researchers, int brokers, int preferGroup) {
        List<Attendee> people = new ArrayList<>();
        for (int i = 0; i < community; i++) {
            people.add(new Attendee(UUID.randomUUID(), "Community " + i, AttendeeSide.COMMUNITY, i < preferGroup / 2));
        }
        for (int i = 0; i < researchers; i++) {
            people.add(new Attendee(UUID.randomUUID(), "Researcher " + i, AttendeeSide.RESEARCHER,
                    i < preferGroup - preferGroup / 2));
        }
        for (int i = 0; i < brokers; i++) {
            people.add(new Attendee(UUID.randomUUID(), "Broker " + i, AttendeeSide.BROKER, false));
        }
        return people;
    }

    private static Set<UUID> everyone(Round round) {
        Set<UUID> ids = new HashSet<>();
        Stream.concat(round.tables().stream().flatMap(t -> t.seats().stream()), round.sittingOut().stream())
                .forEach(a -> ids.add(a.id()));
        return ids;
    }

    private static Set<UUID> ids(List<Attendee> people) {
        Set<UUID> ids = new HashSet<>();
        people.forEach(a -> ids.add(a.id()));
        return ids;
    }
}
