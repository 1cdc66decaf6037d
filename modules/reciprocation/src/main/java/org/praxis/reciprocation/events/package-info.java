/** What the reciprocation module tells others: agreements proposed and accepted, items due and completed, reciprocations delivered (with materials for the Hub), agreements fulfilled, community membership granted. */
@NamedInterface("events")
@NullMarked
package org.praxis.reciprocation.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
