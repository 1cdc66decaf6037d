package praxis.infrastructure.modules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The modules on the classpath, read from every {@code META-INF/praxis/module.properties}. Two modules
 * with one name, or one package inside another's, stop the start with a message naming both.
 */
public final class PraxisModules {

    public static final String DESCRIPTOR = "META-INF/praxis/module.properties";

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
            throw new IllegalStateException("The module in " + source + " has no valid name (\"" + name
                    + "\"): give it 2 to 40 small letters, digits or underscores in " + DESCRIPTOR + ", e.g. name=learning");
        }
        if (!PraxisModule.PACKAGE.matcher(basePackage).matches()) {
            throw new IllegalStateException("The module '" + name + "' (" + source + ") has no valid package (\""
                    + basePackage + "\"): set package= in " + DESCRIPTOR + " to its base package, e.g. package=org.example.learning");
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
                    throw new IllegalStateException("Two modules are named '" + one.name() + "': one in " + one.source()
                            + ", one in " + other.source() + ". Each module needs a name of its own (it names its "
                            + "database schema too); rename one, or leave one of them out of the build.");
                }
                if (overlap(one.basePackage(), other.basePackage())) {
                    throw new IllegalStateException("The modules '" + one.name() + "' (" + one.basePackage() + ") and '"
                            + other.name() + "' (" + other.basePackage() + ") share a package: each module needs a "
                            + "package of its own, not inside another module's.");
                }
            }
        }
    }
}
