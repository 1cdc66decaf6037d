package org.crp.learning.internal;

import org.praxis.platform.Role;

/** The role this plugin brings, as a compile-time string for {@code @RolesAllowed} and as a {@link Role}. */
public final class LearningRoles {

    /** The module name, as in the schema, the bundle and the declared role. */
    public static final String MODULE = "learning";

    /** Leads learning sessions: sees the sessions they facilitate and records who attended. */
    public static final String FACILITATOR = "FACILITATOR";

    public static final Role FACILITATOR_ROLE = Role.valueOf(FACILITATOR);

    private LearningRoles() {
    }
}
