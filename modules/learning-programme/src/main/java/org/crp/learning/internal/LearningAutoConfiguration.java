package org.crp.learning.internal;

import org.praxis.platform.DeclaredRole;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.FullyQualifiedAnnotationBeanNameGenerator;

/**
 * Plugs the learning programme into a Praxis application. The plugin lives outside {@code org.praxis}, so
 * the application's own component scan does not reach it: Spring Boot finds this class through
 * {@code META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports}, and it scans the
 * plugin's packages. Vaadin views are registered by {@code org.crp.learning.ui.LearningRoutes}; migrations
 * ({@code db/migration/learning}) and texts ({@code i18n/learning.properties}) are found on the classpath.
 * Adding the jar to an application is all it takes.
 */
@AutoConfiguration
@ComponentScan(basePackages = "org.crp.learning", nameGenerator = FullyQualifiedAnnotationBeanNameGenerator.class,
        excludeFilters = @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class))
@EnableConfigurationProperties(LearningProperties.class)
public class LearningAutoConfiguration {

    /** The plugin's own role: people who lead sessions. An admin approves it when someone asks for it. */
    @Bean
    DeclaredRole learningFacilitatorRole() {
        return DeclaredRole.of(LearningRoles.MODULE, LearningRoles.FACILITATOR_ROLE, true);
    }
}
