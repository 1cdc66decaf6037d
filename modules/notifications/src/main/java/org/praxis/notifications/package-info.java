/**
 * Notifications: an inbox per person, fed by the notices any module asks for (the platform's
 * NoticeRequested) and by identity's events, with email through Spring Mail when an SMTP host is configured.
 */
@ApplicationModule(displayName = "Notifications", allowedDependencies = {"platform", "identity :: events"})
@NullMarked
package org.praxis.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
