package org.praxis;

import org.praxis.app.PraxisApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.DefaultResourceLoader;
import praxis.infrastructure.modules.PraxisModules;

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
 * A plugin's jar made for a test (descriptor, migrations, bundle; its classes are test classes outside
 * {@code org.praxis}), and the default assembly started with it, as an adopter adds a plugin: by putting its
 * jar on the classpath.
 */
final class PluginJars {

    private final Path path;
    private final Map<String, String> files = new LinkedHashMap<>();

    private PluginJars(Path path) {
        this.path = path;
    }

    static PluginJars jar(Path path, String name, String basePackage) {
        return new PluginJars(path).file(PraxisModules.DESCRIPTOR, "name=" + name + "\npackage=" + basePackage + "\n");
    }

    PluginJars file(String name, String content) {
        files.put(name, content);
        return this;
    }

    /** The jar as messages name it. */
    String source() {
        return "jar:" + url();
    }

    private URL url() {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private URL write() {
        TreeSet<String> folders = new TreeSet<>();
        for (String name : files.keySet()) {
            for (int slash = name.indexOf('/'); slash >= 0; slash = name.indexOf('/', slash + 1)) {
                folders.add(name.substring(0, slash + 1));
            }
        }
        try (OutputStream out = Files.newOutputStream(path); JarOutputStream jar = new JarOutputStream(out)) {
            for (String folder : folders) {
                jar.putNextEntry(new JarEntry(folder));
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
        return url();
    }

    /**
     * Starts the default assembly with the plugin's jar on its classpath (a throw-away database, any free port,
     * no demo data). The caller closes the context and the class loader.
     */
    static ConfigurableApplicationContext start(URLClassLoader classLoader) {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(classLoader);
        try {
            SpringApplication application = new SpringApplication(new DefaultResourceLoader(classLoader), PraxisApplication.class);
            return application.run("--server.port=0", "--praxis.embedded-postgres.data-directory=",
                    "--praxis.demo-data.enabled=false", "--praxis.files.directory=target/test-files");
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    static URLClassLoader classLoader(PluginJars plugin) {
        return new URLClassLoader(new URL[] {plugin.write()}, PluginJars.class.getClassLoader());
    }
}
