package org.praxis.assessment.events;

import org.praxis.platform.OrganisationId;
import org.praxis.platform.PersonId;
import org.praxis.requests.events.SupportRequestId;

import java.time.Instant;

/** The programme team cannot support this request; the reason is written for the institution. */
public record SupportRequestDeclined(SupportRequestId requestId, OrganisationId organisationId, String requestTitle,
                                     String reasonForInstitution, PersonId decidedBy, Instant at) {
}
