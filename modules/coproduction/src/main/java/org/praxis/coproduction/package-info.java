/**
 * Paid co-producer roles: recruitment in waves (open calls, accessible applications, blind shortlisting), a talent
 * pool whose consent expires, and fair pay (a published, versioned rates policy; claims approved by an element's
 * lead and paid; time to pay shown to everyone, anonymised).
 */
@ApplicationModule(displayName = "Co-production", allowedDependencies = {"platform", "identity :: events"})
@NullMarked
package org.praxis.coproduction;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
