package org.praxis.platform;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles a person can hold. Views and services name them through the constants in {@link Roles},
 * which are usable inside annotations.
 */
public enum Role {

    /** Runs the programme: triages requests, assesses needs, agrees plans, sees impact. */
    PROGRAMME_TEAM(true),
    /** Staff member responsible for researcher development at an institution. */
    INSTITUTION_LEAD(true),
    /** Postdoc or other researcher. */
    RESEARCHER(false),
    /** Member of a community organisation. */
    COMMUNITY_MEMBER(false),
    /** Public engagement professional who connects partners. */
    BROKER(true),
    MENTOR(true),
    COACH(true),
    CO_PRODUCER(true),
    MODERATOR(true),
    ADMIN(true);

    private final boolean needsApproval;

    Role(boolean needsApproval) {
        this.needsApproval = needsApproval;
    }

    /** Whether an admin must approve this role when someone asks for it at registration. */
    public boolean needsApproval() {
        return needsApproval;
    }

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    public static Optional<Role> fromAuthority(String authority) {
        return Arrays.stream(values()).filter(role -> role.authority().equals(authority)).findFirst();
    }
}
