package org.praxis.hub.events;

import org.jspecify.annotations.Nullable;
import org.praxis.platform.OrganisationId;
import org.praxis.platform.PersonId;

import java.time.Instant;

/**
 * A moderator asked the submitter to revise a resource before it can be published.
 *
 * @param submittedBy the person to tell; null when the submission came with an agreement (then tell the
 *                    owner organisation's institution leads)
 * @param comment     what the moderator asks for, in their words
 */
public record ResourceChangesRequested(ResourceId resourceId, String title, @Nullable PersonId submittedBy,
                                       @Nullable OrganisationId ownerOrganisation, String comment, Instant at) {
}
