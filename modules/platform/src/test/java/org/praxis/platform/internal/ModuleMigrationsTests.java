package org.praxis.platform.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;
import praxis.infrastructure.modules.BrokenModuleException;
import praxis.infrastructure.modules.BrokenModuleFailureAnalyzer;
import praxis.infrastructure.modules.FixtureJars;
import praxis.infrastructure.modules.FixtureJars.Jar;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Module migrations against a real PostgreSQL (zonky, as the application runs): a broken module's scripts
 * leave nothing half-done, a module cannot create outside its own schema or write into another's folder,
 * and only the modules of the application are migrated. Each "start" is a fresh class loader over the
 * modules' jars, as a restarted application would have.
 */
class ModuleMigrationsTests {

    static EmbeddedPostgres postgres;
    static final AtomicInteger databases = new AtomicInteger();

    @TempDir
    Path folder;

    FixtureJars jars;
    DataSource database;
    JdbcTemplate jdbc;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @BeforeEach
    void freshDatabase() {
        String name = "migrations_" + databases.incrementAndGet();
        new JdbcTemplate(postgres.getPostgresDatabase()).execute("create database " + name);
        database = postgres.getDatabase("postgres", name);
        jdbc = new JdbcTemplate(database);
        jars = new FixtureJars(folder);
    }

    Jar alpha() {
        return jars.jar("alpha.jar").module("alpha", "fixture.alpha")
                .file("db/migration/alpha/V1__alpha.sql", """
                        create schema if not exists alpha;
                        create table alpha.thing (id int primary key, name text not null);
                        """);
    }

    Jar broken(String jarName, String secondScript) {
        return jars.jar(jarName).module("broken", "fixture.broken")
                .file("db/migration/broken/V1__broken.sql", """
                        create schema if not exists broken;
                        create table broken.course (id int primary key, title text not null);
                        """)
                .file("db/migration/broken/V2__lessons.sql", secondScript);
    }

