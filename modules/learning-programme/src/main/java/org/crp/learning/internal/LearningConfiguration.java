package org.crp.learning.internal;

import org.praxis.platform.DeclaredRole;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The learning programme's settings and the role it brings. The plugin is found like any module, from its
 * descriptor ({@code META-INF/praxis/module.properties}): components, views, migrations and texts need no
 * registration.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LearningProperties.class)
class LearningConfiguration {

    /** The plugin's own role: people who lead sessions. An admin approves it when someone asks for it. */
    @Bean
    DeclaredRole learningFacilitatorRole() {
        return DeclaredRole.of(LearningRoles.MODULE, LearningRoles.FACILITATOR_ROLE, true);
    }
}
