package org.praxis.assessment.events;

import org.jspecify.annotations.Nullable;
import org.praxis.platform.OrganisationId;

/**
 * One support route the programme team decided on.
 *
 * @param effortHours    estimated effort for the programme team
 * @param connectWith    for {@link SupportRoute#CONNECTION_WITH_INSTITUTION}: the peer institution
 */
public record DecidedRoute(SupportRoute route, String title, String details, int effortHours,
                           @Nullable OrganisationId connectWith, @Nullable String connectWithName) {
}
