package org.praxis.matchmaking.internal;

import org.praxis.matchmaking.internal.Rotation.Attendee;
import org.praxis.matchmaking.internal.Rotation.Pair;
import org.praxis.matchmaking.internal.Rotation.Round;
import org.praxis.matchmaking.internal.Rotation.Table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Checks a rotation against the rules, independently of how it was made: each person at one table a round, two
 * or three to a table, every table mixing groups, nobody who prefers a group at a table for two, no more tables
 * than the room has, and nobody meeting anyone twice. Returns each broken rule in words, or nothing.
 */
public final class RotationRules {

    private RotationRules() {
    }

    public static List<String> broken(Rotation rotation, int tables) {
        List<String> broken = new ArrayList<>();
        Set<Pair> met = new HashSet<>();
        for (Round round : rotation.rounds()) {
            Set<UUID> seen = new HashSet<>();
            if (round.tables().size() > tables) {
                broken.add("round " + round.number() + " uses " + round.tables().size() + " tables of " + tables);
            }
            for (Table table : round.tables()) {
                String where = "round " + round.number() + ", table " + table.number();
                int size = table.seats().size();
                if (size < 2 || size > 3) {
                    broken.add(where + " seats " + size);
                }
                if (!table.mixed()) {
                    broken.add(where + " does not mix groups");
                }
                if (size == 2 && table.seats().stream().anyMatch(Attendee::prefersGroup)) {
                    broken.add(where + " is one to one for someone who prefers a group");
                }
                for (Attendee seat : table.seats()) {
                    if (!seen.add(seat.id())) {
                        broken.add(where + ": " + seat.name() + " is seated twice in the round");
                    }
                }
                for (Pair pair : Rotation.pairsAt(table)) {
                    if (!met.add(pair)) {
                        broken.add(where + " repeats a meeting");
                    }
                }
            }
            for (Attendee out : round.sittingOut()) {
                if (!seen.add(out.id())) {
                    broken.add("round " + round.number() + ": " + out.name() + " both sits out and is seated");
                }
            }
        }
        return broken;
    }
}
