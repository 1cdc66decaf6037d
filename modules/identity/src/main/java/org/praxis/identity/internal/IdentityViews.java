package org.praxis.identity.internal;

import org.jspecify.annotations.Nullable;
import org.praxis.identity.events.OrganisationKind;
import org.praxis.platform.OrganisationId;
import org.praxis.platform.PersonId;
import org.praxis.platform.Role;

import java.time.OffsetDateTime;
import java.util.Set;

/** Read-only projections the identity views show. */
public final class IdentityViews {

    private IdentityViews() {
    }

    public record OrganisationRow(OrganisationId id, String name, OrganisationKind kind, int people) {
    }

    public record PersonRow(PersonId id, String fullName, String email, String organisationName,
                            Set<Role> roles, Set<Role> requestedRoles, @Nullable String accessNeeds,
                            OffsetDateTime joined) {
    }

    public record RoleRequestRow(PersonId personId, String fullName, String email, String organisationName,
                                 Role role, OffsetDateTime requestedAt) {
    }
}
