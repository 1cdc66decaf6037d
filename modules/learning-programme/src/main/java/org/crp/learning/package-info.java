/**
 * The Community Research Partnerships learning programme: rolling 18-month runs that communities,
 * researchers and brokers apply to, curated half-day learning sessions, showcases and networking events,
 * participants' learning logs, follow-up funding and certificates of completion.
 */
@ApplicationModule(displayName = "Learning programme",
        allowedDependencies = {"platform", "identity :: events", "hub :: events"})
@NullMarked
package org.crp.learning;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
