package org.praxis.coproduction.internal;

import org.praxis.platform.DeclaredRole;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Co-production's settings and the reviewer role (an admin approves it when someone asks for it). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CoproductionProperties.class)
class CoproductionConfiguration {

    @Bean
    DeclaredRole coproductionReviewerRole() {
        return DeclaredRole.of(CoproductionRoles.MODULE, CoproductionRoles.REVIEWER_ROLE, true);
    }
}
