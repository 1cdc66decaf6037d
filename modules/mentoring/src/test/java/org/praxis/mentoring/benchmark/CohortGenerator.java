package org.praxis.mentoring.benchmark;

import org.praxis.mentoring.events.SectorContext;
import org.praxis.mentoring.internal.ActivityType;
import org.praxis.mentoring.internal.Availability;
import org.praxis.mentoring.internal.MatchProfile;
import org.praxis.mentoring.internal.Topic;
import org.praxis.mentoring.internal.ValueStatement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Generated intakes for the matching tests and benchmark, from a seed: contexts (45 % university, 45 % community
 * organisation, 10 % brokers), 2 to 4 values, topics and activities each, 1 to 3 of the six times in the week,
 * one of six regions (or none), a mentor capacity, and about 1 in 50 people naming someone they must not be
 * matched with.
 */
public final class CohortGenerator {

    private static final String[] REGIONS = {"", "north east", "north west", "midlands", "london", "south west"};

    private final Random random;

    public CohortGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** Mentors with capacities between 1 and {@code maxCapacity}, then mentees, each naming people of the other side. */
    public Cohort cohort(int mentors, int mentees, int maxCapacity) {
        List<UUID> mentorPeople = people(mentors);
        List<UUID> menteePeople = people(mentees);
        List<MatchProfile> mentorProfiles = new ArrayList<>();
        for (UUID person : mentorPeople) {
            mentorProfiles.add(profile(person, 1 + random.nextInt(maxCapacity), menteePeople));
        }
        List<MatchProfile> menteeProfiles = new ArrayList<>();
        for (UUID person : menteePeople) {
            menteeProfiles.add(profile(person, 0, mentorPeople));
        }
        return new Cohort(mentorProfiles, menteeProfiles);
    }

    public record Cohort(List<MatchProfile> mentors, List<MatchProfile> mentees) {
    }

    private List<UUID> people(int count) {
        List<UUID> people = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            people.add(new UUID(random.nextLong(), random.nextLong()));
        }
        return people;
    }

    private MatchProfile profile(UUID person, int capacity, List<UUID> otherSide) {
        int sector = random.nextInt(20);
        SectorContext context = sector < 9 ? SectorContext.UNIVERSITY
                : sector < 18 ? SectorContext.COMMUNITY_ORGANISATION : SectorContext.BROKER;
        Set<UUID> mustNotMatch = new HashSet<>();
        if (random.nextInt(50) == 0 && !otherSide.isEmpty()) {
            mustNotMatch.add(otherSide.get(random.nextInt(otherSide.size())));
        }
        return new MatchProfile(person, person, context, 2 + random.nextInt(15),
                bits(ActivityType.values().length, 2, 4), bits(Topic.values().length, 2, 4),
                bits(ValueStatement.values().length, 2, 4), bits(Availability.values().length, 1, 3),
                REGIONS[random.nextInt(REGIONS.length)], capacity, mustNotMatch);
    }

    private int bits(int of, int least, int most) {
        int wanted = least + random.nextInt(most - least + 1);
        int mask = 0;
        while (Integer.bitCount(mask) < wanted) {
            mask |= 1 << random.nextInt(of);
        }
        return mask;
    }
}
