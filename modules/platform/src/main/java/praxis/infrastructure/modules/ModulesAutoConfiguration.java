package praxis.infrastructure.modules;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The checks on the modules that need the application context but no bean of it: no two pages with one
 * address ({@link ModuleRoutesCheck}). A Boot auto-configuration, so it runs in every assembly and every
 * module test.
 */
@AutoConfiguration
public class ModulesAutoConfiguration {

    @Bean
    static ModuleRoutesCheck praxisModuleRoutesCheck() {
        return new ModuleRoutesCheck();
    }
}
