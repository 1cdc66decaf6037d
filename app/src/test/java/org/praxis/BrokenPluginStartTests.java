package org.praxis;

import brokenplugins.clash.ui.ClashingHomeView;
import brokenplugins.untranslated.ui.GlossaryView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.praxis.shell.ui.HomeView;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import praxis.infrastructure.modules.PraxisModules;

import java.net.URLClassLoader;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The default assembly with a broken plugin's jar added stops at start with Spring Boot's report,
 * "APPLICATION FAILED TO START", a description naming the modules and their jars, and what to do; not a
 * stack trace. One test per failure listed in docs/plugins.md ("When a plugin is broken").
 */
@ExtendWith(OutputCaptureExtension.class)
class BrokenPluginStartTests {

    @TempDir
    Path folder;

    /** Where a core module was found (its classes folder in this build). */
    static String core(String name) {
        return PraxisModules.named(name, BrokenPluginStartTests.class.getClassLoader()).orElseThrow().source();
    }

    static void assertReport(CapturedOutput output, String description, String action) {
        String report = output.getOut() + output.getErr();
        assertThat(report).contains("APPLICATION FAILED TO START")
                .contains("Description:" + System.lineSeparator() + System.lineSeparator() + description + System.lineSeparator())
                .contains("Action:" + System.lineSeparator() + System.lineSeparator() + action + System.lineSeparator());
    }

    void startFails(PluginJars plugin) throws Exception {
        try (URLClassLoader classLoader = PluginJars.classLoader(plugin)) {
            assertThatThrownBy(() -> PluginJars.start(classLoader).close()).isInstanceOf(RuntimeException.class);
        }
    }

    @Test
    void aMigrationThatFails(CapturedOutput output) throws Exception {
        PluginJars faulty = PluginJars.jar(folder.resolve("praxis-faulty.jar"), "faulty", "brokenplugins.faulty")
                .file("db/migration/faulty/V1__notes.sql", """
                        create schema if not exists faulty;
                        create table faulty.note (id uuid primary key, body text not null);
                        """)
                .file("db/migration/faulty/V2__note_authors.sql", "create index note_author on faulty.note (author);");
        startFails(faulty);
        assertReport(output, "The module 'faulty' (" + faulty.source() + ") could not migrate its database schema: "
                        + "V2__note_authors.sql failed: column \"author\" does not exist. Its pending migrations ran in one "
                        + "transaction, which was rolled back, so the schema 'faulty' is as it was before this start.",
                "Correct V2__note_authors.sql in db/migration/faulty/ and start again (the module's pending migrations "
                        + "will run again, from the first), or take the module's jar out of the application.");
    }

    @Test
    void aModuleNameThatIsTaken(CapturedOutput output) throws Exception {
        PluginJars requests = PluginJars.jar(folder.resolve("praxis-requests-fork.jar"), "requests", "brokenplugins.requests")
                .file("db/migration/requests/V1__requests.sql", "create schema if not exists requests;");
        startFails(requests);
        assertReport(output, "Two modules are named 'requests': one in " + core("requests") + ", one in "
                        + requests.source() + ". A module's name is also its database schema, its migrations folder and "
                        + "its message bundle, so no two modules may share one.",
                "Rename one of them (name= in its META-INF/praxis/module.properties), or take one of the two jars out "
                        + "of the application.");
    }

    @Test
    void aPageAtAnotherModulesAddress(CapturedOutput output) throws Exception {
        PluginJars clash = PluginJars.jar(folder.resolve("praxis-clash.jar"), "clash", "brokenplugins.clash");
        startFails(clash);
        assertReport(output, "Two modules have a page at the same address: " + ClashingHomeView.class.getName()
                        + " (@Route(\"\")) of the module 'clash' (" + clash.source() + "), and " + HomeView.class.getName()
                        + " (@Route(\"\")) of the module 'shell' (" + core("shell") + "). Vaadin cannot tell which one "
                        + "to show. (Vaadin: Navigation target paths (considering @Route, @RouteAlias and @RoutePrefix "
                        + "values) must be unique, found navigation targets '" + ClashingHomeView.class.getName()
                        + "' and '" + HomeView.class.getName() + "' having the same route.)",
                "Change the @Route of one of the two pages. Pages below their module's name cannot clash with another "
                        + "module's: @Route(\"clash/…\") in 'clash', or @Route(\"shell/…\") in 'shell'.");
    }

    @Test
    void aRoleThatIsTaken(CapturedOutput output) throws Exception {
        PluginJars roles = PluginJars.jar(folder.resolve("praxis-roles.jar"), "roles", "brokenplugins.roles")
                .file("i18n/roles.properties", "roles.role.MODERATOR=Moderator\n");
        startFails(roles);
        assertReport(output, "Two modules declare the role MODERATOR: the module 'platform' (" + core("platform")
                        + ") and the module 'roles' (" + roles.source() + "). A role is one for the whole application "
                        + "(people hold it, views and services name it), so only one module may bring it.",
                "Rename the role in one of them (the name its DeclaredRole bean gives to Role.valueOf), or take one of "
                        + "the modules out of the application. The platform's own roles (PROGRAMME_TEAM, INSTITUTION_LEAD, "
                        + "RESEARCHER, COMMUNITY_MEMBER, BROKER, MENTOR, COACH, CO_PRODUCER, MODERATOR, ADMIN) are always taken.");
    }

    @Test
    void textsMissingFromThePluginsBundle(CapturedOutput output) throws Exception {
        PluginJars untranslated = PluginJars.jar(folder.resolve("praxis-untranslated.jar"), "untranslated",
                        "brokenplugins.untranslated")
                .file("i18n/untranslated.properties", "untranslated.glossary.intro=Words we use\n");
        startFails(untranslated);
        assertReport(output, String.join("\n",
                        "Texts that modules show are missing from the message bundles:",
                        "- the module 'untranslated' (" + untranslated.source() + "), bundle i18n/untranslated.properties:",
                        "    untranslated.glossary.title (@PageTitle of " + GlossaryView.class.getName() + ")",
                        "    untranslated.menu.glossary (@Menu title of " + GlossaryView.class.getName() + ")",
                        "    untranslated.role.TRANSLATOR (name of the role TRANSLATOR)"),
                "Add each key to its module's bundle, i18n/<module name>.properties in the module's jar (or to the "
                        + "bundle named by praxis.i18n.overrides). Without them people would see the bare keys.");
    }
}
