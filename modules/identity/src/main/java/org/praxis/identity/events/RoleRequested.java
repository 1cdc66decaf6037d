package org.praxis.identity.events;

import org.praxis.platform.OrganisationId;
import org.praxis.platform.PersonId;
import org.praxis.platform.Role;

/** Someone asked for a role that an admin must approve. */
public record RoleRequested(PersonId personId, OrganisationId organisationId, String fullName, Role role) {
}
