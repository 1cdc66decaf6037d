/**
 * Needs assessment: the programme team reviews each submitted support request, records strengths, gaps and urgency, and decides support routes (suggested from rules kept in data) or declines the request with a reason.
 */
@ApplicationModule(displayName = "Assessment", allowedDependencies = {"platform", "requests :: events", "identity :: events"})
@NullMarked
package org.praxis.assessment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
