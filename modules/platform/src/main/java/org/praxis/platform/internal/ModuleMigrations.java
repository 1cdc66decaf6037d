package org.praxis.platform.internal;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.Configuration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import praxis.infrastructure.modules.BrokenModuleException;
import praxis.infrastructure.modules.PraxisModule;
import praxis.infrastructure.modules.PraxisModules;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Migrates each module's schema from its own folder, {@code db/migration/<module>/}, with its own
 * history table ({@code flyway_schema_history_<module>}), after the shared {@code __root} folder
 * (the event publication registry). This is the layout and naming of Spring Modulith's module-aware
 * Flyway support; we do it ourselves because that support needs the module structure computed at
 * start, which costs several seconds on a small machine (docs/adr/0007). Modules share no foreign
 * keys, so their order does not matter; it is alphabetical, for repeatable runs.
 *
 * <p>What a broken module cannot do (docs/plugins.md, "When a plugin is broken"); each stops the start
 * with a {@link BrokenModuleException}:
 * <ul>
 *   <li>leave its schema half-migrated: a module's pending migrations run in one transaction (Flyway's
 *       {@code group}; PostgreSQL's DDL is transactional), so a failing script undoes the ones before it,
 *       and a first run that fails leaves no history table either;</li>
 *   <li>create anything outside its own schema, {@code <name>} (checked after each script, inside that
 *       transaction);</li>
 *   <li>ship a migration folder that no module descriptor claims, or scripts in another module's folder.</li>
 * </ul>
 * Only the folders of the modules named in {@code praxis.modules.names} (published by
 * {@code PraxisModulesEnvironment}), and {@code __root}, are migrated: a module left out there keeps its
 * schema untouched.
 */
class ModuleMigrations implements FlywayMigrationStrategy {

    static final String ROOT = "__root";
    /** The modules that make up this application, by name (docs/adr/0011). */
    static final String MODULE_NAMES = PraxisModules.NAMES_PROPERTY;
    /** The module whose jar ships {@code __root}. */
    static final String ROOT_OWNER = "platform";

    private static final Logger log = LoggerFactory.getLogger(ModuleMigrations.class);

    private final ClassLoader classLoader;
    private final Set<String> enabled;

    /**
     * @param classLoader where the migration folders and module descriptors are found
     * @param enabled     the names of the modules to migrate; {@code __root} is always migrated
     */
    ModuleMigrations(ClassLoader classLoader, Collection<String> enabled) {
        this.classLoader = classLoader;
        this.enabled = Set.copyOf(enabled);
    }

    /** The modules named in {@code praxis.modules.names}; every declared module if it is not set. */
    static Set<String> enabledModules(Environment environment, ClassLoader classLoader) {
        return PraxisModules.enabled(environment, classLoader).stream().map(PraxisModule::name).collect(Collectors.toSet());
    }

    @Override
    public void migrate(Flyway flyway) {
        Configuration configuration = flyway.getConfiguration();
        List<PraxisModule> declared = PraxisModules.on(classLoader);
        // Every folder is checked before anything is migrated, so a stray folder changes nothing.
        Map<Location, Map<String, Set<String>>> found = new LinkedHashMap<>();
        for (Location location : configuration.getLocations()) {
            Map<String, Set<String>> folders = folders(location);
            checkOwners(location, folders, declared);
            found.put(location, folders);
        }
        found.forEach((location, folders) -> {
            for (String folder : ordered(folders.keySet())) {
                if (!ROOT.equals(folder) && !enabled.contains(folder)) {
                    log.info("Not migrating {}/{}: the module '{}' is not part of this application ({})",
                            location, folder, folder, MODULE_NAMES);
                    continue;
                }
                PraxisModule module = owner(declared, folder).orElse(null);
                log.debug("Migrating {} from {}/{}", folder, location, folder);
                migrate(configuration, location, folder, module);
            }
        });
    }

    private void migrate(Configuration configuration, Location location, String folder, @Nullable PraxisModule module) {
        boolean root = ROOT.equals(folder);
        String table = root ? configuration.getTable() : configuration.getTable() + "_" + folder;
        DataSource dataSource = configuration.getDataSource();
        boolean historyExisted = historyExists(dataSource, configuration.getDefaultSchema(), table);
        ScriptWatch watch = new ScriptWatch(root ? null : folder, module);
        List<Callback> callbacks = new ArrayList<>(Arrays.asList(configuration.getCallbacks()));
        callbacks.add(watch);
        try {
            Flyway.configure(configuration.getClassLoader())
                    .configuration(configuration)
                    .locations(location + "/" + folder)
                    .table(table)
                    .baselineVersion("0")
                    .baselineOnMigrate(true)
                    // All pending scripts of the module in one transaction: all or nothing.
                    .group(true)
                    .callbacks(callbacks.toArray(Callback[]::new))
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            if (!historyExisted) {
                // Flyway creates the history table before the scripts' transaction; after a first run that
                // failed it holds nothing but its baseline marker. Dropped, the module starts afresh next time.
                dropHistory(dataSource, configuration.getDefaultSchema(), table);
            }
            BrokenModuleException broken = find(e, BrokenModuleException.class);
            throw broken != null ? broken : failed(module, folder, watch.script, e);
        }
    }

