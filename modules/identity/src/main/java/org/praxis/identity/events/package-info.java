/** What the identity module tells others: organisations and people registered, roles granted. */
@NamedInterface("events")
@NullMarked
package org.praxis.identity.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
