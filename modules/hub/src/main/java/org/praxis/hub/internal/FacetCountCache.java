package org.praxis.hub.internal;


import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The facet counts of the whole library (no search text, no filter) — the most expensive counts and
 * the most often shown, as every visit to the library starts there. Kept for a minute at most and
 * dropped whenever something is published, archived or a vocabulary changes.
 */
@Component
class FacetCountCache {

    private static final Duration MAX_AGE = Duration.ofMinutes(1);

    private record Entry(Map<String, Map<String, Integer>> facets, long at) {
    }

    private final AtomicReference<Entry> entry = new AtomicReference<>();

    Map<String, Map<String, Integer>> get(java.util.function.Supplier<Map<String, Map<String, Integer>>> compute) {
        Entry current = entry.get();
        long now = System.nanoTime();
        if (current == null || now - current.at() > MAX_AGE.toNanos()) {
            current = new Entry(compute.get(), now);
            entry.set(current);
        }
        return current.facets();
    }

    void clear() {
        entry.set(null);
    }

}
