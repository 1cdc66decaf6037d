package praxis.infrastructure.modules;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;
import org.springframework.util.StringUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Before the application context starts: reads the module descriptors, leaves out the modules switched
 * off by {@code praxis.modules.disabled}, and publishes {@code praxis.modules.packages} (what an assembly's
 * {@code @SpringBootApplication(scanBasePackages = ...)} scans) and {@code praxis.modules.names} (the
 * schemas the platform migrates); then adds the platform's defaults
 * ({@code praxis/platform-defaults.properties}) below every other source, so each assembly and each
 * module test starts with the same settings unless it says otherwise.
 */
public class PraxisModulesEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String DEFAULTS = "praxis/platform-defaults.properties";
    /** The base packages of the modules in this assembly, comma-separated. */
    public static final String PACKAGES = "praxis.modules.packages";
    /** The names of the modules in this assembly, comma-separated. */
    public static final String NAMES = "praxis.modules.names";
    /** Modules on the classpath to leave out, by name, comma-separated (docs/assemblies.md). */
    public static final String DISABLED = "praxis.modules.disabled";
    static final List<String> REQUIRED = List.of("platform", "shell");

    /** After application.properties and the like are read, so the defaults can go below them. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /**
     * The modules on the classpath less those switched off by {@value #DISABLED}. A name that is no module
     * here, or one the application cannot run without, stops the start.
     */
    static List<PraxisModule> enabled(List<PraxisModule> modules, Set<String> disabled) {
        Set<String> names = modules.stream().map(PraxisModule::name).collect(Collectors.toSet());
        for (String name : disabled) {
            if (!names.contains(name)) {
                throw new BrokenModuleException(DISABLED + " names '" + name + "', but there is no such module in this "
                        + "application. The modules are: " + String.join(", ", new TreeSet<>(names)) + ".",
                        "Correct the name in " + DISABLED + " (environment: PRAXIS_MODULES_DISABLED), or remove it.");
            }
            if (REQUIRED.contains(name)) {
                throw new BrokenModuleException(DISABLED + " names '" + name + "', which every Praxis application "
                        + "needs (" + String.join(" and ", REQUIRED) + "); it cannot be switched off.",
                        "Take '" + name + "' out of " + DISABLED + ".");
            }
        }
        return modules.stream().filter(module -> !disabled.contains(module.name())).toList();
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        ClassLoader classLoader = application.getClassLoader() != null ? application.getClassLoader()
                : PraxisModules.classLoader();
        List<PraxisModule> modules = enabled(PraxisModules.on(classLoader),
                Set.of(StringUtils.commaDelimitedListToStringArray(environment.getProperty(DISABLED, "").replace(" ", ""))));
        String packages = modules.stream().map(PraxisModule::basePackage).collect(Collectors.joining(","));
        environment.getPropertySources().addFirst(new MapPropertySource("praxisModules", Map.of(
                PACKAGES, packages,
                NAMES, modules.stream().map(PraxisModule::name).collect(Collectors.joining(",")),
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
