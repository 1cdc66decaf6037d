package org.praxis.mentoring.internal;

import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

import java.util.Arrays;
import java.util.List;

/**
 * Whole-cohort matching as a min-cost flow (OR-Tools): source → each mentee (capacity 1) → each mentor the hard
 * rules allow (capacity 1, cost {@code 1000 − score}) → sink (capacity: the mentor's). Only allowed pairs
 * become arcs, so the graph is as sparse as the rules make it. Solved as a maximum flow of minimum cost: as many
 * mentees matched as the rules allow, and among those matchings the highest total score.
 */
public final class CohortMatcher {

    private CohortMatcher() {
    }

    /** Who each mentee is matched with ({@code -1}: nobody), how many are matched and their total score. */
    public record Result(int[] mentorOf, int matched, long totalScore) {

        public Result {
            mentorOf = mentorOf.clone();
        }

        public int mentorOf(int mentee) {
            return mentorOf[mentee];
        }
    }

    public static Result match(List<MatchProfile> mentors, List<MatchProfile> mentees, MatchRules rules) {
        OrTools.load();
        int menteeCount = mentees.size();
        int mentorCount = mentors.size();
        int source = 0;
        int firstMentee = 1;
        int firstMentor = firstMentee + menteeCount;
        int sink = firstMentor + mentorCount;
        MinCostFlow flow = new MinCostFlow(sink + 1, menteeCount * 8 + mentorCount + 1);
        try {
            for (int i = 0; i < menteeCount; i++) {
                flow.addArcWithCapacityAndUnitCost(source, firstMentee + i, 1, 0);
            }
            for (int j = 0; j < mentorCount; j++) {
                int capacity = Math.min(mentors.get(j).capacity(), menteeCount);
                if (capacity > 0) {
                    flow.addArcWithCapacityAndUnitCost(firstMentor + j, sink, capacity, 0);
                }
            }
            int firstPairArc = flow.getNumArcs();
            MatchProfile[] mentorArray = mentors.toArray(MatchProfile[]::new);
            for (int i = 0; i < menteeCount; i++) {
                MatchProfile mentee = mentees.get(i);
                for (int j = 0; j < mentorCount; j++) {
                    MatchProfile mentor = mentorArray[j];
                    if (rules.allows(mentor, mentee)) {
                        flow.addArcWithCapacityAndUnitCost(firstMentee + i, firstMentor + j, 1,
                                MatchCriterion.MAX_TOTAL - MatchScorer.score(mentor, mentee));
                    }
                }
            }
            flow.setNodeSupply(source, menteeCount);
            flow.setNodeSupply(sink, -menteeCount);
            MinCostFlowBase.Status status = flow.solveMaxFlowWithMinCost();
            if (status != MinCostFlowBase.Status.OPTIMAL) {
                throw new IllegalStateException("The matcher found no optimal flow: " + status);
            }
            int[] mentorOf = new int[menteeCount];
            Arrays.fill(mentorOf, -1);
            int matched = 0;
            long total = 0;
            for (int arc = firstPairArc, arcs = flow.getNumArcs(); arc < arcs; arc++) {
                if (flow.getFlow(arc) > 0) {
                    int mentee = flow.getTail(arc) - firstMentee;
                    mentorOf[mentee] = flow.getHead(arc) - firstMentor;
                    matched++;
                    total += MatchCriterion.MAX_TOTAL - flow.getUnitCost(arc);
                }
            }
            return new Result(mentorOf, matched, total);
        } finally {
            flow.delete();
        }
    }
}
