package org.praxis.mentoring.internal;

import org.praxis.mentoring.events.SectorContext;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * One side of an intake as the matcher sees it: sets as bit masks (so scoring millions of pairs is a few
 * instructions each), the person, whom they must not be matched with, and, for a mentor, how many mentees they
 * take now (0 when paused).
 *
 * @param key     the intake's id (or any caller's key)
 * @param region  lower-cased, empty when not given
 */
public record MatchProfile(UUID key, UUID person, SectorContext sector, int experienceYears, int activities,
                           int topics, int values, int availability, String region, int capacity,
                           Set<UUID> mustNotMatch) {

    public MatchProfile {
        mustNotMatch = Set.copyOf(mustNotMatch);
    }

    public static <E extends Enum<E>> int mask(Collection<E> values) {
        int mask = 0;
        for (E value : values) {
            mask |= 1 << value.ordinal();
        }
        return mask;
    }
}
