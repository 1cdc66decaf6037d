/**
 * Reciprocation agreements: from a completed needs assessment, a plan of action (support given) and a reciprocation (what the institution gives back), accepted by both sides, tracked to done with evidence and reminders; a two-way ledger and community-of-practice membership.
 */
@ApplicationModule(displayName = "Reciprocation", allowedDependencies = {"platform", "assessment :: events", "requests :: events", "identity :: events"})
@NullMarked
package org.praxis.reciprocation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
