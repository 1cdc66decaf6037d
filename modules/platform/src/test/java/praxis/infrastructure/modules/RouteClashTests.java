package praxis.infrastructure.modules;

import fixtures.courses.ui.CatalogueView;
import fixtures.learning.ui.CourseView;
import fixtures.learning.ui.CoursesView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules' pages are read before the web server starts; two modules with a page at one address stop the
 * start with a report naming both pages, their modules and jars, instead of a web server that fails to start
 * with nothing but Vaadin's log line to go by.
 */
class RouteClashTests {

    @TempDir
    Path folder;

    final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(PraxisModulesAutoConfiguration.class));

    @Test
    void thePagesOfEachModuleAreReadWithTheirTitles() throws Exception {
        FixtureJars.Jar learning = new FixtureJars(folder).jar("learning.jar").module("learning", "fixtures.learning");
        try (URLClassLoader classLoader = FixtureJars.classLoader(learning)) {
            contexts.withClassLoader(classLoader).run(context -> {
                assertThat(context).hasNotFailed();
                assertThat(context.getBean(ModuleRoutes.class).pages()).extracting(
                        page -> page.module().name(), ModuleRoutes.Page::className, ModuleRoutes.Page::route,
                        ModuleRoutes.Page::pageTitle, ModuleRoutes.Page::menuTitle).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("learning", CourseView.class.getName(), "courses/:id",
                                "learning.course.title", null),
                        org.assertj.core.groups.Tuple.tuple("learning", CoursesView.class.getName(), "courses",
                                "learning.courses.title", "learning.menu.courses"));
            });
        }
    }

    @Test
    void twoModulesWithAPageAtOneAddress() throws Exception {
        FixtureJars jars = new FixtureJars(folder);
        FixtureJars.Jar learning = jars.jar("learning.jar").module("learning", "fixtures.learning");
        FixtureJars.Jar courses = jars.jar("courses.jar").module("courses", "fixtures.courses");
        AtomicReference<String> report = new AtomicReference<>();
        try (URLClassLoader classLoader = FixtureJars.classLoader(learning, courses)) {
            FixtureJars.withContextClassLoader(classLoader, () -> contexts.withClassLoader(classLoader).run(context -> {
                assertThat(context).hasFailed();
                FailureAnalysis analysis = new RouteClashFailureAnalyzer().analyze(context.getStartupFailure());
                assertThat(analysis).isNotNull();
                report.set(analysis.getDescription() + "\n---\n" + analysis.getAction());
            }));
        }
        assertThat(report.get()).isEqualTo(
                "Two modules have a page at the same address: " + CatalogueView.class.getName() + " (@Route(\"courses\")) "
                        + "of the module 'courses' (" + courses.source() + "), and " + CoursesView.class.getName()
                        + " (@Route(\"courses\")) of the module 'learning' (" + learning.source() + "). Vaadin cannot "
                        + "tell which one to show. (Vaadin: Navigation target paths (considering @Route, @RouteAlias and "
                        + "@RoutePrefix values) must be unique, found navigation targets '" + CatalogueView.class.getName()
                        + "' and '" + CoursesView.class.getName() + "' having the same route.)\n---\n"
                        + "Change the @Route of one of the two pages. Pages below their module's name cannot clash "
                        + "with another module's: @Route(\"learning/…\") in 'learning'.");
    }
}
