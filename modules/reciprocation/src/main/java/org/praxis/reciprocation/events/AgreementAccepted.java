package org.praxis.reciprocation.events;

import org.praxis.platform.OrganisationId;
import org.praxis.requests.events.SupportRequestId;

import java.time.Instant;

/** Both the programme team and the institution accepted this version of the agreement. */
public record AgreementAccepted(AgreementId agreementId, SupportRequestId requestId, OrganisationId organisationId,
                                String title, int version, Instant at) {
}
