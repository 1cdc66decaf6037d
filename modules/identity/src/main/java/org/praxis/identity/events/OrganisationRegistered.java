package org.praxis.identity.events;

import org.praxis.platform.OrganisationId;

/** A new organisation joined. Consumers keep its name for display. */
public record OrganisationRegistered(OrganisationId organisationId, String name, OrganisationKind kind) {
}
