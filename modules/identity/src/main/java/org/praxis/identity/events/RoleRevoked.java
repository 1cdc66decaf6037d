package org.praxis.identity.events;

import org.praxis.platform.OrganisationId;
import org.praxis.platform.PersonId;
import org.praxis.platform.Role;

/** A person no longer holds a role. */
public record RoleRevoked(PersonId personId, OrganisationId organisationId, Role role) {
}
