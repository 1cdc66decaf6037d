package org.praxis.mentoring.benchmark;

import com.google.ortools.graph.LinearSumAssignment;
import org.praxis.mentoring.benchmark.CohortGenerator.Cohort;
import org.praxis.mentoring.internal.CohortMatcher;
import org.praxis.mentoring.internal.MatchCriterion;
import org.praxis.mentoring.internal.MatchProfile;
import org.praxis.mentoring.internal.MatchRules;
import org.praxis.mentoring.internal.MatchScorer;
import org.praxis.mentoring.internal.OrTools;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Cohort matching benchmark: generated intakes ({@link CohortGenerator}) at 200, 500, 1,000 and 2,000 people a
 * side, with the programme asking for cross-context pairs. For each size it times, preparation included
 * (scoring every pair and checking the hard rules):
 * <ul>
 *   <li>the module's matcher ({@link CohortMatcher}: OR-Tools min-cost flow on the allowed pairs only);</li>
 *   <li>the optimal reference: OR-Tools' linear sum assignment on the full matrix (every mentee against every
 *       mentor place, a pair the rules forbid costing the same as no match), whose optimum must equal the
 *       matcher's, or the run stops;</li>
 *   <li>a greedy baseline: the best-scoring allowed pair first, while places last.</li>
 * </ul>
 * Each is run {@value #RUNS} times after a warm-up; the median time is reported. Memory: bytes the run
 * allocated on the Java heap, and the process's resident memory afterwards (OR-Tools' graphs live outside the
 * heap).
 *
 * <p>Not a test: run it by hand (see docs/benchmarks/mentoring-matching.md):
 * <pre>
 * ./mvnw -q -o -pl modules/mentoring test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.praxis.mentoring.benchmark.CohortMatchingBenchmark [-Dmentoring.benchmark.capacity=1]
 * </pre>
 * {@code mentoring.benchmark.capacity}: the most mentees a generated mentor takes (1, one-to-one, by default).
 */
public final class CohortMatchingBenchmark {

    private static final int RUNS = 5;
    private static final int[] SIZES = {200, 500, 1_000, 2_000};

    private CohortMatchingBenchmark() {
    }

    public static void main(String[] args) {
        int maxCapacity = Integer.getInteger("mentoring.benchmark.capacity", 1);
        OrTools.load();
        MatchRules rules = new MatchRules(true);
        System.out.printf(Locale.ROOT, "capacity 1..%d, cross-context required, %d runs (median)%n", maxCapacity, RUNS);
        System.out.println("| per side | allowed pairs | matcher (prep + solve) | matcher heap | LSA reference | LSA heap "
                + "| matched / total score (matcher = LSA) | greedy time | greedy matched / total | RSS after |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (int size : SIZES) {
            Cohort cohort = new CohortGenerator(size).cohort(size, size, maxCapacity);
            Measured<CohortMatcher.Result> matcher = measure(() -> CohortMatcher.match(cohort.mentors(), cohort.mentees(), rules));
            Measured<long[]> reference = measure(() -> linearSumAssignment(cohort, rules));
            Measured<long[]> greedy = measure(() -> greedy(cohort, rules));
            long[] optimal = reference.result();
            if (matcher.result().matched() != optimal[0] || matcher.result().totalScore() != optimal[1]) {
                throw new IllegalStateException("The matcher's result " + matcher.result().matched() + " / "
                        + matcher.result().totalScore() + " is not the optimum " + Arrays.toString(optimal));
            }
            System.out.printf(Locale.ROOT, "| %,d | %,d | %.3f s | %s | %.3f s | %s | %,d / %,d | %.3f s | %,d / %,d (%.1f %% of optimal score) | %s |%n",
                    size, allowedPairs(cohort, rules), matcher.seconds(), megabytes(matcher.heapBytes()),
                    reference.seconds(), megabytes(reference.heapBytes()), optimal[0], optimal[1],
                    greedy.seconds(), greedy.result()[0], greedy.result()[1],
                    100.0 * greedy.result()[1] / optimal[1], megabytes(residentBytes()));
        }
    }

    record Measured<T>(T result, double seconds, long heapBytes) {
    }

