package org.praxis.matchmaking.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Matchmaking's settings. Components, views, migrations and texts are found from the module's descriptor. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MatchmakingProperties.class)
class MatchmakingConfiguration {
}
