package org.praxis.identity.events;

import org.praxis.platform.OrganisationId;
import org.praxis.platform.PersonId;

/** Someone created an account (or an admin created one for them). */
public record PersonRegistered(PersonId personId, OrganisationId organisationId, String fullName, String email) {
}
