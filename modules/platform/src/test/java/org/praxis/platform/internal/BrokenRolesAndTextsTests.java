package org.praxis.platform.internal;

import fixtures.learning.ui.CourseView;
import fixtures.learning.ui.CoursesView;
import fixtures.quizzes.ui.QuizzesView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.praxis.platform.DeclaredRole;
import org.praxis.platform.Role;
import org.praxis.platform.ui.PraxisI18NProvider;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import praxis.infrastructure.modules.BrokenModuleFailureAnalyzer;
import praxis.infrastructure.modules.FixtureJars;
import praxis.infrastructure.modules.PraxisModulesAutoConfiguration;
import praxis.infrastructure.modules.PraxisModules;

import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A role declared by two modules, and texts a module needs but its bundle lacks, stop the start with one
 * report naming the modules and their jars. The platform's configuration is started as the application starts
 * it, with plugins' jars (descriptors, bundles) on a class loader of the test's own.
 */
class BrokenRolesAndTextsTests {

    static final Role LEARNER = Role.valueOf("LEARNER");

    @TempDir
    Path folder;

    final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(PraxisModulesAutoConfiguration.class))
            .withUserConfiguration(PlatformConfiguration.class)
            .withBean(PraxisI18NProvider.class, () -> new PraxisI18NProvider(""));

    /** Starts the contexts with the jars on the class loader, and returns the start-up report, or null if it started. */
    String report(ApplicationContextRunner runner, FixtureJars.Jar... jars) throws Exception {
        AtomicReference<String> report = new AtomicReference<>();
        try (URLClassLoader classLoader = FixtureJars.classLoader(jars)) {
            FixtureJars.withContextClassLoader(classLoader, () -> runner.withClassLoader(classLoader).run(context -> {
                if (context.getStartupFailure() != null) {
                    FailureAnalysis analysis = new BrokenModuleFailureAnalyzer().analyze(context.getStartupFailure());
                    assertThat(analysis).as("analysed as a broken module: %s", context.getStartupFailure()).isNotNull();
                    report.set(analysis.getDescription() + "\n---\n" + analysis.getAction());
                }
            }));
        }
        return report.get();
    }

    FixtureJars.Jar learning(String bundle) {
        return new FixtureJars(folder).jar("learning.jar").module("learning", "fixtures.learning")
                .file("i18n/learning.properties", bundle);
    }

    static final String COMPLETE_BUNDLE = """
            learning.courses.title=Courses
            learning.course.title=Course
            learning.menu.courses=Courses
            learning.role.LEARNER=Learner
            """;

    @Test
    void twoModulesDeclaringOneRole() throws Exception {
        FixtureJars.Jar learning = learning(COMPLETE_BUNDLE);
        FixtureJars.Jar quizzes = new FixtureJars(folder).jar("quizzes.jar").module("quizzes", "fixtures.quizzes");
        String report = report(contexts
                .withBean("learner", DeclaredRole.class, () -> DeclaredRole.of("learning", LEARNER, false))
                .withBean("quizLearner", DeclaredRole.class, () -> DeclaredRole.of("quizzes", LEARNER, true)), learning, quizzes);

        assertThat(report).isEqualTo("Two modules declare the role LEARNER: the module 'learning' (" + learning.source()
                + ") and the module 'quizzes' (" + quizzes.source() + "). A role is one for the whole application "
                + "(people hold it, views and services name it), so only one module may bring it.\n---\n"
                + "Rename the role in one of them (the name its DeclaredRole bean gives to Role.valueOf), or take one of "
                + "the modules out of the application. The platform's own roles (PROGRAMME_TEAM, INSTITUTION_LEAD, "
                + "RESEARCHER, COMMUNITY_MEMBER, BROKER, MENTOR, COACH, CO_PRODUCER, MODERATOR, ADMIN) are always taken.");
    }

    @Test
    void aPluginDeclaringACoreRole() throws Exception {
        FixtureJars.Jar learning = learning(COMPLETE_BUNDLE);
        String report = report(contexts
                .withBean(DeclaredRole.class, () -> DeclaredRole.of("learning", Role.MENTOR, false)), learning);

        String platform = PraxisModules.named("platform", getClass().getClassLoader()).orElseThrow().source();
        assertThat(report).startsWith("Two modules declare the role MENTOR: the module 'platform' (" + platform
                + ") and the module 'learning' (" + learning.source() + ").");
    }

    @Test
    void everyMissingTextOfEveryModuleInOneReport() throws Exception {
        FixtureJars.Jar learning = learning("learning.courses.title=Courses\n");
        FixtureJars.Jar quizzes = new FixtureJars(folder).jar("quizzes.jar").module("quizzes", "fixtures.quizzes");
        String report = report(contexts.withBean(DeclaredRole.class, () -> DeclaredRole.of("learning", LEARNER, false)),
                learning, quizzes);

        assertThat(report).isEqualTo("""
                Texts that modules show are missing from the message bundles:
                - the module 'learning' (%s), bundle i18n/learning.properties:
                    learning.course.title (@PageTitle of %s)
                    learning.menu.courses (@Menu title of %s)
                    learning.role.LEARNER (name of the role LEARNER)
                - the module 'quizzes' (%s), bundle i18n/quizzes.properties:
                    quizzes.title (@PageTitle of %s)
                    quizzes.menu (@Menu title of %s)
                ---
                Add each key to its module's bundle, i18n/<module name>.properties in the module's jar (or to the bundle \
                named by praxis.i18n.overrides). Without them people would see the bare keys.""".formatted(
                learning.source(), CourseView.class.getName(), CoursesView.class.getName(),
                quizzes.source(), QuizzesView.class.getName(), QuizzesView.class.getName()));
    }

    @Test
    void aModuleWithAllItsTextsStarts() throws Exception {
        assertThat(report(contexts.withBean(DeclaredRole.class, () -> DeclaredRole.of("learning", LEARNER, false)),
                learning(COMPLETE_BUNDLE))).isNull();
    }

    @Test
    void anAdoptersOverridesCountAsTexts() throws Exception {
        FixtureJars.Jar overrides = new FixtureJars(folder).jar("terminology.jar")
                .file("terminology/words.properties", "learning.course.title=Module\nlearning.menu.courses=Modules\n"
                        + "learning.role.LEARNER=Participant\n");
        ApplicationContextRunner withOverrides = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(PraxisModulesAutoConfiguration.class))
                .withUserConfiguration(PlatformConfiguration.class)
                .withBean(PraxisI18NProvider.class, () -> new PraxisI18NProvider("classpath:terminology/words"))
                .withBean(DeclaredRole.class, () -> DeclaredRole.of("learning", LEARNER, false));
        assertThat(report(withOverrides, learning("learning.courses.title=Courses\n"), overrides)).isNull();
    }
}
