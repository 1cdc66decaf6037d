package praxis.infrastructure.embeddedpostgres;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL started when no datasource is configured.
 *
 * @param dataDirectory where PostgreSQL keeps its files; kept across restarts. Blank means a fresh,
 *                      throw-away database in a temporary folder (what the tests use).
 * @param port          TCP port on localhost; 0 picks a free one
 */
@ConfigurationProperties("praxis.embedded-postgres")
public record EmbeddedPostgresProperties(
        @DefaultValue("./data/postgres") String dataDirectory,
        @DefaultValue("0") int port) {
}
