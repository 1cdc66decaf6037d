package org.praxis;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole application starts on the embedded database and every module's schema is migrated. */
@SpringBootTest
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
        assertThat(jdbc.queryForList("select schema_name from information_schema.schemata", String.class))
                .contains("events", "identity", "requests");
    }
}
