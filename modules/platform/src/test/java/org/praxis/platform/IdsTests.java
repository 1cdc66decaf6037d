package org.praxis.platform;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Ids are version 7 UUIDs that sort in the order they were made, also many within one millisecond. */
class IdsTests {

    @Test
    void idsMadeOneAfterAnotherSortInThatOrderAndCarryTheirTime() {
        long before = Instant.now().toEpochMilli();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            ids.add(Ids.newId());
        }
        // PostgreSQL compares uuids as unsigned bytes: the same as comparing the two halves unsigned.
        for (int i = 1; i < ids.size(); i++) {
            UUID previous = ids.get(i - 1);
            UUID next = ids.get(i);
            int order = Long.compareUnsigned(previous.getMostSignificantBits(), next.getMostSignificantBits());
            assertThat(order).as("id %d sorts after id %d", i, i - 1).isNegative();
        }
        UUID first = ids.getFirst();
        assertThat(first.version()).isEqualTo(7);
        assertThat(first.variant()).isEqualTo(2);
        assertThat(first.getMostSignificantBits() >>> 16).isBetween(before, Instant.now().toEpochMilli());
        assertThat(ids).doesNotHaveDuplicates();
    }
}
