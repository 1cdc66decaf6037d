package org.praxis.reciprocation.events;

import org.praxis.platform.OrganisationId;

import java.time.Instant;
import java.util.UUID;

/** One item of an agreement was done, with evidence. */
public record AgreementItemCompleted(AgreementId agreementId, UUID itemId, OrganisationId organisationId, Side side,
                                     String title, int effortHours, Instant at) {
}
