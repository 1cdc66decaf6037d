/** What mentoring tells others: intakes submitted and matches published. */
@NamedInterface("events")
@NullMarked
package org.praxis.mentoring.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
