package org.praxis.matchmaking.internal;

import org.praxis.matchmaking.internal.Rotation.Attendee;
import org.praxis.matchmaking.internal.Rotation.Pair;
import org.praxis.matchmaking.internal.Rotation.Round;
import org.praxis.matchmaking.internal.Rotation.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Plans a speed-networking rotation round by round, with a constructive design rather than a search:
 *
 * <ol>
 *   <li>Brokers join whichever of the community and university groups is smaller, so every table can mix.</li>
 *   <li>The smaller group is paired with the larger by a maximum bipartite matching (Kuhn's augmenting paths)
 *       over the pairs who have not met yet: every table is a community–university meeting and nobody meets
 *       anyone twice, by construction.</li>
 *   <li>People left over (the larger group's surplus, or anyone the matching could not place) join a pair as a
 *       third, again by matching, only where they have met neither. People who would rather not meet one to one
 *       are served first; if there are too few to make their tables trios, other pairs are broken up to supply
 *       them.</li>
 *   <li>Whoever is still spare may take a third place at any table for two where they have met neither; only
 *       someone no table can take that way sits the round out.</li>
 * </ol>
 *
 * Each round only needs who is present and who has already met, so late arrivals and no-shows are re-planned
 * between rounds ({@link #replan}). {@link RotationRules} checks every plan independently.
 */
public final class RotationPlanner {

    private final Random random;

    public RotationPlanner(long seed) {
        this.random = new Random(seed);
    }

    /** Plans {@code rounds} rounds for the attendees, at most {@code tables} tables a round. */
    public Rotation plan(List<Attendee> attendees, int rounds, int tables) {
        return replan(new Rotation(List.of()), 1, attendees, rounds, tables);
    }

    /**
     * Keeps the rounds before {@code fromRound} as they were (they have happened) and plans the rest, up to
     * {@code rounds}, for the people present now, avoiding everyone who has already met.
     */
    public Rotation replan(Rotation earlier, int fromRound, List<Attendee> present, int rounds, int tables) {
        List<Round> plan = new ArrayList<>(earlier.rounds().stream().filter(r -> r.number() < fromRound).toList());
        Set<Pair> met = Rotation.pairsMet(plan);
        for (int number = fromRound; number <= rounds; number++) {
            Round round = round(number, present, tables, met);
            for (Table table : round.tables()) {
                met.addAll(Rotation.pairsAt(table));
            }
            plan.add(round);
        }
        return new Rotation(plan);
    }

    private Round round(int number, List<Attendee> present, int tableLimit, Set<Pair> met) {
        List<Attendee> community = new ArrayList<>();
        List<Attendee> university = new ArrayList<>();
        List<Attendee> brokers = new ArrayList<>();
        for (Attendee attendee : present) {
            (switch (attendee.side()) {
                case COMMUNITY -> community;
                case RESEARCHER -> university;
                case BROKER -> brokers;
            }).add(attendee);
        }
        Collections.shuffle(community, random);
        Collections.shuffle(university, random);
        Collections.shuffle(brokers, random);
        for (Attendee broker : brokers) {
            (community.size() <= university.size() ? community : university).add(broker);
        }
        List<Attendee> small = community.size() <= university.size() ? community : university;
        List<Attendee> large = small == community ? university : community;

        // 2. Pairs: the smaller group matched with the larger, over people who have not met.
        int[] partnerOfSmall = match(small.size(), large.size(), (s, l) -> canMeet(met, small.get(s), large.get(l)));
        List<List<Attendee>> pairs = new ArrayList<>();
        List<Attendee> leftover = new ArrayList<>();
        boolean[] largeUsed = new boolean[large.size()];
        for (int s = 0; s < small.size(); s++) {
            if (partnerOfSmall[s] >= 0) {
                pairs.add(new ArrayList<>(List.of(small.get(s), large.get(partnerOfSmall[s]))));
                largeUsed[partnerOfSmall[s]] = true;
            } else {
                leftover.add(small.get(s));
            }
        }
        for (int l = 0; l < large.size(); l++) {
            if (!largeUsed[l]) {
                leftover.add(large.get(l));
            }
        }
        // Pairs with someone who prefers a group first, so they are the first to get a third.
        pairs.sort((a, b) -> Boolean.compare(wantsGroup(b), wantsGroup(a)));
        while (pairs.size() > tableLimit) {
            leftover.addAll(pairs.removeLast());
        }
        // Too few people left over to make every such pair a trio: break up pairs that do not need one.
        long needy = pairs.stream().filter(RotationPlanner::wantsGroup).count();
        while (leftover.size() < needy && !pairs.isEmpty() && !wantsGroup(pairs.getLast())) {
            leftover.addAll(pairs.removeLast());
        }

        // 3. Thirds: leftovers join pairs where they have met neither person.
        List<Attendee> candidates = new ArrayList<>(leftover);
        candidates.sort((a, b) -> Boolean.compare(b.prefersGroup(), a.prefersGroup()));
        int[] thirdOfPair = match(pairs.size(), candidates.size(), (p, c) -> canJoin(met, pairs.get(p), candidates.get(c)));
        List<List<Attendee>> seated = new ArrayList<>();
        List<Attendee> spare = new ArrayList<>();
        boolean[] placed = new boolean[candidates.size()];
        for (int p = 0; p < pairs.size(); p++) {
            List<Attendee> seats = pairs.get(p);
            if (thirdOfPair[p] >= 0) {
                seats.add(candidates.get(thirdOfPair[p]));
                placed[thirdOfPair[p]] = true;
                seated.add(seats);
            } else if (wantsGroup(seats)) {
                // No third could be found for them: rather than meet one to one, each may still join another pair.
                spare.addAll(seats);
            } else {
                seated.add(seats);
            }
        }
        for (int c = 0; c < candidates.size(); c++) {
            if (!placed[c]) {
                spare.add(candidates.get(c));
            }
        }
        // 4. A last chance for whoever is spare: a third place at a table still for two.
        List<List<Attendee>> open = seated.stream().filter(seats -> seats.size() == 2).toList();
        int[] spareOfOpen = match(open.size(), spare.size(), (o, x) -> canJoin(met, open.get(o), spare.get(x)));
        boolean[] joined = new boolean[spare.size()];
        for (int o = 0; o < open.size(); o++) {
            if (spareOfOpen[o] >= 0) {
                open.get(o).add(spare.get(spareOfOpen[o]));
                joined[spareOfOpen[o]] = true;
            }
        }
        List<Attendee> sittingOut = new ArrayList<>();
        for (int x = 0; x < spare.size(); x++) {
            if (!joined[x]) {
                sittingOut.add(spare.get(x));
            }
        }
        List<Table> tables = new ArrayList<>();
        for (List<Attendee> seats : seated) {
            tables.add(new Table(tables.size() + 1, seats));
        }
        return new Round(number, tables, sittingOut);
    }

    private static boolean wantsGroup(List<Attendee> pair) {
        return pair.stream().anyMatch(Attendee::prefersGroup);
    }

    private static boolean canMeet(Set<Pair> met, Attendee a, Attendee b) {
        return !met.contains(Pair.of(a.id(), b.id()));
    }

    private static boolean canJoin(Set<Pair> met, List<Attendee> pair, Attendee third) {
        return pair.stream().allMatch(seat -> canMeet(met, seat, third));
    }

    interface Edge {
        boolean allowed(int left, int right);
    }

    /**
     * A maximum bipartite matching (Kuhn's algorithm), taking the left vertices in order so that earlier ones are
     * matched first: for each left vertex, the right vertex matched to it, or -1.
     */
    static int[] match(int lefts, int rights, Edge edge) {
        int[] leftOf = new int[rights];
        Arrays.fill(leftOf, -1);
        int[] rightOf = new int[lefts];
        Arrays.fill(rightOf, -1);
        for (int left = 0; left < lefts; left++) {
            augment(left, edge, leftOf, rightOf, new boolean[rights]);
        }
        return rightOf;
    }

    private static boolean augment(int left, Edge edge, int[] leftOf, int[] rightOf, boolean[] visited) {
        // Prefer a free right vertex first: keeps the search shallow on the dense graphs of a rotation.
        for (int right = 0; right < leftOf.length; right++) {
            if (leftOf[right] < 0 && !visited[right] && edge.allowed(left, right)) {
                visited[right] = true;
                leftOf[right] = left;
                rightOf[left] = right;
                return true;
            }
        }
        for (int right = 0; right < leftOf.length; right++) {
            if (!visited[right] && edge.allowed(left, right)) {
                visited[right] = true;
                if (augment(leftOf[right], edge, leftOf, rightOf, visited)) {
                    leftOf[right] = left;
                    rightOf[left] = right;
                    return true;
                }
            }
        }
        return false;
    }
}
