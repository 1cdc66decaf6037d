package org.praxis.platform;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A role a person can hold. Roles are open: the core ones are named here, and any module, plugins
 * included, can bring its own by declaring a {@link DeclaredRole} bean. Views and services name roles
 * through compile-time strings ({@link Roles} for the core ones), which annotations need.
 *
 * @param name capitals, digits and underscores, e.g. {@code PROGRAMME_TEAM}
 */
public record Role(String name) implements Comparable<Role> {

    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    /** Runs the programme: triages requests, assesses needs, agrees plans, sees impact. */
    public static final Role PROGRAMME_TEAM = new Role(Roles.PROGRAMME_TEAM);
    /** Staff member responsible for researcher development at an institution. */
    public static final Role INSTITUTION_LEAD = new Role(Roles.INSTITUTION_LEAD);
    /** Postdoc or other researcher. */
    public static final Role RESEARCHER = new Role(Roles.RESEARCHER);
    /** Member of a community organisation. */
    public static final Role COMMUNITY_MEMBER = new Role(Roles.COMMUNITY_MEMBER);
    /** Public engagement professional who connects partners. */
    public static final Role BROKER = new Role(Roles.BROKER);
    public static final Role MENTOR = new Role(Roles.MENTOR);
    public static final Role COACH = new Role(Roles.COACH);
    public static final Role CO_PRODUCER = new Role(Roles.CO_PRODUCER);
    public static final Role MODERATOR = new Role(Roles.MODERATOR);
    public static final Role ADMIN = new Role(Roles.ADMIN);

    /** The roles the platform itself names, in the order people see them. */
    public static final List<Role> CORE = List.of(PROGRAMME_TEAM, INSTITUTION_LEAD, RESEARCHER, COMMUNITY_MEMBER,
            BROKER, MENTOR, COACH, CO_PRODUCER, MODERATOR, ADMIN);

    public Role {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A role name is 2 to 40 capitals, digits or underscores, "
                    + "starting with a capital: " + name);
        }
    }

    /** The role of this name (the name as stored in the database and in events). */
    public static Role valueOf(String name) {
        return new Role(name);
    }

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name;
    }

    public static Optional<Role> fromAuthority(String authority) {
        if (!authority.startsWith("ROLE_")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Role(authority.substring("ROLE_".length())));
        } catch (IllegalArgumentException notARole) {
            return Optional.empty();
        }
    }

    @Override
    public int compareTo(Role other) {
        return name.compareTo(other.name);
    }

    @Override
    public String toString() {
        return name;
    }
}
