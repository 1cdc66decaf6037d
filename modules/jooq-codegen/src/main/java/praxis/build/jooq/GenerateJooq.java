package praxis.build.jooq;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Target;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Generates one module's jOOQ classes from that module's own Flyway migrations.
 *
 * <p>Runs at build time (exec-maven-plugin, {@code generate-sources}): starts a throw-away embedded
 * PostgreSQL, applies the migrations exactly as the application will, and reads the resulting schema.
 * This needs no Docker and no network, and the generated code always matches the real database.
 * When the migrations are unchanged since the last run, it does nothing.
 *
 * <p>Arguments: migrations folder, schema name, target package, output folder.
 */
public final class GenerateJooq {

    private GenerateJooq() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: GenerateJooq <migrations-dir> <schema> <package> <output-dir>");
        }
        Path migrations = Path.of(args[0]);
        String schema = args[1];
        String packageName = args[2];
        Path output = Path.of(args[3]);

        if (!hasMigrations(migrations)) {
            System.out.println("[jooq] no migrations in " + migrations + ", nothing to generate");
            return;
        }
        String fingerprint = fingerprint(migrations, schema, packageName);
        Path stamp = output.resolve(".migrations.sha256");
        if (Files.exists(stamp) && Files.readString(stamp).equals(fingerprint)) {
            System.out.println("[jooq] " + schema + ": migrations unchanged, skipping generation");
            return;
        }

        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start()) {
            Flyway.configure()
                    .dataSource(postgres.getPostgresDatabase())
                    .locations("filesystem:" + migrations.toAbsolutePath())
                    .load()
                    .migrate();

            String url = postgres.getJdbcUrl("postgres", "postgres");
            GenerationTool.generate(new Configuration()
                    .withJdbc(new Jdbc().withDriver("org.postgresql.Driver").withUrl(url)
                            .withUser("postgres").withPassword("postgres"))
                    .withGenerator(new Generator()
                            .withDatabase(new Database()
                                    .withName("org.jooq.meta.postgres.PostgresDatabase")
                                    .withInputSchema(schema)
                                    .withIncludes(".*")
                                    .withExcludes("flyway_schema_history.*"))
                            .withGenerate(new Generate()
                                    .withJavaTimeTypes(true)
                                    .withRecords(true)
                                    .withPojos(false)
                                    .withDaos(false)
                                    .withFluentSetters(true))
                            .withTarget(new Target()
                                    .withPackageName(packageName)
                                    .withDirectory(output.toString())
                                    .withClean(true))));
        }
        Files.writeString(stamp, fingerprint);
        System.out.println("[jooq] " + schema + ": generated " + packageName);
    }

    private static boolean hasMigrations(Path migrations) throws IOException {
        if (!Files.isDirectory(migrations)) {
            return false;
        }
        try (Stream<Path> files = Files.list(migrations)) {
            return files.anyMatch(file -> file.toString().endsWith(".sql"));
        }
    }

    private static String fingerprint(Path migrations, String schema, String packageName)
            throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update((schema + "|" + packageName + "|").getBytes(StandardCharsets.UTF_8));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(migrations)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            digest.update(migrations.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
            digest.update(Files.readAllBytes(file));
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
