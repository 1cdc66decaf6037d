package praxis.infrastructure.modules;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.util.StringUtils;

/**
 * The modules in every assembly and every module test: their packages are registered as
 * auto-configuration packages (Vaadin looks for routes, the app shell and other annotated types in those
 * packages only; otherwise it would look only in the package of the assembly's application class, which
 * holds no module), and no two of their pages may have one address ({@link ModuleRoutesCheck}).
 */
@AutoConfiguration
@Import(PraxisModulesAutoConfiguration.ModulePackages.class)
public class PraxisModulesAutoConfiguration {

    @Bean
    static ModuleRoutesCheck praxisModuleRoutesCheck() {
        return new ModuleRoutesCheck();
    }

    static class ModulePackages implements ImportBeanDefinitionRegistrar, EnvironmentAware {

        private Environment environment;

        @Override
        public void setEnvironment(Environment environment) {
            this.environment = environment;
        }

        @Override
        public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
            String[] packages = StringUtils.commaDelimitedListToStringArray(
                    environment.getProperty(PraxisModulesEnvironment.PACKAGES, ""));
            if (packages.length > 0) {
                AutoConfigurationPackages.register(registry, packages);
            }
        }
    }
}
