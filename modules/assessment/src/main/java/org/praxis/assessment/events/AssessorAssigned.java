package org.praxis.assessment.events;

import org.praxis.platform.OrganisationId;
import org.praxis.platform.PersonId;
import org.praxis.requests.events.SupportRequestId;

import java.time.Instant;

/** A member of the programme team will assess the request. */
public record AssessorAssigned(SupportRequestId requestId, OrganisationId organisationId, String requestTitle,
                               PersonId assessor, String assessorName, Instant at) {
}
