package org.praxis.platform;

import praxis.infrastructure.modules.BrokenModuleException;
import praxis.infrastructure.modules.PraxisModules;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every role the running application knows: the platform's own and those its modules declare
 * ({@link DeclaredRole} beans). Built once at start; a role declared twice stops the start with a
 * {@link BrokenModuleException} naming both modules and their jars.
 */
public final class RoleCatalogue {

    private final Map<Role, DeclaredRole> roles = new LinkedHashMap<>();

    public RoleCatalogue(Collection<DeclaredRole> declared) {
        for (DeclaredRole role : declared) {
            DeclaredRole earlier = roles.putIfAbsent(role.role(), role);
            if (earlier != null) {
                throw declaredTwice(earlier, role);
            }
        }
    }

    private static BrokenModuleException declaredTwice(DeclaredRole earlier, DeclaredRole role) {
        String description = earlier.module().equals(role.module())
                ? "The module " + PraxisModules.label(role.module()) + " declares the role " + role.role() + " twice."
                : "Two modules declare the role " + role.role() + ": the module " + PraxisModules.label(earlier.module())
                        + " and the module " + PraxisModules.label(role.module()) + ". A role is one for the whole application "
                        + "(people hold it, views and services name it), so only one module may bring it.";
        return new BrokenModuleException(description, "Rename the role in one of them (the name its DeclaredRole bean "
                + "gives to Role.valueOf), or take one of the modules out of the application. The platform's own roles ("
                + Role.CORE.stream().map(Role::name).collect(Collectors.joining(", ")) + ") are always taken.");
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
