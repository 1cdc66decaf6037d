package org.praxis.reciprocation.events;

import org.praxis.platform.OrganisationId;

import java.time.Instant;

/** The institution fulfilled an agreement and is now a member of the community of practice. */
public record CommunityMembershipGranted(OrganisationId organisationId, String organisationName,
                                         AgreementId agreementId, Instant at) {
}
