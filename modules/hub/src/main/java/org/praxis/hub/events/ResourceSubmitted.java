package org.praxis.hub.events;

import org.jspecify.annotations.Nullable;
import org.praxis.platform.OrganisationId;
import org.praxis.platform.PersonId;
import org.praxis.reciprocation.events.AgreementId;

import java.time.Instant;

/**
 * A resource was submitted (or resubmitted after changes) and waits for a moderator.
 *
 * @param submittedBy       the person who submitted it; null for materials delivered with an agreement
 * @param sourceAgreement   the reciprocation agreement it came from, if any
 */
public record ResourceSubmitted(ResourceId resourceId, String title, String type, @Nullable PersonId submittedBy,
                                @Nullable OrganisationId ownerOrganisation, @Nullable AgreementId sourceAgreement,
                                boolean resubmission, Instant at) {
}
