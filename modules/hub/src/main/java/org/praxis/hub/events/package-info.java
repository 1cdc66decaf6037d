/** What the Hub tells others: a resource was published. */
@NamedInterface("events")
@NullMarked
package org.praxis.hub.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
