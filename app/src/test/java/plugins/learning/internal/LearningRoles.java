package plugins.learning.internal;

import org.praxis.platform.DeclaredRole;
import org.praxis.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The learning plugin's own role, labelled learning.role.LEARNER in its bundle. */
@Configuration(proxyBeanMethods = false)
class LearningRoles {

    @Bean
    DeclaredRole learner() {
        return DeclaredRole.of("learning", Role.valueOf("LEARNER"), false);
    }
}
