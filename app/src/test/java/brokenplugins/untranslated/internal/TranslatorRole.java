package brokenplugins.untranslated.internal;

import org.praxis.platform.DeclaredRole;
import org.praxis.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A plugin's role whose name its bundle does not have. */
@Configuration(proxyBeanMethods = false)
class TranslatorRole {

    @Bean
    DeclaredRole translator() {
        return DeclaredRole.of("untranslated", Role.valueOf("TRANSLATOR"), true);
    }
}
