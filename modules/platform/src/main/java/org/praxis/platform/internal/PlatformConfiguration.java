package org.praxis.platform.internal;

import org.praxis.platform.Branding;
import org.praxis.platform.DeclaredRole;
import org.praxis.platform.RoleCatalogue;
import org.praxis.platform.ui.PraxisI18NProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import praxis.infrastructure.modules.ModuleRoutes;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * What every module relies on: method security (every service method declares who may call it),
 * scheduling (reminders, event retries), module-by-module database migrations, the role catalogue,
 * the check that every module's texts exist, a clock that tests can fix, and the branding settings.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(jsr250Enabled = true)
@EnableScheduling
@EnableConfigurationProperties(Branding.class)
class PlatformConfiguration {

    /**
     * Each module of this application ({@code praxis.modules.names}) migrates its own schema from
     * db/migration/<module>, all or nothing (see {@link ModuleMigrations}).
     */
    @Bean
    @ConditionalOnMissingBean
    FlywayMigrationStrategy moduleMigrations(Environment environment, ResourceLoader resourceLoader) {
        ClassLoader classLoader = resourceLoader.getClassLoader() != null ? resourceLoader.getClassLoader()
                : ModuleMigrations.class.getClassLoader();
        return new ModuleMigrations(classLoader, ModuleMigrations.enabledModules(environment, classLoader));
    }

    /** The platform's roles and every role a module declares ({@link DeclaredRole} beans). */
    @Bean
    RoleCatalogue roleCatalogue(ObjectProvider<DeclaredRole> declared) {
        List<DeclaredRole> roles = new ArrayList<>(RoleCatalogue.coreRoles());
        declared.orderedStream().forEach(roles::add);
        return new RoleCatalogue(roles);
    }

    /** Every page title, menu title and role name of every module has a text (see {@link ModuleTextsCheck}). */
    @Bean
    ModuleTextsCheck moduleTextsCheck(ObjectProvider<PraxisI18NProvider> texts, RoleCatalogue roles,
                                      ObjectProvider<ModuleRoutes> routes) {
        return new ModuleTextsCheck(texts, roles, routes);
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
