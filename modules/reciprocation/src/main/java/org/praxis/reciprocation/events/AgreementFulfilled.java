package org.praxis.reciprocation.events;

import org.praxis.platform.OrganisationId;
import org.praxis.requests.events.SupportRequestId;

import java.time.Instant;

/** Every item on both sides of the agreement is done. */
public record AgreementFulfilled(AgreementId agreementId, SupportRequestId requestId, OrganisationId organisationId,
                                 Instant at) {
}
