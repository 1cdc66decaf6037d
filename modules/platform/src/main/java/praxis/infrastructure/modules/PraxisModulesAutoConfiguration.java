package praxis.infrastructure.modules;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.util.StringUtils;

/**
 * Registers every module's package as an auto-configuration package. Vaadin looks for routes, the app
 * shell and other annotated types in those packages only; without this it would look only in the
 * package of the assembly's application class, which holds no module.
 */
@AutoConfiguration
@Import(PraxisModulesAutoConfiguration.ModulePackages.class)
public class PraxisModulesAutoConfiguration {

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
