package org.praxis.identity.events;

import org.praxis.platform.OrganisationId;
import org.praxis.platform.PersonId;
import org.praxis.platform.Role;

/** A person now holds a role (granted at registration for open roles, or approved by an admin). */
public record RoleGranted(PersonId personId, OrganisationId organisationId, String fullName, Role role) {
}
