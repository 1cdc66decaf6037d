package org.praxis;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.praxis.platform.Role;
import org.praxis.platform.RoleCatalogue;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import com.vaadin.flow.i18n.I18NProvider;
import plugins.courses.ui.CoursesView;
import praxis.infrastructure.modules.ModuleRoutes;

import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plugin that keeps the contract (docs/plugins.md) joins the default assembly by its jar alone: its schema is
 * migrated, its page, role and texts are there, and every start-up check passes with it.
 */
class PluginStartTests {

    @TempDir
    Path folder;

    @Test
    void aWellMadePluginJoinsTheApplicationByItsJar() throws Exception {
        PluginJars courses = PluginJars.jar(folder.resolve("praxis-courses.jar"), "courses", "plugins.courses")
                .file("db/migration/courses/V1__courses.sql", """
                        create schema if not exists courses;
                        create table courses.course (id uuid primary key, title varchar(200) not null);
                        """)
                .file("i18n/courses.properties", """
                        courses.menu.courses=Courses
                        courses.courses.title=Courses
                        courses.role.LEARNER=Learner
                        """);
        try (URLClassLoader classLoader = PluginJars.classLoader(courses);
             ConfigurableApplicationContext context = PluginJars.start(classLoader)) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForList("select table_name from information_schema.tables where table_schema = 'courses'",
                    String.class)).containsExactly("course");
            assertThat(jdbc.queryForList("select script from flyway_schema_history_courses where success order by installed_rank",
                    String.class)).endsWith("V1__courses.sql");

            assertThat(context.getBean(ModuleRoutes.class).pages()).anySatisfy(page -> {
                assertThat(page.className()).isEqualTo(CoursesView.class.getName());
                assertThat(page.module().name()).isEqualTo("courses");
                assertThat(page.module().source()).isEqualTo(courses.source());
            });
            assertThat(context.getBean(RoleCatalogue.class).labelKey(Role.valueOf("LEARNER"))).isEqualTo("courses.role.LEARNER");
            assertThat(context.getBean(I18NProvider.class).getTranslation("courses.menu.courses", Locale.UK)).isEqualTo("Courses");
        }
    }
}
