package praxis.infrastructure.modules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.DefaultResourceLoader;

import java.net.URLClassLoader;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Module descriptors that cannot stand together stop the start with a report naming both modules and their
 * jars: two modules with one name, one module's package inside another's, a descriptor without a valid name.
 */
@ExtendWith(OutputCaptureExtension.class)
class BrokenDescriptorTests {

    @TempDir
    Path folder;

    static String report(Throwable failure) {
        FailureAnalysis analysis = new BrokenModuleFailureAnalyzer().analyze(failure);
        assertThat(analysis).as("analysed as a broken module").isNotNull();
        return analysis.getDescription() + "\n---\n" + analysis.getAction();
    }

    @Test
    void twoModulesWithOneName() throws Exception {
        FixtureJars jars = new FixtureJars(folder);
        FixtureJars.Jar learning = jars.jar("learning.jar").module("learning", "org.example.learning");
        FixtureJars.Jar other = jars.jar("learning-by-others.jar").module("learning", "com.others.learning");
        try (URLClassLoader classLoader = FixtureJars.classLoader(learning, other)) {
            assertThatThrownBy(() -> PraxisModules.on(classLoader)).satisfies(failure -> assertThat(report(failure)).isEqualTo(
                    "Two modules are named 'learning': one in " + learning.source() + ", one in " + other.source()
                            + ". A module's name is also its database schema, its migrations folder and its message "
                            + "bundle, so no two modules may share one.\n---\n"
                            + "Rename one of them (name= in its META-INF/praxis/module.properties), or take one of the "
                            + "two jars out of the application."));
        }
    }

    @Test
    void oneModulesPackageInsideAnothers() throws Exception {
        FixtureJars jars = new FixtureJars(folder);
        FixtureJars.Jar learning = jars.jar("learning.jar").module("learning", "org.example.learning");
        FixtureJars.Jar quizzes = jars.jar("quizzes.jar").module("quizzes", "org.example.learning.quizzes");
        try (URLClassLoader classLoader = FixtureJars.classLoader(learning, quizzes)) {
            assertThatThrownBy(() -> PraxisModules.on(classLoader)).satisfies(failure -> assertThat(report(failure)).isEqualTo(
                    "The modules 'learning' (package org.example.learning, in " + learning.source() + ") and 'quizzes' "
                            + "(package org.example.learning.quizzes, in " + quizzes.source() + ") share a package: one "
                            + "lies inside the other, so their classes cannot be told apart.\n---\n"
                            + "Give each module a package of its own, not inside another module's (package= in its "
                            + "META-INF/praxis/module.properties)."));
        }
    }

    @Test
    void aDescriptorWithoutAValidName() throws Exception {
        FixtureJars.Jar learning = new FixtureJars(folder).jar("learning.jar").module("Learning", "org.example.learning");
        try (URLClassLoader classLoader = FixtureJars.classLoader(learning)) {
            assertThatThrownBy(() -> PraxisModules.on(classLoader)).satisfies(failure -> assertThat(report(failure)).isEqualTo(
                    "The module in " + learning.source() + " has no valid name (\"Learning\") in its "
                            + "META-INF/praxis/module.properties.\n---\n"
                            + "Give it a name of 2 to 40 small letters, digits or underscores, starting with a letter, "
                            + "e.g. name=learning. The name is also its database schema, its migrations folder and its "
                            + "message bundle."));
        }
    }

    /** The whole start: Spring Boot prints the report (from spring.factories), not a stack trace. */
    @Test
    void theStartStopsWithTheReport(CapturedOutput output) throws Exception {
        FixtureJars jars = new FixtureJars(folder);
        FixtureJars.Jar learning = jars.jar("learning.jar").module("learning", "org.example.learning");
        FixtureJars.Jar other = jars.jar("learning-by-others.jar").module("learning", "com.others.learning");
        try (URLClassLoader classLoader = FixtureJars.classLoader(learning, other)) {
            SpringApplication application = new SpringApplication(new DefaultResourceLoader(classLoader), Nothing.class);
            application.setWebApplicationType(WebApplicationType.NONE);
            assertThatThrownBy(application::run).isInstanceOf(BrokenModuleException.class);
        }
        assertThat(output).contains("APPLICATION FAILED TO START", "Description:",
                "Two modules are named 'learning': one in " + learning.source() + ", one in " + other.source(), "Action:",
                "Rename one of them (name= in its META-INF/praxis/module.properties)");
        assertThat(output).doesNotContain("\tat praxis.infrastructure.modules.PraxisModules");
    }

    @Configuration(proxyBeanMethods = false)
    static class Nothing {
    }
}
