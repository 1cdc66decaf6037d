package brokenplugins.roles.internal;

import org.praxis.platform.DeclaredRole;
import org.praxis.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A plugin that declares a role the platform already has. */
@Configuration(proxyBeanMethods = false)
class ModeratorRole {

    @Bean
    DeclaredRole moderator() {
        return DeclaredRole.of("roles", Role.MODERATOR, true);
    }
}
