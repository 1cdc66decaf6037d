package org.praxis.matchmaking.benchmark;

import org.praxis.matchmaking.events.AttendeeSide;
import org.praxis.matchmaking.internal.Rotation;
import org.praxis.matchmaking.internal.Rotation.Attendee;
import org.praxis.matchmaking.internal.Rotation.Round;
import org.praxis.matchmaking.internal.Rotation.Table;
import org.praxis.matchmaking.internal.RotationPlanner;
import org.praxis.matchmaking.internal.RotationQuality;
import org.praxis.matchmaking.internal.RotationRules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * Times the speed-networking rotation planner for 40, 100 and 300 attendees over 6, 8 and 10 rounds, and reports
 * its quality (repeated meetings, share of community–university tables, tables used, seats sat out) next to a
 * random rotation (shuffle the room each round and seat people in twos) in the same run. Every plan is also
 * checked by {@link RotationRules}. Target: 300 attendees and 10 rounds in at most 2 seconds.
 *
 * <p>Not a test: run it by hand, after building the module's test classes (docs/benchmarks/matchmaking-rotations.md):
 * <pre>
 * $JAVA_HOME/bin/java -cp modules/matchmaking/target/classes:modules/matchmaking/target/test-classes \
 *     org.praxis.matchmaking.benchmark.RotationBenchmark
 * </pre>
 * The room: half community organisations, half researchers, one in ten preferring trios (a broker in every
 * twenty attendees takes a community place).
 */
public final class RotationBenchmark {

    private static final int WARM_UP = 20;
    private static final int RUNS = 10;

    private RotationBenchmark() {
    }

    public static void main(String[] args) {
        warmUp();
        System.out.println("| attendees | rounds | planner time (median of " + RUNS + ") | repeats | cross-role share "
                + "| tables used | seats sat out | random: repeats | random: cross-role share | random: tables used |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (int attendees : new int[] {40, 100, 300}) {
            for (int rounds : new int[] {6, 8, 10}) {
                List<Attendee> room = room(attendees, new Random(attendees));
                int tables = attendees / 2;
                long[] times = new long[RUNS];
                Rotation plan = null;
                for (int run = 0; run < RUNS; run++) {
                    long start = System.nanoTime();
                    plan = new RotationPlanner(run).plan(room, rounds, tables);
                    times[run] = System.nanoTime() - start;
                    List<String> broken = RotationRules.broken(plan, tables);
                    if (!broken.isEmpty()) {
                        throw new IllegalStateException("The plan breaks the rules: " + broken);
                    }
                }
                java.util.Arrays.sort(times);
                RotationQuality planned = RotationQuality.of(plan);
                RotationQuality random = RotationQuality.of(randomRotation(room, rounds, new Random(rounds)));
                System.out.printf(Locale.ROOT, "| %d | %d | %.1f ms | %d | %.0f%% | %d | %d | %d | %.0f%% | %d |%n",
                        attendees, rounds, times[RUNS / 2] / 1e6, planned.repeats(), planned.crossRoleShare() * 100,
                        planned.tablesUsed(), planned.satOut(), random.repeats(), random.crossRoleShare() * 100,
                        random.tablesUsed());
            }
        }
    }

    private static void warmUp() {
        List<Attendee> room = room(300, new Random(1));
        for (int i = 0; i < WARM_UP; i++) {
            new RotationPlanner(i).plan(room, 10, 150);
        }
    }

    static List<Attendee> room(int size, Random random) {
        List<Attendee> room = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            AttendeeSide side = i % 20 == 0 ? AttendeeSide.BROKER
                    : i % 2 == 0 ? AttendeeSide.COMMUNITY : AttendeeSide.RESEARCHER;
            room.add(new Attendee(new UUID(random.nextLong(), random.nextLong()), "Attendee " + i, side,
                    random.nextInt(10) == 0));
        }
        return room;
    }

    /** The baseline: shuffle everyone each round and seat them in twos (a trio where the number is odd). */
    static Rotation randomRotation(List<Attendee> room, int rounds, Random random) {
        List<Round> plan = new ArrayList<>();
        for (int number = 1; number <= rounds; number++) {
            List<Attendee> shuffled = new ArrayList<>(room);
            Collections.shuffle(shuffled, random);
            List<Table> tables = new ArrayList<>();
            for (int i = 0; i + 1 < shuffled.size(); i += 2) {
                List<Attendee> seats = new ArrayList<>(shuffled.subList(i, i + 2));
                if (i + 3 == shuffled.size()) {
                    seats.add(shuffled.get(i + 2));
                }
                tables.add(new Table(tables.size() + 1, seats));
            }
            plan.add(new Round(number, tables, List.of()));
        }
        return new Rotation(plan);
    }
}
