package org.praxis.platform;

/**
 * Role names as compile-time constants, for {@code @RolesAllowed} and {@code @PreAuthorize}.
 * Each equals the {@link Role} of the same name; a unit test keeps the two in step.
 */
public final class Roles {

    public static final String PROGRAMME_TEAM = "PROGRAMME_TEAM";
    public static final String INSTITUTION_LEAD = "INSTITUTION_LEAD";
    public static final String RESEARCHER = "RESEARCHER";
    public static final String COMMUNITY_MEMBER = "COMMUNITY_MEMBER";
    public static final String BROKER = "BROKER";
    public static final String MENTOR = "MENTOR";
    public static final String COACH = "COACH";
    public static final String CO_PRODUCER = "CO_PRODUCER";
    public static final String MODERATOR = "MODERATOR";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
