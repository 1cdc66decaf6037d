package praxis.infrastructure.embeddedpostgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Starts a real, embedded PostgreSQL when no {@code spring.datasource.url} is set, so that the
 * application runs with one command on a machine with only a JDK. With a datasource URL configured
 * (e.g. {@code SPRING_DATASOURCE_URL}) nothing embedded starts. See docs/adr/0002.
 *
 * <p>It hands Boot a {@link JdbcConnectionDetails}, so Hikari, Flyway, jOOQ and Spring Modulith
 * work unchanged. Zonky's own shutdown hook is off: Spring closes the database after every bean that
 * uses it (the event registry included) has stopped.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnClass(EmbeddedPostgres.class)
@Conditional(EmbeddedPostgresAutoConfiguration.NoDatasourceConfigured.class)
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
public class EmbeddedPostgresAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresAutoConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setRegisterShutdownHook(false);
        if (properties.port() > 0) {
            builder.setPort(properties.port());
        }
        if (StringUtils.hasText(properties.dataDirectory())) {
            Path directory = Path.of(properties.dataDirectory()).toAbsolutePath();
            Files.createDirectories(directory);
            stopOrphanedServer(directory);
            // Kept data must survive a crash: zonky turns fsync off by default.
            builder.setDataDirectory(directory).setCleanDataDirectory(false).setServerConfig("fsync", "on");
            log.info("Starting embedded PostgreSQL with data in {}", directory);
        } else {
            log.info("Starting a throw-away embedded PostgreSQL");
        }
        return builder.start();
    }

    /**
     * If the JVM was killed, its PostgreSQL keeps running detached and holds the data directory;
     * a new start on another port would then fail. Stop that orphan first (only a postgres process
     * named in this directory's postmaster.pid).
     */
    private static void stopOrphanedServer(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
        if (!firstLine.matches("\\d+")) {
            return;
        }
        ProcessHandle.of(Long.parseLong(firstLine))
                .filter(process -> process.info().command().map(command -> command.contains("postgres")).orElse(false))
                .ifPresent(process -> {
                    log.warn("Stopping an orphaned embedded PostgreSQL (pid {}) left by an earlier run", process.pid());
                    process.destroy();
                    process.onExit().orTimeout(15, java.util.concurrent.TimeUnit.SECONDS).join();
                });
    }

    @Bean
    JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgres postgres) {
        String url = postgres.getJdbcUrl("postgres", "postgres");
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return "postgres";
            }

            @Override
            public String getPassword() {
                return "postgres";
            }

            @Override
            public String getJdbcUrl() {
                return url;
            }
        };
    }

    /** Matches when no datasource URL is configured. */
    static class NoDatasourceConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
