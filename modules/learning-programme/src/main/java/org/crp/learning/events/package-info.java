/**
 * What the learning programme tells others: applications submitted and decided, bursaries decided,
 * sessions scheduled and attended, follow-up funding, certificates issued.
 */
@NamedInterface("events")
@NullMarked
package org.crp.learning.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
