package org.praxis.matchmaking.internal;

import org.praxis.matchmaking.events.AttendeeSide;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A speed-networking rotation: for each round, who sits at which table, and who sits the round out (only when
 * no table could take them without a repeat or a one-sided table).
 */
public record Rotation(List<Round> rounds) {

    public Rotation {
        rounds = List.copyOf(rounds);
    }

    /** Someone taking part; {@code prefersGroup}: they would rather not meet one to one, so sit in trios only. */
    public record Attendee(UUID id, String name, AttendeeSide side, boolean prefersGroup) {
    }

    /** One table in one round: two or three people. */
    public record Table(int number, List<Attendee> seats) {

        public Table {
            seats = List.copyOf(seats);
        }

        /** Both a community organisation and a researcher sit at it. */
        public boolean crossesCommunityAndUniversity() {
            return seats.stream().anyMatch(a -> a.side() == AttendeeSide.COMMUNITY)
                    && seats.stream().anyMatch(a -> a.side() == AttendeeSide.RESEARCHER);
        }

        /** People from at least two groups sit at it (a broker bridges either). */
        public boolean mixed() {
            return seats.stream().map(Attendee::side).distinct().count() >= 2;
        }
    }

    public record Round(int number, List<Table> tables, List<Attendee> sittingOut) {

        public Round {
            tables = List.copyOf(tables);
            sittingOut = List.copyOf(sittingOut);
        }
    }

    /** Two people who met, in either order. */
    public record Pair(UUID first, UUID second) {

        public static Pair of(UUID a, UUID b) {
            return a.compareTo(b) < 0 ? new Pair(a, b) : new Pair(b, a);
        }
    }

    /** Every pair who met at a table in the given rounds. */
    public static Set<Pair> pairsMet(List<Round> rounds) {
        Set<Pair> met = new HashSet<>();
        for (Round round : rounds) {
            for (Table table : round.tables()) {
                met.addAll(pairsAt(table));
            }
        }
        return met;
    }

    static List<Pair> pairsAt(Table table) {
        List<Pair> pairs = new ArrayList<>();
        List<Attendee> seats = table.seats();
        for (int i = 0; i < seats.size(); i++) {
            for (int j = i + 1; j < seats.size(); j++) {
                pairs.add(Pair.of(seats.get(i).id(), seats.get(j).id()));
            }
        }
        return pairs;
    }
}
