package praxis.infrastructure.modules;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Before the application context starts: reads the module descriptors and publishes
 * {@code praxis.modules.packages} (what an assembly's {@code @SpringBootApplication(scanBasePackages = ...)}
 * scans) and {@code praxis.modules.names}; then adds the platform's defaults
 * ({@code praxis/platform-defaults.properties}) below every other source, so each assembly and each
 * module test starts with the same settings unless it says otherwise.
 */
public class PraxisModulesEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String DEFAULTS = "praxis/platform-defaults.properties";

    /** After application.properties and the like are read, so the defaults can go below them. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        ClassLoader classLoader = application.getClassLoader() != null ? application.getClassLoader()
                : PraxisModules.classLoader();
        List<PraxisModule> modules = PraxisModules.on(classLoader);
        String packages = modules.stream().map(PraxisModule::basePackage).collect(Collectors.joining(","));
        environment.getPropertySources().addFirst(new MapPropertySource("praxisModules", Map.of(
                "praxis.modules.packages", packages,
                "praxis.modules.names", modules.stream().map(PraxisModule::name).collect(Collectors.joining(",")),
                // Vaadin looks for routes and other annotated types only in these packages.
                "praxis.modules.vaadin-packages", Stream.concat(Stream.of("com.vaadin"),
                        modules.stream().map(PraxisModule::basePackage)).collect(Collectors.joining(",")))));
        try {
            environment.getPropertySources().addLast(new ResourcePropertySource("praxisPlatformDefaults",
                    new ClassPathResource(DEFAULTS, classLoader)));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + DEFAULTS, e);
        }
    }
}
