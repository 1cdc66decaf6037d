package praxis.infrastructure.modules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import org.springframework.core.env.PropertyResolver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The modules on the classpath, read from every {@code META-INF/praxis/module.properties}. A descriptor
 * without a valid name or package, two modules with one name, or one package inside another's, stop the
 * start with a {@link BrokenModuleException} naming the modules and their jars.
 */
public final class PraxisModules {

    public static final String DESCRIPTOR = "META-INF/praxis/module.properties";
    /**
     * The names of the modules that make up this application, comma-separated, as {@link PraxisModulesEnvironment}
     * publishes them: only their schemas are migrated and only their routes and texts are checked.
     */
    public static final String NAMES_PROPERTY = "praxis.modules.names";

    private static final Map<ClassLoader, List<PraxisModule>> CACHE = new ConcurrentHashMap<>();

    private PraxisModules() {
    }

    /** The modules the class loader sees, sorted by name. */
    public static List<PraxisModule> on(ClassLoader classLoader) {
        return CACHE.computeIfAbsent(classLoader, PraxisModules::read);
    }

    public static List<PraxisModule> onClasspath() {
        return on(classLoader());
    }

    /**
     * The modules that make up this application: those named in {@code praxis.modules.names} (published by
     * {@link PraxisModulesEnvironment}), or every module the class loader sees if that is not set.
     */
    public static List<PraxisModule> enabled(PropertyResolver environment, ClassLoader classLoader) {
        List<PraxisModule> modules = on(classLoader);
        String names = environment.getProperty(NAMES_PROPERTY);
        if (names == null) {
            return modules;
        }
        Set<String> enabled = Arrays.stream(names.split(",")).map(String::trim).collect(Collectors.toSet());
        return modules.stream().filter(module -> enabled.contains(module.name())).toList();
    }

    /** The module of this name, if the class loader sees one. */
    public static Optional<PraxisModule> named(String name, ClassLoader classLoader) {
        return on(classLoader).stream().filter(module -> module.name().equals(name)).findFirst();
    }

    /** The module of this name as messages name it ({@link PraxisModule#label()}), even if no descriptor declares it. */
    public static String label(String name) {
        return named(name, classLoader()).map(PraxisModule::label)
                .orElse("'" + name + "' (no module descriptor of that name)");
    }

    /** The module the class belongs to, if any. */
    public static Optional<PraxisModule> of(String className) {
        return onClasspath().stream().filter(module -> module.contains(className)).findFirst();
    }

    static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : PraxisModules.class.getClassLoader();
    }

    static List<PraxisModule> read(ClassLoader classLoader) {
        List<PraxisModule> modules = new ArrayList<>();
        try {
            for (URL url : Collections.list(classLoader.getResources(DESCRIPTOR))) {
                modules.add(descriptor(url));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the module descriptors (" + DESCRIPTOR + ")", e);
        }
        modules.sort(Comparator.comparing(PraxisModule::name));
        checkClashes(modules);
        return List.copyOf(modules);
    }

    private static PraxisModule descriptor(URL url) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = url.openStream()) {
            properties.load(in);
        }
        String source = source(url);
        String name = properties.getProperty("name", "").trim();
        String basePackage = properties.getProperty("package", "").trim();
        if (!PraxisModule.NAME.matcher(name).matches()) {
            throw new BrokenModuleException("The module in " + source + " has no valid name (\"" + name + "\") in its "
                    + DESCRIPTOR + ".",
                    "Give it a name of 2 to 40 small letters, digits or underscores, starting with a letter, "
                            + "e.g. name=learning. The name is also its database schema, its migrations folder "
                            + "and its message bundle.");
        }
        if (!PraxisModule.PACKAGE.matcher(basePackage).matches()) {
            throw new BrokenModuleException("The module '" + name + "' (" + source + ") has no valid package (\""
                    + basePackage + "\") in its " + DESCRIPTOR + ".",
                    "Set package= to the module's base package, the one holding its package-info.java, "
                            + "e.g. package=org.example.learning.");
        }
        return new PraxisModule(name, basePackage, source);
    }

    /** The jar or folder a descriptor came from, short enough for a message. */
    private static String source(URL url) {
        String text = url.toString();
        int end = text.indexOf("!/" + DESCRIPTOR);
        if (end < 0) {
            end = text.indexOf("/" + DESCRIPTOR);
        }
        return end < 0 ? text : text.substring(0, end);
    }

    private static boolean overlap(String one, String other) {
        return one.equals(other) || one.startsWith(other + ".") || other.startsWith(one + ".");
    }

    static void checkClashes(List<PraxisModule> modules) {
        for (int i = 0; i < modules.size(); i++) {
            for (int j = i + 1; j < modules.size(); j++) {
                PraxisModule one = modules.get(i);
                PraxisModule other = modules.get(j);
                if (one.name().equals(other.name())) {
                    throw new BrokenModuleException("Two modules are named '" + one.name() + "': one in " + one.source()
                            + ", one in " + other.source() + ". A module's name is also its database schema, its "
                            + "migrations folder and its message bundle, so no two modules may share one.",
                            "Rename one of them (name= in its " + DESCRIPTOR + "), or take one of the two jars "
                                    + "out of the application.");
                }
                if (overlap(one.basePackage(), other.basePackage())) {
                    throw new BrokenModuleException("The modules '" + one.name() + "' (package " + one.basePackage()
                            + ", in " + one.source() + ") and '" + other.name() + "' (package " + other.basePackage()
                            + ", in " + other.source() + ") share a package: one lies inside the other, so their "
                            + "classes cannot be told apart.",
                            "Give each module a package of its own, not inside another module's (package= in its "
                                    + DESCRIPTOR + ").");
                }
            }
        }
    }
}