    /** One start of an application made of these jars, with these modules switched on. */
    void start(Set<String> enabled, Jar... modules) {
        try (URLClassLoader classLoader = FixtureJars.classLoader(modules)) {
            Flyway flyway = Flyway.configure(classLoader).dataSource(database).locations("classpath:db/migration").load();
            new ModuleMigrations(classLoader, enabled).migrate(flyway);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    void start(Jar... modules) {
        start(Set.of("alpha", "broken", "beta", "intruder", "zeta"), modules);
    }

    List<String> schemas() {
        return jdbc.queryForList("select nspname from pg_namespace where nspname not like 'pg\\_%' and nspname <> 'information_schema'"
                + " order by 1", String.class);
    }

    List<String> tables(String schema) {
        return jdbc.queryForList("select table_name from information_schema.tables where table_schema = ? order by 1",
                String.class, schema);
    }

    static String report(Throwable failure) {
        FailureAnalysis analysis = new BrokenModuleFailureAnalyzer().analyze(failure);
        assertThat(analysis).as("analysed as a broken module").isNotNull();
        return analysis.getDescription() + "\n---\n" + analysis.getAction();
    }

    @Test
    void aFailingScriptLeavesNothingOfItsModuleAndALaterStartMigratesItFully() {
        start(alpha());
        jdbc.update("insert into alpha.thing values (1, 'kept')");

        Jar broken = broken("broken.jar", "create table broken.lesson (course_id int references broken.nowhere (id));");
        assertThatThrownBy(() -> start(alpha(), broken))
                .isInstanceOf(BrokenModuleException.class)
                .satisfies(failure -> assertThat(report(failure)).isEqualTo(
                        "The module 'broken' (" + broken.source() + ") could not migrate its database schema: "
                                + "V2__lessons.sql failed: relation \"broken.nowhere\" does not exist. Its pending "
                                + "migrations ran in one transaction, which was rolled back, so the schema 'broken' is "
                                + "as it was before this start.\n---\n"
                                + "Correct V2__lessons.sql in db/migration/broken/ and start again (the module's pending "
                                + "migrations will run again, from the first), or take the module's jar out of the application."));

        // V2 failed, so V1 and its create schema were undone too; no history is left either.
        assertThat(schemas()).doesNotContain("broken").contains("alpha", "events");
        assertThat(tables("public")).doesNotContain("flyway_schema_history_broken");
        // The other modules are as they were.
        assertThat(jdbc.queryForObject("select name from alpha.thing where id = 1", String.class)).isEqualTo("kept");
        assertThat(jdbc.queryForList("select script from flyway_schema_history_alpha where success order by installed_rank",
                String.class)).containsExactly("<< Flyway Baseline >>", "V1__alpha.sql");

        // The plugin's next version fixes V2: the next start migrates it from the first script.
        start(alpha(), broken("broken-fixed.jar", "create table broken.lesson (course_id int references broken.course (id));"));
        assertThat(tables("broken")).containsExactly("course", "lesson");
        assertThat(jdbc.queryForList("select script from flyway_schema_history_broken where success order by installed_rank",
                String.class)).containsExactly("<< Flyway Baseline >>", "V1__broken.sql", "V2__lessons.sql");
    }

    @Test
    void aReleasedScriptThatWasChangedAfterwards() {
        start(alpha());
        Jar edited = jars.jar("alpha-edited.jar").module("alpha", "fixture.alpha")
                .file("db/migration/alpha/V1__alpha.sql", """
                        create schema if not exists alpha;
                        create table alpha.thing (id int primary key, name text not null, extra text);
                        """);

        assertThatThrownBy(() -> start(edited)).satisfies(failure -> assertThat(report(failure)).matches("""
                The module 'alpha' \\(\\Q%s\\E\\) could not migrate its database schema: Flyway refused its migrations \
                before running any of them:
                    Validate failed: Migrations have failed validation
                    Migration checksum mismatch for migration version 1
                    -> Applied to database : -?\\d+
                    -> Resolved locally    : -?\\d+
                    Either revert the changes to the migration, or run repair to update the schema history.
                Nothing was changed.
                ---
                Correct the module's migrations in db/migration/alpha/ \\(a script that has been applied must stay as it \
                was; changes go in a new script\\) and start again, or take the module's jar out of the application.\
                """.formatted(edited.source())));
        assertThat(tables("alpha")).containsExactly("thing");
    }

    @Test
    void aModuleMayCreateOnlyItsOwnSchema() {
        start(alpha());
        Jar beta = jars.jar("beta.jar").module("beta", "fixture.beta")
                .file("db/migration/beta/V1__beta.sql", """
                        create schema if not exists beta;
                        create table beta.thing (id int primary key);
                        create schema reports;
                        create table alpha.borrowed (id int);
                        """);

        assertThatThrownBy(() -> start(alpha(), beta)).satisfies(failure -> assertThat(report(failure)).isEqualTo(
                "The module 'beta' (" + beta.source() + ") created the schema 'reports', alpha.borrowed in V1__beta.sql, "
                        + "outside its own schema 'beta'. A module's migrations may create only its own schema, named "
                        + "after the module, and what lies in it. Its pending migrations were rolled back.\n---\n"
                        + "Change V1__beta.sql (db/migration/beta/) to create its tables in the schema 'beta' "
                        + "(create schema if not exists beta; create table beta.…)."));
        assertThat(schemas()).doesNotContain("beta", "reports");
        assertThat(tables("alpha")).containsExactly("thing");
        assertThat(tables("public")).doesNotContain("flyway_schema_history_beta");
    }

    @Test
    void aMigrationFolderWithoutAModuleStopsTheStartBeforeAnythingIsMigrated() {
        Jar stray = jars.jar("reports.jar").file("db/migration/reports/V1__reports.sql", "create schema reports;");

        assertThatThrownBy(() -> start(alpha(), stray)).satisfies(failure -> assertThat(report(failure)).isEqualTo(
                "The migration folder db/migration/reports (in " + stray.source() + ") belongs to no module: no module "
                        + "descriptor (META-INF/praxis/module.properties) is named 'reports'. A module migrates only its "
                        + "own schema, from the folder of its own name.\n---\n"
                        + "Name the folder after the module that ships it (the name= in that jar's "
                        + "META-INF/praxis/module.properties), or add the module's descriptor to the jar."));
        assertThat(schemas()).doesNotContain("reports", "alpha", "events");
    }

    @Test
    void aJarCannotShipScriptsIntoAnotherModulesFolder() {
        Jar alpha = alpha();
        Jar intruder = jars.jar("intruder.jar").module("intruder", "fixture.intruder")
                .file("db/migration/alpha/V2__more.sql", "alter table alpha.thing add column secret text;");

        assertThatThrownBy(() -> start(alpha, intruder)).satisfies(failure -> assertThat(report(failure)).isEqualTo(
                "Migrations for the module 'alpha' (" + alpha.source() + ") are shipped by another jar as well: "
                        + "db/migration/alpha in " + intruder.source() + ". A module's schema is changed only by the "
                        + "module itself.\n---\n"
                        + "Move those scripts to a folder named after the module that ships them, for its own schema."));
        assertThat(schemas()).doesNotContain("alpha");
    }

    @Test
    void onlyTheModulesOfTheApplicationAreMigrated() {
        Jar zeta = jars.jar("zeta.jar").module("zeta", "fixture.zeta")
                .file("db/migration/zeta/V1__zeta.sql", "create schema zeta;");

        start(Set.of("alpha"), alpha(), zeta);

        assertThat(schemas()).contains("alpha", "events").doesNotContain("zeta");
        assertThat(tables("public")).contains("flyway_schema_history", "flyway_schema_history_alpha")
                .doesNotContain("flyway_schema_history_zeta");
    }

    /** The modules of the application are exactly those named in praxis.modules.names (PraxisModulesEnvironment). */
    @Test
    void theModulesToMigrateAreThoseNamedInTheEnvironment() throws IOException {
        try (URLClassLoader classLoader = FixtureJars.classLoader(alpha(), jars.jar("zeta.jar").module("zeta", "fixture.zeta"))) {
            assertThat(ModuleMigrations.enabledModules(new MockEnvironment()
                    .withProperty("praxis.modules.names", "platform, alpha"), classLoader))
                    .containsExactlyInAnyOrder("platform", "alpha");
            assertThat(ModuleMigrations.enabledModules(new MockEnvironment(), classLoader))
                    .as("without the property, every declared module").containsExactlyInAnyOrder("platform", "alpha", "zeta");
        }
    }
}
