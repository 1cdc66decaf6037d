package praxis.infrastructure.modules;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * Jars made for a test, holding module descriptors, migration scripts or bundles, and a class loader that sees
 * them on top of the test's own classpath (the platform's classes, descriptor and {@code __root} included), as a
 * plugin's jar is seen by an assembly.
 */
public final class FixtureJars {

    private final Path folder;

    public FixtureJars(Path folder) {
        this.folder = folder;
    }

    public Jar jar(String fileName) {
        return new Jar(folder.resolve(fileName));
    }

    /** A class loader that sees the jars first, then the test's classpath. */
    public static URLClassLoader classLoader(Jar... jars) {
        URL[] urls = new URL[jars.length];
        for (int i = 0; i < jars.length; i++) {
            urls[i] = jars[i].write();
        }
        return new URLClassLoader(urls, FixtureJars.class.getClassLoader());
    }

    /** Runs the action with the class loader as the thread's context class loader, as an application started from it would. */
    public static void withContextClassLoader(ClassLoader classLoader, Runnable action) {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(classLoader);
        try {
            action.run();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    public static final class Jar {

        private final Path path;
        private final Map<String, String> files = new LinkedHashMap<>();

        Jar(Path path) {
            this.path = path;
        }

        /** A module descriptor for this jar. */
        public Jar module(String name, String basePackage) {
            return file(PraxisModules.DESCRIPTOR, "name=" + name + "\npackage=" + basePackage + "\n");
        }

        public Jar file(String name, String content) {
            files.put(name, content);
            return this;
        }

        /** Where the jar is, as module descriptors and messages name it: {@code jar:file:/…/name.jar}. */
        public String source() {
            try {
                return "jar:" + path.toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }

        URL write() {
            TreeSet<String> folders = new TreeSet<>();
            for (String name : files.keySet()) {
                for (int slash = name.indexOf('/'); slash >= 0; slash = name.indexOf('/', slash + 1)) {
                    folders.add(name.substring(0, slash + 1));
                }
            }
            try (OutputStream out = Files.newOutputStream(path); JarOutputStream jar = new JarOutputStream(out)) {
                // Folder entries, as Maven writes them: class loaders find folders in jars only through them.
                for (String entry : folders) {
                    jar.putNextEntry(new JarEntry(entry));
                    jar.closeEntry();
                }
                for (Map.Entry<String, String> file : files.entrySet()) {
                    jar.putNextEntry(new JarEntry(file.getKey()));
                    jar.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                    jar.closeEntry();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try {
                return path.toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