    /** The migration folders below a classpath location, each with the jars (or folders) holding its scripts. */
    Map<String, Set<String>> folders(Location location) {
        String base = location.getDescriptor().startsWith("classpath:")
                ? location.getDescriptor().substring("classpath:".length())
                : location.getDescriptor();
        base = base.replaceAll("^/+|/+$", "");
        try {
            Resource[] scripts = new PathMatchingResourcePatternResolver(classLoader)
                    .getResources("classpath*:" + base + "/*/*.sql");
            Map<String, Set<String>> folders = new TreeMap<>();
            for (Resource script : scripts) {
                String path = script.getURL().toString();
                String folderPath = path.substring(0, path.lastIndexOf('/'));
                String folder = folderPath.substring(folderPath.lastIndexOf('/') + 1);
                String source = folderPath.substring(0, folderPath.length() - folder.length() - 1);
                source = source.substring(0, source.length() - base.length() - 1);
                if (source.endsWith("!")) {
                    source = source.substring(0, source.length() - 1);
                }
                folders.computeIfAbsent(folder, key -> new TreeSet<>()).add(source);
            }
            return folders;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code __root} first, then the modules alphabetically. */
    static List<String> ordered(Collection<String> folders) {
        List<String> ordered = new ArrayList<>();
        if (folders.contains(ROOT)) {
            ordered.add(ROOT);
        }
        folders.stream().filter(folder -> !ROOT.equals(folder)).sorted().forEach(ordered::add);
        return ordered;
    }

    private static Optional<PraxisModule> owner(List<PraxisModule> declared, String folder) {
        String name = ROOT.equals(folder) ? ROOT_OWNER : folder;
        return declared.stream().filter(module -> module.name().equals(name)).findFirst();
    }

    /** Each folder belongs to a declared module of its name, and only that module's jar ships scripts into it. */
    static void checkOwners(Location location, Map<String, Set<String>> folders, List<PraxisModule> declared) {
        String base = location.getDescriptor().replaceFirst("^classpath:", "").replaceAll("^/+|/+$", "");
        folders.forEach((folder, sources) -> {
            Optional<PraxisModule> owner = owner(declared, folder);
            if (owner.isEmpty()) {
                if (ROOT.equals(folder)) {
                    return;
                }
                throw new BrokenModuleException("The migration folder " + base + "/" + folder + " (in "
                        + String.join(", ", sources) + ") belongs to no module: no module descriptor ("
                        + PraxisModules.DESCRIPTOR + ") is named '" + folder + "'. A module migrates only its own "
                        + "schema, from the folder of its own name.",
                        "Name the folder after the module that ships it (the name= in that jar's "
                                + PraxisModules.DESCRIPTOR + "), or add the module's descriptor to the jar.");
            }
            PraxisModule module = owner.get();
            Set<String> strangers = new LinkedHashSet<>(sources);
            strangers.remove(module.source());
            if (!strangers.isEmpty()) {
                throw new BrokenModuleException("Migrations for the module '" + module.name() + "' (" + module.source()
                        + ") are shipped by another jar as well: " + base + "/" + folder + " in "
                        + String.join(", ", strangers) + ". A module's schema is changed only by the module itself.",
                        "Move those scripts to a folder named after the module that ships them, for its own schema.");
            }
        });
    }

    private static BrokenModuleException failed(@Nullable PraxisModule module, String folder, @Nullable String script,
                                                RuntimeException e) {
        String who = module != null ? "The module " + module.label() : "The migrations in " + folder;
        if (script == null) {
            // Refused before any script ran: validation (a released script changed, one missing), say.
            String flyway = String.valueOf(e.getMessage()).strip().lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("Need more flexibility"))
                    .reduce((one, other) -> one + "\n    " + other).orElse("");
            return new BrokenModuleException(who + " could not migrate its database schema: Flyway refused its "
                    + "migrations before running any of them:\n    " + flyway + "\nNothing was changed.",
                    "Correct the module's migrations in db/migration/" + folder + "/ (a script that has been applied "
                            + "must stay as it was; changes go in a new script) and start again, or take the module's "
                            + "jar out of the application.", e);
        }
        String schema = ROOT.equals(folder) ? "the shared schemas" : "the schema '" + folder + "'";
        return new BrokenModuleException(who + " could not migrate its database schema: " + script + " failed: "
                + reason(e) + ". Its pending migrations ran in one transaction, which was rolled back, so "
                + schema + " is as it was before this start.",
                "Correct " + script + " in db/migration/" + folder + "/ and start again (the module's pending "
                        + "migrations will run again, from the first), or take the module's jar out of the application.",
                e);
    }

