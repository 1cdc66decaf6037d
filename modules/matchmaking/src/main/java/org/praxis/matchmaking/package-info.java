/**
 * Matchmaking and network building: local match events where community organisations, researchers and brokers
 * meet, with applications, places per group, a waiting list, a consent-based attendee directory and pre-work.
 */
@ApplicationModule(displayName = "Matchmaking",
        allowedDependencies = {"platform", "identity :: events", "hub :: events"})
@NullMarked
package org.praxis.matchmaking;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
