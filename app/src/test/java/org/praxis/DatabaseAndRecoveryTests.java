package org.praxis;

import org.praxis.app.PraxisApplication;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.praxis.testsupport.RecoveryProbe;
import org.praxis.testsupport.RecoveryProbeListener;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The two database paths and crash recovery, each with real application restarts:
 * <ul>
 *   <li>with a datasource URL configured, Praxis uses that PostgreSQL and starts nothing embedded;</li>
 *   <li>without one, the embedded PostgreSQL keeps its data in its directory across restarts;</li>
 *   <li>an event whose listener failed is delivered again after a restart, and completes.</li>
 * </ul>
 */
class DatabaseAndRecoveryTests {

    /** Stands in for an organisation's own PostgreSQL server. */
    static EmbeddedPostgres externalServer;

    @BeforeAll
    static void startExternalServer() throws Exception {
        externalServer = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
    }

    @AfterAll
    static void stopExternalServer() throws Exception {
        externalServer.close();
    }

    static ConfigurableApplicationContext start(String... properties) {
        return new SpringApplicationBuilder(PraxisApplication.class, RecoveryProbeListener.class)
                .properties(properties)
                // A command-line argument, so it wins over server.port in application.properties.
                .run("--server.port=0");
    }

    String[] external(String... more) {
        String[] base = {
                "spring.datasource.url=" + externalServer.getJdbcUrl("postgres", "postgres"),
                "spring.datasource.username=postgres",
                "spring.datasource.password=postgres",
                "praxis.demo-data.enabled=false"};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void usesTheConfiguredDatabaseAndStartsNothingEmbedded() {
        try (var app = start(external())) {
            assertThat(app.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
            Integer port = app.getBean(JdbcTemplate.class).queryForObject("select inet_server_port()", Integer.class);
            assertThat(port).isEqualTo(externalServer.getPort());
        }
    }

    @Test
    void aFailedEventIsHandledAfterARestart() {
        UUID probe = UUID.randomUUID();
        RecoveryProbeListener.FAILING.set(true);
        try (var app = start(external("spring.modulith.events.republish-outstanding-events-on-restart=false"))) {
            app.getBean(TransactionTemplate.class).executeWithoutResult(status ->
                    app.publishEvent(new RecoveryProbe(probe)));
            await().atMost(Duration.ofSeconds(20)).until(() -> RecoveryProbeListener.ATTEMPTS.get() > 0);
            await().atMost(Duration.ofSeconds(20)).until(() -> incompletePublications(app, probe) == 1);
        }
        assertThat(RecoveryProbeListener.HANDLED).doesNotContain(probe);

        RecoveryProbeListener.FAILING.set(false);
        try (var app = start(external("spring.modulith.events.republish-outstanding-events-on-restart=true"))) {
            await().atMost(Duration.ofSeconds(30)).until(() -> RecoveryProbeListener.HANDLED.contains(probe));
            await().atMost(Duration.ofSeconds(30)).until(() -> incompletePublications(app, probe) == 0);
        }
    }

    @Test
    void theEmbeddedDatabaseKeepsItsDataAcrossRestarts(@TempDir Path dataDirectory) {
        String directory = "praxis.embedded-postgres.data-directory=" + dataDirectory;
        int people;
        try (var app = start(directory, "praxis.demo-data.enabled=true")) {
            assertThat(app.getBeansOfType(EmbeddedPostgres.class)).hasSize(1);
            people = peopleIn(app);
            assertThat(people).as("the demo accounts in the README").isEqualTo(10);
        }
        try (var app = start(directory, "praxis.demo-data.enabled=false")) {
            assertThat(peopleIn(app)).isEqualTo(people);
        }
    }

    private static int peopleIn(ConfigurableApplicationContext app) {
        return app.getBean(JdbcTemplate.class).queryForObject("select count(*) from identity.person", Integer.class);
    }

    private static int incompletePublications(ConfigurableApplicationContext app, UUID probe) {
        return app.getBean(JdbcTemplate.class).queryForObject(
                "select count(*) from events.event_publication where completion_date is null and serialized_event like ?",
                Integer.class, "%" + probe + "%");
    }
}
