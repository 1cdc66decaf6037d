/**
 * What matchmaking tells others: match events scheduled, applications, places confirmed, offered from the
 * waiting list and cancelled.
 */
@NamedInterface("events")
@NullMarked
package org.praxis.matchmaking.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