    private static <T> Measured<T> measure(Supplier<T> run) {
        run.get();
        double[] seconds = new double[RUNS];
        long heap = 0;
        T result = null;
        for (int i = 0; i < RUNS; i++) {
            long allocatedBefore = allocatedBytes();
            long start = System.nanoTime();
            result = run.get();
            seconds[i] = (System.nanoTime() - start) / 1e9;
            heap = allocatedBytes() - allocatedBefore;
        }
        Arrays.sort(seconds);
        return new Measured<>(result, seconds[RUNS / 2], heap);
    }

    /**
     * The optimal reference on the full matrix: rows are mentees, columns mentor places (a mentor of capacity c
     * gives c columns), padded square with rows or columns that cost nothing. An allowed pair costs
     * {@code −(BIG + score)}, where BIG is more than any total score, so the optimum matches as many as possible
     * first and then scores highest, as the matcher does; a forbidden pair costs 0, as no match does.
     */
    public static long[] linearSumAssignment(Cohort cohort, MatchRules rules) {
        List<MatchProfile> places = new ArrayList<>();
        for (MatchProfile mentor : cohort.mentors()) {
            for (int c = 0; c < mentor.capacity(); c++) {
                places.add(mentor);
            }
        }
        int mentees = cohort.mentees().size();
        int side = Math.max(mentees, places.size());
        long big = (long) MatchCriterion.MAX_TOTAL * side + 1;
        LinearSumAssignment assignment = new LinearSumAssignment();
        try {
            for (int i = 0; i < side; i++) {
                MatchProfile mentee = i < mentees ? cohort.mentees().get(i) : null;
                for (int j = 0; j < side; j++) {
                    MatchProfile place = j < places.size() ? places.get(j) : null;
                    long cost = mentee != null && place != null && rules.allows(place, mentee)
                            ? -(big + MatchScorer.score(place, mentee)) : 0;
                    assignment.addArcWithCost(i, j, cost);
                }
            }
            if (assignment.solve() != LinearSumAssignment.Status.OPTIMAL) {
                throw new IllegalStateException("No optimal assignment");
            }
            long total = -assignment.getOptimalCost();
            return new long[] {total / big, total % big};
        } finally {
            assignment.delete();
        }
    }

    /** Best-scoring allowed pair first (pairs bucketed by score), while the mentee is free and the mentor has room. */
    static long[] greedy(Cohort cohort, MatchRules rules) {
        List<MatchProfile> mentors = cohort.mentors();
        List<MatchProfile> mentees = cohort.mentees();
        List<List<long[]>> byScore = new ArrayList<>();
        for (int s = 0; s <= MatchCriterion.MAX_TOTAL; s++) {
            byScore.add(new ArrayList<>());
        }
        for (int i = 0; i < mentees.size(); i++) {
            for (int j = 0; j < mentors.size(); j++) {
                if (rules.allows(mentors.get(j), mentees.get(i))) {
                    byScore.get(MatchScorer.score(mentors.get(j), mentees.get(i))).add(new long[] {i, j});
                }
            }
        }
        boolean[] matched = new boolean[mentees.size()];
        int[] room = mentors.stream().mapToInt(MatchProfile::capacity).toArray();
        long count = 0;
        long total = 0;
        for (int s = MatchCriterion.MAX_TOTAL; s >= 0; s--) {
            for (long[] pair : byScore.get(s)) {
                int i = (int) pair[0];
                int j = (int) pair[1];
                if (!matched[i] && room[j] > 0) {
                    matched[i] = true;
                    room[j]--;
                    count++;
                    total += s;
                }
            }
        }
        return new long[] {count, total};
    }

    private static long allowedPairs(Cohort cohort, MatchRules rules) {
        long allowed = 0;
        for (MatchProfile mentee : cohort.mentees()) {
            for (MatchProfile mentor : cohort.mentors()) {
                if (rules.allows(mentor, mentee)) {
                    allowed++;
                }
            }
        }
        return allowed;
    }

    private static long allocatedBytes() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        threads.setThreadAllocatedMemoryEnabled(true);
        return threads.getThreadAllocatedBytes(Thread.currentThread().threadId());
    }

    private static long residentBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    private static String megabytes(long bytes) {
        return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f MB", bytes / 1e6);
    }
}
