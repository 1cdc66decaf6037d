package org.praxis.matchmaking.internal;

import org.praxis.platform.Role;

/** The role matchmaking brings, as a compile-time string for {@code @PreAuthorize} and as a {@link Role}. */
public final class MatchmakingRoles {

    public static final String MODULE = "matchmaking";

    /** Reviews and decides seed fund applications: the only people who see them, besides the partners. */
    public static final String SEED_FUND_PANEL = "SEED_FUND_PANEL";

    public static final Role SEED_FUND_PANEL_ROLE = Role.valueOf(SEED_FUND_PANEL);

    private MatchmakingRoles() {
    }
}
