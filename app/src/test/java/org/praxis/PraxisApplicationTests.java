package org.praxis;

import org.praxis.app.PraxisApplication;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import praxis.infrastructure.modules.PraxisModule;
import praxis.infrastructure.modules.PraxisModules;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole application starts on the embedded database and every module's schema is migrated. */
@SpringBootTest(classes = PraxisApplication.class)
class PraxisApplicationTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void startsOnTheEmbeddedPostgresWithEveryModuleSchema() {
        assertThat(context.getBeansOfType(EmbeddedPostgres.class)).hasSize(1);
        assertThat(jdbc.queryForObject("select current_setting('server_version_num')::int", Integer.class))
                .isGreaterThanOrEqualTo(170000);
        // Every declared module that has migrations has its schema and its own migration history; the
        // event registry's history is the shared one. The modules come from the code, not from a list here.
        List<String> withMigrations = PraxisModules.onClasspath().stream().map(PraxisModule::name)
                .filter(name -> getClass().getClassLoader().getResource("db/migration/" + name) != null).toList();
        assertThat(withMigrations).contains("identity", "requests", "assessment", "reciprocation", "hub", "notifications");
        assertThat(jdbc.queryForList("select schema_name from information_schema.schemata", String.class))
                .contains("events").containsAll(withMigrations);
        assertThat(jdbc.queryForList("select table_name from information_schema.tables where table_schema = 'public'",
                String.class)).contains("flyway_schema_history")
                .containsAll(withMigrations.stream().map(name -> "flyway_schema_history_" + name).toList());
    }

    /** Modules refer to each other's data by id only: no foreign key may cross a schema. */
    @Test
    void noForeignKeyCrossesASchema() {
        assertThat(foreignKeys(true)).as("foreign keys between schemas").isEmpty();
        assertThat(foreignKeys(false)).as("the check sees foreign keys at all").isNotEmpty();
    }

    @Test
    void theForeignKeyCheckCatchesACrossSchemaKey(@Autowired PlatformTransactionManager transactions) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.execute("create table requests.bad_link (person_id uuid references identity.person (id))");
            assertThat(foreignKeys(true)).containsExactly("requests.bad_link -> identity.person");
            status.setRollbackOnly();
        });
        assertThat(foreignKeys(true)).isEmpty();
    }

    private List<String> foreignKeys(boolean crossingSchemas) {
        return jdbc.queryForList("""
                select child_ns.nspname || '.' || child.relname || ' -> ' || parent_ns.nspname || '.' || parent.relname
                from pg_constraint c
                join pg_class child on child.oid = c.conrelid
                join pg_namespace child_ns on child_ns.oid = child.relnamespace
                join pg_class parent on parent.oid = c.confrelid
                join pg_namespace parent_ns on parent_ns.oid = parent.relnamespace
                where c.contype = 'f' and (child.relnamespace <> parent.relnamespace) = ?
                """, String.class, crossingSchemas);
    }
}
