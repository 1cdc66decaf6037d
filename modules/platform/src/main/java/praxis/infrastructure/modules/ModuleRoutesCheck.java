package praxis.infrastructure.modules;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.ResourceLoaderAware;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/**
 * Before any bean is made and before the web server starts: reads the pages of the application's modules
 * ({@link ModuleRoutes}), stops the start if two of them have one address, and keeps them as a bean for the
 * checks that run later (every page's title has a text).
 */
class ModuleRoutesCheck implements BeanFactoryPostProcessor, EnvironmentAware, ResourceLoaderAware {

    private static final Logger log = LoggerFactory.getLogger(ModuleRoutesCheck.class);

    private @Nullable Environment environment;
    private @Nullable ResourceLoader resourceLoader;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void setResourceLoader(ResourceLoader resourceLoader) {
        this.resourceLoader = resourceLoader;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (environment == null || resourceLoader == null) {
            return;
        }
        long start = System.nanoTime();
        ClassLoader classLoader = resourceLoader.getClassLoader() != null ? resourceLoader.getClassLoader()
                : ModuleRoutesCheck.class.getClassLoader();
        // Through the context, the class files are read from the cache the component scan has just filled.
        ModuleRoutes routes = ModuleRoutes.scan(PraxisModules.enabled(environment, classLoader), resourceLoader, environment);
        long read = System.nanoTime();
        routes.checkClashes(classLoader);
        beanFactory.registerSingleton(ModuleRoutes.class.getName(), routes);
        log.debug("Read {} pages of the modules in {} ms, checked their addresses in {} ms", routes.pages().size(),
                (read - start) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
    }
}
