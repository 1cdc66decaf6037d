/** What the assessment module tells others: an assessor was assigned, an assessment was completed with its routes, a request was declined. */
@NamedInterface("events")
@NullMarked
package org.praxis.assessment.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
