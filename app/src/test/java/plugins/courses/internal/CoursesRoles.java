package plugins.courses.internal;

import org.praxis.platform.DeclaredRole;
import org.praxis.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The courses plugin's own role, labelled courses.role.LEARNER in its bundle. */
@Configuration(proxyBeanMethods = false)
class CoursesRoles {

    @Bean
    DeclaredRole learner() {
        return DeclaredRole.of("courses", Role.valueOf("LEARNER"), false);
    }
}
