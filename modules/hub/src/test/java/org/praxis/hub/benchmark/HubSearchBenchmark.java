package org.praxis.hub.benchmark;

import praxis.testsupport.PraxisTestApplication;
import org.praxis.hub.internal.Format;
import org.praxis.hub.internal.HubViews.SearchQuery;
import org.praxis.hub.internal.HubViews.SearchResult;
import org.praxis.hub.internal.Level;
import org.praxis.hub.internal.SearchService;
import org.praxis.platform.Ids;
import org.praxis.platform.OrganisationId;
import org.praxis.platform.Role;
import praxis.testsupport.TestUsers;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * Hub search benchmark: loads N generated published resources (default 100,000) into the embedded
 * PostgreSQL, then times representative faceted searches through the real {@link SearchService}
 * (security, transaction, facet counts, snippets included), side by side with a plain ILIKE search
 * over the same columns.
 *
 * <p>Not a test: run it by hand (see docs/hub-search-benchmark.md):
 * <pre>
 * ./mvnw -q -o -pl app test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.praxis.hub.benchmark.HubSearchBenchmark [-Dhub.benchmark.size=100000]
 *     [-Dhub.benchmark.data-directory=/some/folder] [-Dhub.benchmark.baseline=false]
 * </pre>
 * With a data directory the loaded database is kept, and the next run skips loading.
 */
public final class HubSearchBenchmark {

    private static final int WARM_UP = 10;
    private static final int RUNS = 100;
    /** The ILIKE baseline scans every row: fewer runs, or the benchmark takes an hour. */
    private static final int BASELINE_RUNS = 10;

    private static final String[] TYPES = {"how-to-guide", "playbook", "webinar", "case-study", "template", "toolkit",
            "session-pack"};
    private static final String[] BENEFICIARIES = {"research-staff", "postgraduate-researchers", "technicians",
            "managers-of-researchers", "research-and-teaching-staff", "teaching-only-staff", "professional-support-staff",
            "early-career-researchers", "established-researchers", "community-organisations", "community-members",
            "public-engagement-professionals", "mentors-and-coaches"};
    private static final String[] STAKEHOLDERS = {"researchers", "managers-of-researchers", "professional-staff",
            "senior-leaders", "funders", "community-organisations", "brokers"};
    private static final String[] PRINCIPLES = {"environment-and-culture", "employment",
            "professional-and-career-development", "recognise-and-address-power-imbalances", "value-learning",
            "locally-driven-national-influence", "meaningful-outcomes", "grounded-in-reality",
            "accessible-and-inclusive", "co-produced", "sustainable"};
    private static final String[] KEYWORDS = {"research-culture", "training", "professional-development",
            "career-management", "diverse-careers", "postdocs", "industry", "alumni", "signposting",
            "guidance-and-support", "policy", "equality-diversity-and-inclusion", "research-integrity", "wellbeing",
            "researcher-voice", "bullying-and-harassment", "flexible-working", "induction", "job-security",
            "working-conditions", "career-progression", "performance-management", "leadership-development",
            "research-identity", "research-assessment", "recognition", "community-research-partnerships",
            "partnership-working", "power-dynamics", "funding", "fair-payment", "ethics", "creative-research-methods",
            "co-production", "mentoring", "coaching", "matchmaking", "safeguarding", "evaluation",
            "memorandum-of-understanding", "risk-register", "ethics-application", "permission-slip", "partnership-gym",
            "train-the-trainer", "cohorts", "dealing-with-failure"};

