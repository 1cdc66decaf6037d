package org.praxis.platform;

/**
 * A role a module brings. Declare one bean per role; the {@link RoleCatalogue} collects them, and the
 * start stops with a plain message if two modules declare the same role.
 *
 * @param module        the module that declares it (its name, e.g. {@code learning})
 * @param role          the role
 * @param labelKey      the message key of its name as people read it, in the module's own bundle
 * @param needsApproval whether an admin must approve it when someone asks for it at registration
 */
public record DeclaredRole(String module, Role role, String labelKey, boolean needsApproval) {

    /** A module's role, labelled by {@code <module>.role.<NAME>} in the module's bundle. */
    public static DeclaredRole of(String module, Role role, boolean needsApproval) {
        return new DeclaredRole(module, role, module + ".role." + role.name(), needsApproval);
    }
}