    /** The database's own words when there are some (the first line: PostgreSQL adds position hints below). */
    private static String reason(Throwable e) {
        SQLException sql = find(e, SQLException.class);
        String message = sql != null && sql.getMessage() != null ? sql.getMessage() : String.valueOf(e.getMessage());
        String first = message.strip().lines().findFirst().orElse(message).strip();
        return first.replaceFirst("^ERROR: ", "").replaceAll("\\.$", "");
    }

    private static <T extends Throwable> @Nullable T find(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static String qualified(@Nullable String schema, String table) {
        return schema == null || schema.isBlank() ? "\"" + table + "\"" : "\"" + schema + "\".\"" + table + "\"";
    }

    private static boolean historyExists(DataSource dataSource, @Nullable String schema, String table) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("select to_regclass(?) is not null")) {
            statement.setString(1, qualified(schema, table));
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the database's catalogue", e);
        }
    }

    private static void dropHistory(DataSource dataSource, @Nullable String schema, String table) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("drop table if exists " + qualified(schema, table))) {
            statement.execute();
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            log.warn("Could not remove the empty migration history {} after a failed first migration", table, e);
        }
    }

    /**
     * Follows a module's run: remembers the script being applied (to name it if it fails), and after each
     * script, still inside the module's transaction, checks that nothing was created outside the module's
     * own schema. A violation is thrown from here, so the transaction rolls back.
     */
    static final class ScriptWatch implements Callback {

        private static final String SCHEMAS = "select nspname from pg_namespace";
        private static final String RELATIONS = """
                select n.nspname || '.' || c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname <> ? and n.nspname <> 'information_schema' and n.nspname not like 'pg\\_%'""";

        private final @Nullable String schema;
        private final @Nullable PraxisModule module;
        @Nullable String script;
        private Set<String> schemasBefore = Set.of();
        private Set<String> relationsBefore = Set.of();

        /** @param schema the module's own schema; {@code null} for {@code __root}, which is not checked */
        ScriptWatch(@Nullable String schema, @Nullable PraxisModule module) {
            this.schema = schema;
            this.module = module;
        }

        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.BEFORE_MIGRATE || event == Event.BEFORE_EACH_MIGRATE || event == Event.AFTER_EACH_MIGRATE;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            if (event == Event.BEFORE_EACH_MIGRATE && context.getMigrationInfo() != null) {
                script = context.getMigrationInfo().getScript();
            }
            if (schema == null) {
                return;
            }
            try {
                if (event == Event.BEFORE_MIGRATE) {
                    // After the history table is made, before the scripts' transaction.
                    schemasBefore = strings(context.getConnection(), SCHEMAS);
                    relationsBefore = strings(context.getConnection(), RELATIONS);
                } else if (event == Event.AFTER_EACH_MIGRATE) {
                    check(context.getConnection());
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read the database's catalogue", e);
            }
        }

        private void check(Connection connection) throws SQLException {
            Set<String> schemas = new TreeSet<>(strings(connection, SCHEMAS));
            schemas.removeAll(schemasBefore);
            schemas.remove(schema);
            Set<String> relations = new TreeSet<>(strings(connection, RELATIONS));
            relations.removeAll(relationsBefore);
            relations.removeIf(relation -> schemas.contains(relation.substring(0, relation.indexOf('.'))));
            if (schemas.isEmpty() && relations.isEmpty()) {
                return;
            }
            List<String> made = new ArrayList<>();
            schemas.forEach(name -> made.add("the schema '" + name + "'"));
            relations.forEach(name -> made.add(name));
            String who = module != null ? "The module '" + module.name() + "' (" + module.source() + ")"
                    : "The module '" + schema + "'";
            throw new BrokenModuleException(who + " created " + String.join(", ", made) + " in " + script
                    + ", outside its own schema '" + schema + "'. A module's migrations may create only its own "
                    + "schema, named after the module, and what lies in it. Its pending migrations were rolled back.",
                    "Change " + script + " (db/migration/" + schema + "/) to create its tables in the schema '" + schema
                            + "' (create schema if not exists " + schema + "; create table " + schema + ".…).");
        }

        private Set<String> strings(Connection connection, String sql) throws SQLException {
            Set<String> values = new TreeSet<>();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                if (sql.contains("?")) {
                    statement.setString(1, schema);
                }
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        values.add(result.getString(1));
                    }
                }
            }
            return values;
        }

        @Override
        public String getCallbackName() {
            return "praxis-module-" + (schema != null ? schema : ROOT);
        }
    }
}
