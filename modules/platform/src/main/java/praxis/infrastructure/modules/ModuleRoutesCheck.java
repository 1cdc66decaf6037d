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
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * Before any bean is made and before the web server starts: reads the pages of the application's modules
 * ({@link ModuleRoutes}), stops the start if two of them have one address, and keeps them as a bean for the
 * checks that run later (every page's title has a text).
 */
class ModuleRoutesCheck implements BeanFactoryPostProcessor, EnvironmentAware, ResourceLoaderAware {

    /** Spring Boot's cache of the class files read by the component scan, which this scan reads again. */
    static final String SHARED_METADATA_READERS = "org.springframework.boot.autoconfigure.internalCachingMetadataReaderFactory";

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
        MetadataReaderFactory metadataReaders = beanFactory.containsBean(SHARED_METADATA_READERS)
                ? beanFactory.getBean(SHARED_METADATA_READERS, MetadataReaderFactory.class) : null;
        ModuleRoutes routes = ModuleRoutes.scan(PraxisModules.enabled(environment, classLoader), resourceLoader,
                environment, metadataReaders);
        routes.checkClashes(classLoader);
        beanFactory.registerSingleton(ModuleRoutes.class.getName(), routes);
        log.debug("Read {} pages of the modules in {} ms", routes.pages().size(), (System.nanoTime() - start) / 1_000_000);
    }
}
