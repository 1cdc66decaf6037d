package org.praxis.platform;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every role the running application knows: the platform's own and those its modules declare
 * ({@link DeclaredRole} beans). Built once at start; a role declared twice stops the start.
 */
public final class RoleCatalogue {

    private final Map<Role, DeclaredRole> roles = new LinkedHashMap<>();

    public RoleCatalogue(Collection<DeclaredRole> declared) {
        for (DeclaredRole role : declared) {
            DeclaredRole earlier = roles.putIfAbsent(role.role(), role);
            if (earlier != null) {
                throw new IllegalStateException("The role " + role.role() + " is declared twice: by the module '"
                        + earlier.module() + "' and by the module '" + role.module()
                        + "'. Rename the role in one of them.");
            }
        }
    }

    /** The platform's own roles, labelled {@code platform.role.<NAME>}. */
    public static List<DeclaredRole> coreRoles() {
        return Role.CORE.stream()
                .map(role -> new DeclaredRole("platform", role, "platform.role." + role.name(),
                        !role.equals(Role.RESEARCHER) && !role.equals(Role.COMMUNITY_MEMBER)))
                .toList();
    }

    public List<DeclaredRole> all() {
        return List.copyOf(roles.values());
    }

    public Optional<DeclaredRole> find(Role role) {
        return Optional.ofNullable(roles.get(role));
    }

    /** The message key of the role's name; an unknown role (say, one left in the database by a removed module) keeps its own name. */
    public String labelKey(Role role) {
        return find(role).map(DeclaredRole::labelKey).orElse("platform.role." + role.name());
    }

    /** Whether an admin must approve the role when someone asks for it; unknown roles always need approval. */
    public boolean needsApproval(Role role) {
        return find(role).map(DeclaredRole::needsApproval).orElse(true);
    }
}
