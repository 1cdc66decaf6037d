package org.praxis.matchmaking.internal;

import org.praxis.platform.DeclaredRole;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Matchmaking's settings and the role it brings. Components, views, migrations and texts are found from the
 * module's descriptor.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MatchmakingProperties.class)
class MatchmakingConfiguration {

    /** The seed fund panel: an admin approves it when someone asks for it. */
    @Bean
    DeclaredRole seedFundPanelRole() {
        return DeclaredRole.of(MatchmakingRoles.MODULE, MatchmakingRoles.SEED_FUND_PANEL_ROLE, true);
    }
}
