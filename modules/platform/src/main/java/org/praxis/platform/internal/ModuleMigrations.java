package org.praxis.platform.internal;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Migrates each module's schema from its own folder, {@code db/migration/<module>/}, with its own
 * history table ({@code flyway_schema_history_<module>}), after the shared {@code __root} folder
 * (the event publication registry). This is the layout and naming of Spring Modulith's module-aware
 * Flyway support; we do it ourselves because that support needs the module structure computed at
 * start, which costs several seconds on a small machine (docs/adr/0007). Modules share no foreign
 * keys, so their order does not matter; it is alphabetical, for repeatable runs.
 */
class ModuleMigrations implements FlywayMigrationStrategy {

    static final String ROOT = "__root";

    private static final Logger log = LoggerFactory.getLogger(ModuleMigrations.class);

    @Override
    public void migrate(Flyway flyway) {
        Configuration configuration = flyway.getConfiguration();
        for (Location location : configuration.getLocations()) {
            for (String folder : folders(location)) {
                log.debug("Migrating {} from {}/{}", folder, location, folder);
                Flyway.configure()
                        .configuration(configuration)
                        .locations(location + "/" + folder)
                        .table(ROOT.equals(folder) ? configuration.getTable() : configuration.getTable() + "_" + folder)
                        .baselineVersion("0")
                        .baselineOnMigrate(true)
                        .load()
                        .migrate();
            }
        }
    }

    /** The migration folders below a classpath location: {@code __root} first, then the modules. */
    static List<String> folders(Location location) {
        String base = location.getDescriptor().startsWith("classpath:")
                ? location.getDescriptor().substring("classpath:".length())
                : location.getDescriptor();
        try {
            Resource[] scripts = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:" + base + "/*/*.sql");
            TreeSet<String> modules = new TreeSet<>();
            for (Resource script : scripts) {
                String path = script.getURL().toString();
                String folderPath = path.substring(0, path.lastIndexOf('/'));
                modules.add(folderPath.substring(folderPath.lastIndexOf('/') + 1));
            }
            List<String> ordered = new ArrayList<>();
            if (modules.remove(ROOT)) {
                ordered.add(ROOT);
            }
            ordered.addAll(modules);
            return ordered;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
