package org.praxis.reciprocation.events;

import org.praxis.platform.OrganisationId;
import org.praxis.requests.events.SupportRequestId;

import java.time.Instant;

/** A version of an agreement is ready for both sides to accept. */
public record AgreementProposed(AgreementId agreementId, SupportRequestId requestId, OrganisationId organisationId,
                                String title, int version, Instant at) {
}
