package org.praxis.coproduction.internal;

import org.praxis.platform.Role;

/**
 * The role this module brings. Reviewers are a role of their own, not the programme team: in co-production the
 * people who shortlist include co-producers and Collective members (the source's co-production team reviewed
 * the workshops' feedback), and scoring applications must not give them the team's other rights.
 */
public final class CoproductionRoles {

    public static final String MODULE = "coproduction";

    /** Scores the applications they are given, blind. */
    public static final String REVIEWER = "RECRUITMENT_REVIEWER";

    public static final Role REVIEWER_ROLE = Role.valueOf(REVIEWER);

    private CoproductionRoles() {
    }
}
