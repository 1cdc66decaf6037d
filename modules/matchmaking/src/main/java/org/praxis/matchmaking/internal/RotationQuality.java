package org.praxis.matchmaking.internal;

import org.praxis.matchmaking.internal.Rotation.Pair;
import org.praxis.matchmaking.internal.Rotation.Round;
import org.praxis.matchmaking.internal.Rotation.Table;

import java.util.HashSet;
import java.util.Set;

/**
 * How good a rotation is: repeated meetings (must be none), the share of tables where a community organisation
 * and a researcher meet, the most tables used in a round, and how many round-seats were sat out.
 */
public record RotationQuality(int repeats, double crossRoleShare, int tablesUsed, int satOut) {

    public static RotationQuality of(Rotation rotation) {
        Set<Pair> met = new HashSet<>();
        int repeats = 0;
        int tables = 0;
        int crossing = 0;
        int tablesUsed = 0;
        int satOut = 0;
        for (Round round : rotation.rounds()) {
            tablesUsed = Math.max(tablesUsed, round.tables().size());
            satOut += round.sittingOut().size();
            for (Table table : round.tables()) {
                tables++;
                if (table.crossesCommunityAndUniversity()) {
                    crossing++;
                }
                for (Pair pair : Rotation.pairsAt(table)) {
                    if (!met.add(pair)) {
                        repeats++;
                    }
                }
            }
        }
        return new RotationQuality(repeats, tables == 0 ? 0 : (double) crossing / tables, tablesUsed, satOut);
    }
}
