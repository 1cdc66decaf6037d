/** What co-production tells others: applications decided, co-producers appointed, claims paid. */
@NamedInterface("events")
@NullMarked
package org.praxis.coproduction.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
