package org.praxis.requests.events;

import org.praxis.platform.OrganisationId;
import org.praxis.platform.PersonId;

import java.time.Instant;

/** The institution withdrew a request it had submitted; any work on it can stop. */
public record SupportRequestWithdrawn(
        SupportRequestId requestId,
        OrganisationId organisationId,
        PersonId withdrawnBy,
        String reason,
        Instant withdrawnAt) {
}
