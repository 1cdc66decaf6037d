/** What the requests module tells others: a support request was submitted or withdrawn. */
@NamedInterface("events")
@NullMarked
package org.praxis.requests.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