    private HubSearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int size = Integer.getInteger("hub.benchmark.size", 100_000);
        // A data directory keeps the loaded database for the next run (and for a look with psql); blank = throw-away.
        String dataDirectory = System.getProperty("hub.benchmark.data-directory", "");
        boolean baseline = Boolean.parseBoolean(System.getProperty("hub.benchmark.baseline", "true"));
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PraxisTestApplication.class)
                .properties("server.port=0", "praxis.demo-data.enabled=false", "praxis.embedded-postgres.data-directory=",
                        "spring.modulith.events.republish-outstanding-events-on-restart=false",
                        "vaadin.launch-browser=false", "logging.level.root=warn", "logging.level.io.zonky=warn",
                        "spring.main.banner-mode=off")
                // Command-line form: it outranks the tests' configuration, which asks for a throw-away database.
                .run("--praxis.embedded-postgres.data-directory=" + dataDirectory)) {
            DataSource dataSource = context.getBean(DataSource.class);
            SearchService search = context.getBean(SearchService.class);
            TestUsers.signIn(TestUsers.user("Benchmark Reader", new OrganisationId(Ids.newId()), Role.RESEARCHER));

            int already = published(dataSource);
            if (already < size) {
                long loadStart = System.nanoTime();
                load(dataSource, size - already);
                System.out.printf(Locale.ROOT, "Loaded %,d resources in %.1f s%n", size - already,
                        (System.nanoTime() - loadStart) / 1e9);
            }
            System.out.println(settings(dataSource));

            List<Row> rows = new ArrayList<>();
            Map<String, SearchQuery> queries = queries();
            for (Map.Entry<String, SearchQuery> q : queries.entrySet()) {
                SearchQuery query = q.getValue();
                int[] total = new int[1];
                double[] fts = time(() -> {
                    SearchResult result = search.search(query);
                    total[0] = result.total();
                    return result;
                });
                double[] ilike = baseline && query.hasText() ? time(() -> ilike(dataSource, query), 3, BASELINE_RUNS) : null;
                rows.add(new Row(q.getKey(), total[0], fts, ilike, baseline && query.hasText() ? ilikeCount(dataSource, query) : -1));
                System.out.printf(Locale.ROOT, "  measured: %s (p95 %.1f ms)%n", q.getKey(), fts[1]);
            }
            System.out.println();
            System.out.println("| query | results | full-text p50 | p95 | p99 | ILIKE p50 | p95 | p99 | ILIKE results |");
            System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            for (Row row : rows) {
                System.out.printf(Locale.ROOT, "| %s | %,d | %.1f ms | %.1f ms | %.1f ms | %s | %s | %s | %s |%n",
                        row.name(), row.total(), row.fts()[0], row.fts()[1], row.fts()[2],
                        row.ilike() == null ? "–" : String.format(Locale.ROOT, "%.1f ms", row.ilike()[0]),
                        row.ilike() == null ? "–" : String.format(Locale.ROOT, "%.1f ms", row.ilike()[1]),
                        row.ilike() == null ? "–" : String.format(Locale.ROOT, "%.1f ms", row.ilike()[2]),
                        row.ilikeTotal() < 0 ? "–" : String.format(Locale.ROOT, "%,d", row.ilikeTotal()));
            }
        }
        System.exit(0);
    }

    record Row(String name, int total, double[] fts, double[] ilike, int ilikeTotal) {
    }

    private static Map<String, SearchQuery> queries() {
        Map<String, SearchQuery> queries = new LinkedHashMap<>();
        // Broad ("partnership" is in nearly every generated resource), medium and rare words; facets alone and with text.
        queries.put("browse, no text or filter (exact counts)", SearchQuery.of(""));
        queries.put("browse, all levels ticked", query("", Set.of(), Set.of(),
                Set.of(Level.ANYONE, Level.GETTING_STARTED, Level.EXPERIENCED), Set.of(), SearchQuery.Sort.RELEVANCE, 0));
        queries.put("facets only: case study + topic", query("", Set.of("case-study"), Set.of("research-culture"),
                Set.of(), Set.of(), SearchQuery.Sort.RELEVANCE, 0));
        queries.put("common word: partnership", SearchQuery.of("partnership"));
        queries.put("common word + type + topic", query("partnership", Set.of("toolkit"), Set.of("coaching"), Set.of(),
                Set.of(), SearchQuery.Sort.RELEVANCE, 0));
        queries.put("two words: ethics consent", SearchQuery.of("ethics consent"));
        queries.put("rare word: okapi", SearchQuery.of("okapi"));
        queries.put("phrase: \"career development\"", SearchQuery.of("\"career development\""));
        queries.put("phrase with a small word: \"trust in the community\"", SearchQuery.of("\"trust in the community\""));
        queries.put("word + level + format, newest", query("mentoring", Set.of(), Set.of(),
                Set.of(Level.GETTING_STARTED), Set.of(Format.VIDEO), SearchQuery.Sort.NEWEST, 0));
        queries.put("common word, page 5", query("partnership", Set.of(), Set.of(), Set.of(), Set.of(),
                SearchQuery.Sort.RELEVANCE, 80));
        return queries;
    }

    private static SearchQuery query(String text, Set<String> types, Set<String> keywords, Set<Level> levels,
                                     Set<Format> formats, SearchQuery.Sort sort, int offset) {
        return new SearchQuery(text, types, Set.of(), Set.of(), Set.of(), keywords, levels, formats, sort, offset, 20);
    }

    /** p50, p95, p99 in milliseconds. */
    private static double[] time(Callable<?> action) throws Exception {
        return time(action, WARM_UP, RUNS);
    }

    private static double[] time(Callable<?> action, int warmUp, int runs) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            action.call();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            action.call();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return new double[]{percentile(millis, 50), percentile(millis, 95), percentile(millis, 99)};
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    // --- the ILIKE baseline: same page and total, by substring match ----------------------------------

    private static final String ILIKE_WHERE = " from hub.resource r where r.status = 'PUBLISHED' and (r.title ilike ? "
            + "or r.summary ilike ? or r.plain_summary ilike ? or r.body ilike ?)";

    private static Object ilike(DataSource dataSource, SearchQuery query) throws SQLException {
        String pattern = "%" + query.text().replace("\"", "").strip() + "%";
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement page = connection.prepareStatement("select r.id, r.title, r.type, r.plain_summary"
                    + ILIKE_WHERE + " order by r.published_at desc, r.id limit 20 offset ?")) {
                bind(page, pattern);
                page.setInt(5, query.offset());
                drain(page.executeQuery());
            }
            return ilikeCount(connection, pattern);
        }
    }

    private static int ilikeCount(DataSource dataSource, SearchQuery query) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return ilikeCount(connection, "%" + query.text().replace("\"", "").strip() + "%");
        }
    }

    private static int ilikeCount(Connection connection, String pattern) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("select count(*)" + ILIKE_WHERE)) {
            bind(count, pattern);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static void bind(PreparedStatement statement, String pattern) throws SQLException {
        for (int i = 1; i <= 4; i++) {
            statement.setString(i, pattern);
        }
    }

    private static void drain(ResultSet rs) throws SQLException {
        try (rs) {
            while (rs.next()) {
                rs.getString(2);
            }
        }
    }

    // --- data ------------------------------------------------------------------------------------------

    /** Words people use in this field (from the case studies), plus a long tail of rarer words. */
    private static List<String> words() throws IOException {
        Set<String> words = new LinkedHashSet<>(List.of("partnership", "partnerships", "community", "research",
                "researchers", "university", "universities", "mentoring", "coaching", "ethics", "consent", "funding",
                "power", "trust", "session", "workshop", "guide", "template", "case", "study", "career", "development",
                "training", "postdocs", "failure", "cohort", "facilitator", "notes", "recording", "slides", "payment",
                "memorandum", "risk", "register", "permission", "network", "learning", "evaluation", "impact"));
        try (InputStream in = Objects.requireNonNull(HubSearchBenchmark.class.getResourceAsStream(
                "/org/praxis/hub/researcher-development-case-studies.txt"))) {
            for (String word : new String(in.readAllBytes(), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT)
                    .split("[^a-z]+")) {
                if (word.length() > 3) {
                    words.add(word);
                }
            }
        }
        Random random = new Random(7);
        while (words.size() < 6000) {
            StringBuilder word = new StringBuilder();
            int length = 5 + random.nextInt(6);
            for (int i = 0; i < length; i++) {
                word.append((char) ('a' + random.nextInt(26)));
            }
            words.add(word.toString());
        }
        words.add("okapi");
        return new ArrayList<>(words);
    }

    /** Zipf-like pick: early words are common, later ones rare. */
    private static String word(List<String> words, Random random) {
        double u = random.nextDouble();
        int index = (int) Math.floor(Math.pow(words.size(), u)) - 1;
        return words.get(Math.max(0, Math.min(words.size() - 1, index)));
    }

    private static String text(List<String> words, Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(word(words, random));
        }
        return text.toString();
    }

    private static void load(DataSource dataSource, int size) throws Exception {
        List<String> words = words();
        Random random = new Random(42);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String sql = "insert into hub.resource (id, type, title, summary, plain_summary, body, beneficiaries, "
                + "stakeholders, principles, keywords, level, formats, owner_organisation_name, licence, status, "
                + "tag_text, published_at, review_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'CC_BY_4_0', "
                + "'PUBLISHED', ?, ?, current_date + 365)";
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                for (int i = 0; i < size; i++) {
                    String[] keywords = pick(random, KEYWORDS, 2 + random.nextInt(4));
                    insert.setObject(1, UUID.randomUUID());
                    insert.setString(2, TYPES[random.nextInt(TYPES.length)]);
                    insert.setString(3, capitalise(text(words, random, 5 + random.nextInt(6))));
                    insert.setString(4, text(words, random, 25 + random.nextInt(15)));
                    insert.setString(5, text(words, random, 12 + random.nextInt(8)));
                    insert.setString(6, text(words, random, 120 + random.nextInt(200)));
                    insert.setArray(7, array(connection, pick(random, BENEFICIARIES, 1 + random.nextInt(3))));
                    insert.setArray(8, array(connection, pick(random, STAKEHOLDERS, 1 + random.nextInt(2))));
                    insert.setArray(9, array(connection, pick(random, PRINCIPLES, 1 + random.nextInt(2))));
                    insert.setArray(10, array(connection, keywords));
                    insert.setString(11, Level.values()[random.nextInt(3)].name());
                    insert.setArray(12, array(connection, random.nextInt(4) == 0
                            ? new String[]{"TEXT", Format.values()[1 + random.nextInt(3)].name()} : new String[]{"TEXT"}));
                    insert.setString(13, "Organisation " + random.nextInt(400));
                    insert.setString(14, String.join(" ", keywords).replace('-', ' '));
                    insert.setTimestamp(15, Timestamp.from(now.minusSeconds(random.nextInt(3 * 365 * 24 * 3600))));
                    insert.addBatch();
                    if (i % 1000 == 999) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
                insert.executeBatch();
                connection.commit();
            }
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("vacuum analyze hub.resource");
                statement.execute("vacuum analyze hub.search_entry");
            }
        }
    }

    private static String[] pick(Random random, String[] from, int count) {
        Set<String> chosen = new LinkedHashSet<>();
        while (chosen.size() < count) {
            // Earlier values a little more often, as in real libraries.
            int index = (int) Math.floor(Math.pow(random.nextDouble(), 1.6) * from.length);
            chosen.add(from[Math.min(from.length - 1, index)]);
        }
        return chosen.toArray(String[]::new);
    }

    private static Array array(Connection connection, String[] values) throws SQLException {
        return connection.createArrayOf("varchar", values);
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static int published(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select count(*) from hub.resource where status = 'PUBLISHED'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String settings(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select version(), current_setting('shared_buffers'), "
                     + "current_setting('work_mem'), pg_size_pretty(pg_total_relation_size('hub.resource')), "
                     + "pg_size_pretty(pg_total_relation_size('hub.search_entry'))")) {
            rs.next();
            return "PostgreSQL: " + rs.getString(1).split(" on ")[0] + "; shared_buffers " + rs.getString(2)
                    + ", work_mem " + rs.getString(3) + "; hub.resource with indexes: " + rs.getString(4)
                    + "; hub.search_entry with indexes: " + rs.getString(5);
        }
    }
}
