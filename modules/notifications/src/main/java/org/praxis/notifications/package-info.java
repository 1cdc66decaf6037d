/**
 * Notifications: an inbox per person, fed only by other modules' events, with email through Spring Mail when an SMTP host is configured.
 */
@ApplicationModule(displayName = "Notifications", allowedDependencies = {"platform", "identity :: events", "requests :: events", "assessment :: events", "reciprocation :: events", "hub :: events"})
@NullMarked
package org.praxis.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
