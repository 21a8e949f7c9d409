package org.bianmin.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.bianmin.devserver.EmbeddedDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The office-queue benchmark of docs/benchmarks.md. A {@code main()} program, not a test, so the default build never
 * runs it:
 *
 * <pre>mvn -q -o test-compile org.codehaus.mojo:exec-maven-plugin:3.5.1:java \
 *     -Dexec.mainClass=org.bianmin.bench.QueueBenchmark -Dexec.classpathScope=test</pre>
 *
 * <p>It starts the embedded MariaDB (a throw-away data directory under {@code target/}), applies the real Flyway
 * migrations, loads 10,000 matters, measures, grows the table to 1,000,000 matters and measures again, the two sizes
 * side by side. The queries are the SQL that EclipseLink generates for {@code JpaMatterRepository.queue} and
 * {@code .count}, sent through plain JDBC with the connection properties of the portal's datasource. The figures and
 * how to read them: docs/benchmarks.md.
 *
 * <p>System properties: {@code bench.small} (10000), {@code bench.large} (1000000), {@code bench.warmup} (50),
 * {@code bench.runs} (300), {@code bench.seed} (20260101), {@code bench.keep} (false: the data directory is deleted at
 * the end), {@code bench.flywayTarget} (unset: every phase runs on the latest schema; with e.g. {@code 4}, phases 1
 * and 2 run on the schema up to V4 and a phase 3 applies the remaining migrations to the loaded tables and measures
 * again).
 */
public final class QueueBenchmark {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String DISTRICT_CODE = "330110";
    private static final int OFFICES = 18;
    private static final int PAGE = 20;
    private static final int COUNT_CAP = 1_001;
    /** Phase 2 keeps a copy of the small table here, measured alternately with the grown one. */
    private static final String SMALL_SCHEMA = "bench_small";

    private static final List<String> OPEN =
            List.of("SUBMITTED", "ACCEPTED", "IN_PROGRESS", "WAITING_FOR_VILLAGER", "RETURNED");

    /** The columns EclipseLink selects for {@code select m from Matter m join fetch m.office}: all of both. */
    private static final String MATTER_COLUMNS = Stream.of(
                    "id",
                    "applicant_id_number",
                    "applicant_name",
                    "applicant_phone",
                    "village_code",
                    "assignee_id",
                    "assignee_name",
                    "channel",
                    "created_at",
                    "due_date",
                    "extension_days_requested",
                    "overdue",
                    "paused_since",
                    "promised_days",
                    "rated_at",
                    "rating_comment",
                    "rating_level",
                    "reminded_for",
                    "reply",
                    "resolved_at",
                    "service_code",
                    "status",
                    "subject",
                    "submitted_at",
                    "tracking_number",
                    "type",
                    "updated_at",
                    "version",
                    "merged_into_id",
                    "office_id",
                    "origin_id")
            .map(c -> "t1." + c)
            .reduce((a, b) -> a + ", " + b)
            .orElseThrow();

    private static final String OFFICE_COLUMNS = Stream.of(
                    "id",
                    "active",
                    "code",
                    "created_at",
                    "kind",
                    "name",
                    "name_en",
                    "sample",
                    "updated_at",
                    "version",
                    "place_id",
                    "supervisor_id")
            .map(c -> "t0." + c)
            .reduce((a, b) -> a + ", " + b)
            .orElseThrow();

    private QueueBenchmark() {}

    public static void main(String[] args) throws Exception {
        int small = Integer.getInteger("bench.small", 10_000);
        int large = Integer.getInteger("bench.large", 1_000_000);
        int warmup = Integer.getInteger("bench.warmup", 50);
        int runs = Integer.getInteger("bench.runs", 300);
        long seed = Long.getLong("bench.seed", 20260101L);
        boolean keep = Boolean.getBoolean("bench.keep");
        String flywayTarget = System.getProperty("bench.flywayTarget");

        Path target = Path.of(System.getProperty("bianmin.target", "target")).toAbsolutePath();
        Path dataDir = target.resolve("bench-mariadb").resolve("data-" + System.currentTimeMillis());
        int port = EmbeddedDatabase.freePort();
        System.out.printf("Starting the embedded MariaDB on port %d, data in %s%n", port, dataDir);
        EmbeddedDatabase db = EmbeddedDatabase.start(port, dataDir, target.resolve("mariadb-base-bench"));
        try {
            run(db, small, large, warmup, runs, seed, flywayTarget);
        } finally {
            db.close();
            if (!keep) {
                deleteTree(dataDir);
            }
        }
    }

    private static void run(
            EmbeddedDatabase db, int small, int large, int warmup, int runs, long seed, String flywayTarget)
            throws SQLException {
        String url = db.jdbcUrl();
        String smallUrl = url.replace("/" + EmbeddedDatabase.SCHEMA + "?", "/" + SMALL_SCHEMA + "?");
        // the portal's datasource properties (DataSourceConfig): client-side prepared statements, cached
        String queryProperties = "&cachePrepStmts=true&useServerPrepStmts=false";

        long t = System.nanoTime();
        migrate(url, flywayTarget);
        try (Connection c = DriverManager.getConnection(url, "root", "");
                Statement s = c.createStatement()) {
            s.execute("create database " + SMALL_SCHEMA + " character set utf8mb4 collate utf8mb4_unicode_ci");
        }
        migrate(smallUrl, flywayTarget);
        System.out.printf(
                "Flyway migrations (up to %s) applied to %s and %s in %.1f s%n",
                flywayTarget == null ? "the latest" : "V" + flywayTarget,
                EmbeddedDatabase.SCHEMA,
                SMALL_SCHEMA,
                seconds(t));

        try (Connection load = DriverManager.getConnection(url + "&rewriteBatchedStatements=true", "root", "");
                Connection query = DriverManager.getConnection(url + queryProperties, "root", "");
                Connection smallQuery = DriverManager.getConnection(smallUrl + queryProperties, "root", "")) {
            printServer(query);
            Generator generator = new Generator(new Random(seed), LocalDateTime.now(ZONE));
            long[] officeIds = insertPlacesAndOffices(load);
            long busy = officeIds[0];

            System.out.printf("%n=== Phase 1: %s matters%n", label(small));
            loadMatters(load, generator, officeIds, small);
            analyze(query, "matter");
            settle(query);
            printSizes(query, busy);
            List<Result> alone = measure(List.of(new Target(label(small), query)), busy, officeIds, warmup, runs)
                    .get(0);

            // keep the small table for phase 2, so that both sizes are measured side by side on the same load
            try (Statement s = load.createStatement()) {
                for (String table : List.of("place", "office", "matter")) {
                    s.executeUpdate("insert into " + SMALL_SCHEMA + "." + table + " select * from " + table);
                }
                load.commit();
            }
            analyze(query, SMALL_SCHEMA + ".matter");

            System.out.printf("%n=== Phase 2: growing to %s matters%n", label(large));
            loadMatters(load, generator, officeIds, large - small);
            analyze(query, "matter");
            settle(query);
            printSizes(query, busy);
            System.out.printf(
                    "Each run executes the %s and the %s queries one after the other (order alternating).%n",
                    label(small), label(large));
            List<List<Result>> both = measure(
                    List.of(new Target(label(small), smallQuery), new Target(label(large), query)),
                    busy,
                    officeIds,
                    warmup,
                    runs);
            printSummary(label(small), label(large), alone, both.get(0), both.get(1));

            if (flywayTarget != null) {
                System.out.printf(
                        "%n=== Phase 3: the remaining migrations (after V%s), then the same again%n", flywayTarget);
                for (String schema : List.of(SMALL_SCHEMA, EmbeddedDatabase.SCHEMA)) {
                    long started = System.nanoTime();
                    int executed = migrate(schema.equals(SMALL_SCHEMA) ? smallUrl : url, null);
                    System.out.printf("%d migration(s) applied to %s in %.1f s%n", executed, schema, seconds(started));
                }
                analyze(query, SMALL_SCHEMA + ".matter");
                analyze(query, "matter");
                settle(query);
                printSizes(query, busy);
                List<List<Result>> after = measure(
                        List.of(new Target(label(small), smallQuery), new Target(label(large), query)),
                        busy,
                        officeIds,
                        warmup,
                        runs);
                printAfterSummary(label(small), label(large), both.get(1), after.get(0), after.get(1));
            }
        }
    }

    /** Applies classpath:db/migration up to {@code target} (all when null); returns how many ran. */
    private static int migrate(String url, String target) {
        FluentConfiguration config =
                Flyway.configure().dataSource(url, "root", "").locations("classpath:db/migration");
        if (target != null) {
            config.target(target);
        }
        return config.load().migrate().migrationsExecuted;
    }

    // ---------------------------------------------------------------- the queries

    /** One query shape: the page (EclipseLink's SQL for queue()) and the counts with the same where. */
    private record Case(String name, String where, List<Object> params, int offset) {

        String pageSql() {
            return "SELECT " + MATTER_COLUMNS + ", " + OFFICE_COLUMNS + " FROM office t0, matter t1 WHERE (("
                    + where.replace("#", "t1") + ") AND (t0.id = t1.office_id))"
                    + " ORDER BY t1.submitted_at DESC, t1.id DESC LIMIT ?, ?";
        }
    }

    /**
     * The ways to count a queue. The portal's count() is {@code select m.id from Matter m where ...} with
     * {@code setMaxResults(1_001)} and the list's size, i.e. up to 1,001 ids sent to the client.
     */
    private enum Counting {
        PORTAL("capped id list (the portal)"),
        EXACT("exact count(*)"),
        SUBQUERY("count(*) over a LIMIT subquery");

        final String label;

        Counting(String label) {
            this.label = label;
        }

        String sql(Case k) {
            String where = k.where().replace("#", "t0");
            return switch (this) {
                case PORTAL -> "SELECT t0.id FROM matter t0 WHERE (" + where + ") LIMIT ?, ?";
                case EXACT -> "SELECT COUNT(t0.id) FROM matter t0 WHERE (" + where + ")";
                case SUBQUERY -> "SELECT COUNT(*) FROM (SELECT 1 FROM matter t0 WHERE (" + where + ") LIMIT "
                        + COUNT_CAP + ") capped";
            };
        }

        PreparedStatement prepare(Connection c, Case k) throws SQLException {
            PreparedStatement statement = c.prepareStatement(sql(k));
            bind(statement, k.params());
            if (this == PORTAL) {
                statement.setInt(k.params().size() + 1, 0);
                statement.setInt(k.params().size() + 2, COUNT_CAP);
            }
            return statement;
        }

        long read(PreparedStatement statement) throws SQLException {
            try (ResultSet rs = statement.executeQuery()) {
                if (this == PORTAL) {
                    long rows = 0;
                    while (rs.next()) {
                        rs.getLong(1);
                        rows++;
                    }
                    return rows;
                }
                rs.next();
                return rs.getLong(1);
            }
        }

        String explain(Connection c, Case k) throws SQLException {
            return QueueBenchmark.explain(c, sql(k), k.params(), this == PORTAL ? 0 : -1, COUNT_CAP);
        }
    }

    private static List<Case> cases(long busy, long[] officeIds) {
        String office = "(1 = 1) AND (#.office_id IN (?))";
        String openIn =
                OPEN.stream().map(s -> "?").reduce((a, b) -> a + ", " + b).orElseThrow();
        List<Object> openParams = new ArrayList<>();
        openParams.add(busy);
        openParams.addAll(OPEN);
        return List.of(
                new Case("first page", office, List.of(busy), 0),
                // the staff page's status drop-down sends one status: "m.status in :statuses" with one element
                new Case("status IN_PROGRESS", office + " AND (#.status IN (?))", List.of(busy, "IN_PROGRESS"), 0),
                new Case("open statuses (5)", office + " AND (#.status IN (" + openIn + "))", openParams, 0),
                new Case("page 50 (offset 980)", office, List.of(busy), 980),
                // the staff page's "overdue only" box: MatterService adds the open statuses (late and still open)
                new Case(
                        "overdue only",
                        office + " AND (#.status IN (" + openIn + ")) AND (#.overdue = 1)",
                        openParams,
                        0),
                // supervision (QueueKind.SUPERVISION): overdue and open, three offices, the largest and the smallest
                supervision("supervision 3 offices, overdue", openIn, officeIds[0], officeIds[1], officeIds[2]),
                supervision(
                        "supervision 3 small offices",
                        openIn,
                        officeIds[OFFICES - 3],
                        officeIds[OFFICES - 2],
                        officeIds[OFFICES - 1]));
    }

    private static Case supervision(String name, String openIn, long... offices) {
        List<Object> params = new ArrayList<>();
        for (long office : offices) {
            params.add(office);
        }
        params.addAll(OPEN);
        return new Case(
                name,
                "(1 = 1) AND (#.office_id IN (?, ?, ?)) AND (#.status IN (" + openIn + ")) AND (#.overdue = 1)",
                params,
                0);
    }

    private record Stats(double p50, double p95, double max) {

        static Stats of(long[] nanos) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return new Stats(pct(sorted, 0.50) / 1e6, pct(sorted, 0.95) / 1e6, sorted[sorted.length - 1] / 1e6);
        }

        private static long pct(long[] sorted, double p) {
            int index = (int) Math.ceil(p * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
        }
    }

    /** One case on one table: the page, and per way of counting the count, its time and page + count. */
    private record Result(
            Case c,
            int rows,
            Stats page,
            Map<Counting, Long> totals,
            Map<Counting, Stats> counts,
            Map<Counting, Stats> withPage,
            String pagePlan,
            Map<Counting, String> countPlans) {}

    private record Target(String label, Connection connection) {}

    /** Per target, per case. With two targets each run times the same query on both, in alternating order. */
    private static List<List<Result>> measure(List<Target> targets, long busy, long[] officeIds, int warmup, int runs)
            throws SQLException {
        List<List<Result>> results = new ArrayList<>();
        targets.forEach(target -> results.add(new ArrayList<>()));
        Counting[] ways = Counting.values();
        for (Case k : cases(busy, officeIds)) {
            int n = targets.size();
            PreparedStatement[] page = new PreparedStatement[n];
            PreparedStatement[][] count = new PreparedStatement[n][ways.length];
            try {
                for (int d = 0; d < n; d++) {
                    Connection c = targets.get(d).connection();
                    page[d] = c.prepareStatement(k.pageSql());
                    bind(page[d], k.params());
                    page[d].setInt(k.params().size() + 1, k.offset());
                    page[d].setInt(k.params().size() + 2, PAGE);
                    for (Counting way : ways) {
                        count[d][way.ordinal()] = way.prepare(c, k);
                    }
                }
                for (int i = 0; i < warmup; i++) {
                    for (int d = 0; d < n; d++) {
                        readPage(page[d]);
                        for (Counting way : ways) {
                            way.read(count[d][way.ordinal()]);
                        }
                    }
                }
                long[][] pageNs = new long[n][runs];
                long[][][] countNs = new long[n][ways.length][runs];
                int[] rows = new int[n];
                long[][] totals = new long[n][ways.length];
                for (int i = 0; i < runs; i++) {
                    for (int j = 0; j < n; j++) {
                        int d = i % 2 == 0 ? j : n - 1 - j;
                        long t0 = System.nanoTime();
                        rows[d] = readPage(page[d]);
                        pageNs[d][i] = System.nanoTime() - t0;
                        for (Counting way : ways) {
                            long t1 = System.nanoTime();
                            totals[d][way.ordinal()] = way.read(count[d][way.ordinal()]);
                            countNs[d][way.ordinal()][i] = System.nanoTime() - t1;
                        }
                    }
                }
                for (int d = 0; d < n; d++) {
                    Connection c = targets.get(d).connection();
                    Map<Counting, Long> total = new EnumMap<>(Counting.class);
                    Map<Counting, Stats> counts = new EnumMap<>(Counting.class);
                    Map<Counting, Stats> withPage = new EnumMap<>(Counting.class);
                    Map<Counting, String> plans = new EnumMap<>(Counting.class);
                    for (Counting way : ways) {
                        long[] sum = new long[runs];
                        for (int i = 0; i < runs; i++) {
                            sum[i] = pageNs[d][i] + countNs[d][way.ordinal()][i];
                        }
                        total.put(way, totals[d][way.ordinal()]);
                        counts.put(way, Stats.of(countNs[d][way.ordinal()]));
                        withPage.put(way, Stats.of(sum));
                        plans.put(way, way.explain(c, k));
                    }
                    results.get(d)
                            .add(new Result(
                                    k,
                                    rows[d],
                                    Stats.of(pageNs[d]),
                                    total,
                                    counts,
                                    withPage,
                                    explain(c, k.pageSql(), k.params(), k.offset(), PAGE),
                                    plans));
                }
            } finally {
                for (int d = 0; d < n; d++) {
                    close(page[d]);
                    for (PreparedStatement statement : count[d]) {
                        close(statement);
                    }
                }
            }
        }
        System.out.println("load average after measuring: " + loadAverage());
        for (int d = 0; d < targets.size(); d++) {
            System.out.printf(
                    "%n%s matters (%d runs after %d warm-up runs; times in ms, p50 / p95 / max)%n",
                    targets.get(d).label(), runs, warmup);
            printTable(results.get(d));
        }
        return results;
    }

    private static void close(PreparedStatement statement) throws SQLException {
        if (statement != null) {
            statement.close();
        }
    }

    private static void printTable(List<Result> results) {
        System.out.printf(
                Locale.ROOT,
                "| %-30s | %4s | %-21s | %-34s | %-21s | %-21s | %-21s |%n",
                "query",
                "rows",
                "page",
                "count: portal / exact / subquery",
                "portal count",
                "exact count",
                "subquery count");
        System.out.println("|" + "-".repeat(32) + "|-----:|" + "-".repeat(23) + "|" + "-".repeat(36) + "|"
                + "-".repeat(23) + "|" + "-".repeat(23) + "|" + "-".repeat(23) + "|");
        for (Result r : results) {
            System.out.printf(
                    Locale.ROOT,
                    "| %-30s | %4d | %-21s | %-34s | %-21s | %-21s | %-21s |%n",
                    r.c().name(),
                    r.rows(),
                    triple(r.page()),
                    String.format(
                            Locale.ROOT,
                            "%d / %d / %d",
                            r.totals().get(Counting.PORTAL),
                            r.totals().get(Counting.EXACT),
                            r.totals().get(Counting.SUBQUERY)),
                    triple(r.counts().get(Counting.PORTAL)),
                    triple(r.counts().get(Counting.EXACT)),
                    triple(r.counts().get(Counting.SUBQUERY)));
        }
        System.out.println();
        for (Result r : results) {
            System.out.printf("EXPLAIN %-30s page: %s%n", r.c().name(), r.pagePlan());
            for (Counting way : Counting.values()) {
                System.out.printf(
                        "        %-30s %s: %s%n", "", way.label, r.countPlans().get(way));
            }
        }
    }

    private static String triple(Stats s) {
        return String.format(Locale.ROOT, "%.2f / %.2f / %.2f", s.p50(), s.p95(), s.max());
    }

    private static void bind(PreparedStatement statement, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            statement.setObject(i + 1, params.get(i));
        }
    }

    /** Reads every column of every row, as EclipseLink does when it builds the entities. */
    private static int readPage(PreparedStatement statement) throws SQLException {
        int rows = 0;
        try (ResultSet rs = statement.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    rs.getObject(i);
                }
                rows++;
            }
        }
        return rows;
    }

    /** The key (and the tell-tale Extra) MariaDB chose for each table of the query. */
    static String explain(Connection c, String sql, List<Object> params, int offset, int max) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement("EXPLAIN " + sql)) {
            bind(statement, params);
            if (offset >= 0) {
                statement.setInt(params.size() + 1, offset);
                statement.setInt(params.size() + 2, max);
            }
            StringBuilder out = new StringBuilder();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    if (!out.isEmpty()) {
                        out.append("; ");
                    }
                    out.append(rs.getString("table"))
                            .append(' ')
                            .append(rs.getString("type"))
                            .append(" key=")
                            .append(rs.getString("key"))
                            .append(" rows=")
                            .append(rs.getString("rows"));
                    String extra = rs.getString("Extra");
                    if (extra != null && !extra.isBlank()) {
                        out.append(" (").append(extra).append(')');
                    }
                }
            }
            return out.toString();
        }
    }

    private static final Counting[] SUMMARY = {Counting.PORTAL, Counting.EXACT, Counting.SUBQUERY};

    private static void printSummary(
            String small, String large, List<Result> alone, List<Result> smallSide, List<Result> largeSide) {
        System.out.println();
        System.out.printf(
                "Summary, ms (goal: p95 <= 50 ms, %s/%s ratio of p95 <= 1.5). \"%s alone\" is phase 1; the %s and %s"
                        + " columns are phase 2, measured side by side; the ratios are from phase 2.%n",
                large, small, small, small, large);
        summaryHeader(small + " alone", small, large);
        for (int i = 0; i < alone.size(); i++) {
            summaryRows(alone.get(i), smallSide.get(i), largeSide.get(i));
        }
    }

    private static void printAfterSummary(
            String small, String large, List<Result> before, List<Result> smallAfter, List<Result> largeAfter) {
        System.out.println();
        System.out.printf(
                "After the remaining migrations, ms: %s before (phase 2) and after; the ratio is %s/%s after, side by"
                        + " side.%n",
                large, large, small);
        summaryHeader(large + " before", small + " after", large + " after");
        for (int i = 0; i < before.size(); i++) {
            summaryRows(before.get(i), smallAfter.get(i), largeAfter.get(i));
        }
    }

    private static void summaryHeader(String first, String second, String third) {
        System.out.printf(
                Locale.ROOT,
                "| %-30s | %-40s | %-18s | %-18s | %-18s | %-9s | %-9s |%n",
                "query",
                "what",
                first + " p50/p95",
                second + " p50/p95",
                third + " p50/p95",
                "p95 ratio",
                "p50 ratio");
        System.out.println("|" + "-".repeat(32) + "|" + "-".repeat(42) + "|" + "-".repeat(20) + "|" + "-".repeat(20)
                + "|" + "-".repeat(20) + "|----------:|----------:|");
    }

    /** Ratios are third / second. */
    private static void summaryRows(Result first, Result second, Result third) {
        summaryRow(first.c().name(), "page", first.page(), second.page(), third.page());
        for (Counting way : SUMMARY) {
            summaryRow(
                    "",
                    "page + " + way.label,
                    first.withPage().get(way),
                    second.withPage().get(way),
                    third.withPage().get(way));
        }
    }

    private static void summaryRow(String name, String what, Stats first, Stats second, Stats third) {
        System.out.printf(
                Locale.ROOT,
                "| %-30s | %-40s | %-18s | %-18s | %-18s | %9.2f | %9.2f |%n",
                name,
                what,
                pair(first),
                pair(second),
                pair(third),
                third.p95() / second.p95(),
                third.p50() / second.p50());
    }

    private static String pair(Stats s) {
        return String.format(Locale.ROOT, "%.2f / %.2f", s.p50(), s.p95());
    }

    // ---------------------------------------------------------------- the data

    private static long[] insertPlacesAndOffices(Connection c) throws SQLException {
        c.setAutoCommit(false);
        long[] offices = new long[OFFICES];
        String now = "now(3)";
        try (Statement s = c.createStatement()) {
            s.executeUpdate("insert into place (code, name, level, parent_id, created_at, updated_at) values ('"
                    + DISTRICT_CODE + "', '测试区', 'DISTRICT', null, " + now + ", " + now + ")");
            long district = lastId(s);
            for (int i = 0; i < OFFICES; i++) {
                String town = townCode(i);
                s.executeUpdate("insert into place (code, name, level, parent_id, created_at, updated_at) values ('"
                        + town + "', '测试镇" + (i + 1) + "', 'TOWN', " + district + ", " + now + ", " + now + ")");
                long place = lastId(s);
                s.executeUpdate("insert into office (code, name, kind, place_id, created_at, updated_at) values ('T"
                        + town + "', '测试镇" + (i + 1) + "便民服务中心', 'TOWN_CENTRE', " + place + ", " + now + ", "
                        + now + ")");
                offices[i] = lastId(s);
            }
        }
        c.commit();
        return offices;
    }

    private static String townCode(int i) {
        return DISTRICT_CODE + String.format("%03d", (i + 1) * 2);
    }

    private static long lastId(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("select last_insert_id()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static final String INSERT = "insert into matter (tracking_number, type, service_code, subject,"
            + " applicant_name, applicant_id_number, applicant_phone, village_code, channel, office_id, assignee_id,"
            + " assignee_name, status, promised_days, submitted_at, due_date, resolved_at, reply, overdue,"
            + " rating_level, rated_at, version, created_at, updated_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Adds {@code n} matters, submitted at random over the last three years, in submission order. */
    private static int loadMatters(Connection c, Generator g, long[] officeIds, int n) throws SQLException {
        if (n <= 0) {
            return 0;
        }
        long statements = statementsSent(c);
        long started = System.nanoTime();
        long[] times = g.submissionTimes(n);
        c.setAutoCommit(false);
        int batch = 2_000;
        int commitEvery = 50_000;
        try (PreparedStatement insert = c.prepareStatement(INSERT)) {
            for (int i = 0; i < n; i++) {
                g.row(insert, times[i], officeIds);
                insert.addBatch();
                if ((i + 1) % batch == 0 || i == n - 1) {
                    insert.executeBatch();
                }
                if ((i + 1) % commitEvery == 0 || i == n - 1) {
                    c.commit();
                }
                if ((i + 1) % 200_000 == 0) {
                    System.out.printf("  ... %,d rows (%.0f s)%n", i + 1, seconds(started));
                }
            }
        }
        double s = seconds(started);
        System.out.printf(
                Locale.ROOT,
                "Loaded %,d matters in %.1f s (%,.0f rows/s) in %,d INSERT statements%n",
                n,
                s,
                n / s,
                statementsSent(c) - statements);
        return n;
    }

    /** Realistic-enough matters: skewed offices, statuses by age, Chinese text of a plausible length. */
    private static final class Generator {

        private static final String[] SUBJECTS = {
            "申请办理居民医保参保登记", "反映村道路灯损坏夜间出行不便", "申请高龄津贴", "咨询宅基地审批流程",
            "反映生活垃圾清运不及时", "申请临时救助", "办理残疾人两项补贴", "反映灌溉水渠堵塞影响春耕",
            "申请开具居住证明", "对村务公开事项提出异议", "申请养老服务补贴", "反映邻里纠纷请求调解"
        };
        private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
        private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英";
        private static final String[] TYPES = {
            "SERVICE_REQUEST", "ELDERCARE_APPLICATION", "RIGHTS_FEEDBACK", "NOTICE_OBJECTION", "RECTIFICATION"
        };
        private static final double[] TYPE_WEIGHTS = {0.62, 0.18, 0.14, 0.04, 0.02};
        private static final String[] CHANNELS = {"KIOSK", "HELPER", "STAFF", "API", "SYSTEM"};
        private static final double[] CHANNEL_WEIGHTS = {0.35, 0.30, 0.25, 0.08, 0.02};
        private static final String[] RATINGS = {
            "VERY_SATISFIED", "SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED", "VERY_DISSATISFIED"
        };
        private static final double[] RATING_WEIGHTS = {0.55, 0.30, 0.10, 0.03, 0.02};
        private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

        private final Random random;
        private final LocalDateTime now;
        private final long nowEpoch;
        private final long span;
        private final double[] officeWeights;
        private final Set<String> trackingNumbers = new HashSet<>();

        Generator(Random random, LocalDateTime now) {
            this.random = random;
            this.now = now;
            this.nowEpoch = now.atZone(ZONE).toInstant().toEpochMilli();
            this.span = now.atZone(ZONE).toInstant().toEpochMilli()
                    - now.minusYears(3).atZone(ZONE).toInstant().toEpochMilli();
            // the busy office takes 10 %, the other 17 share the rest unevenly (1/sqrt(rank))
            officeWeights = new double[OFFICES];
            officeWeights[0] = 0.10;
            double sum = 0;
            for (int i = 1; i < OFFICES; i++) {
                officeWeights[i] = 1 / Math.sqrt(i + 1);
                sum += officeWeights[i];
            }
            for (int i = 1; i < OFFICES; i++) {
                officeWeights[i] = officeWeights[i] / sum * 0.90;
            }
        }

        long[] submissionTimes(int n) {
            long[] times = new long[n];
            for (int i = 0; i < n; i++) {
                times[i] = nowEpoch - (long) (random.nextDouble() * span);
            }
            Arrays.sort(times);
            return times;
        }

        void row(PreparedStatement s, long epochMillis, long[] officeIds) throws SQLException {
            LocalDateTime submitted = LocalDateTime.ofInstant(java.time.Instant.ofEpochMilli(epochMillis), ZONE);
            long ageDays = java.time.Duration.between(submitted, now).toDays();
            int office = pick(officeWeights);
            String status = status(ageDays);
            boolean open = OPEN.contains(status);
            boolean done = status.equals("RESOLVED") || status.equals("CLOSED");
            int promised = new int[] {3, 5, 7, 10, 15, 20}[random.nextInt(6)];
            LocalDate due = status.equals("SUBMITTED") || status.equals("RETURNED")
                    ? null
                    : submitted.toLocalDate().plusDays(promised + promised / 2 + random.nextInt(3));
            boolean overdue =
                    due != null && (open && due.isBefore(now.toLocalDate()) || done && random.nextInt(50) == 0);
            LocalDateTime resolved = done
                    ? submitted.plusDays(1 + random.nextInt(Math.max(1, (int) Math.min(ageDays, promised + 3))))
                    : null;
            boolean assigned = !status.equals("SUBMITTED") && !status.equals("RETURNED") && !status.equals("MERGED");

            int p = 1;
            s.setString(p++, trackingNumber(submitted.toLocalDate()));
            s.setString(p++, TYPES[pick(TYPE_WEIGHTS)]);
            s.setString(p++, random.nextInt(3) == 0 ? null : "SVC-" + (100 + random.nextInt(60)));
            s.setString(p++, SUBJECTS[random.nextInt(SUBJECTS.length)] + "（" + (1 + random.nextInt(30)) + "组）");
            s.setString(p++, name());
            s.setString(p++, digits(17) + (random.nextInt(11) == 10 ? "X" : String.valueOf(random.nextInt(10))));
            s.setString(p++, "1" + (3 + random.nextInt(7)) + digits(9));
            s.setString(p++, townCode(office) + String.format("%03d", 200 + random.nextInt(25)));
            s.setString(p++, CHANNELS[pick(CHANNEL_WEIGHTS)]);
            s.setLong(p++, officeIds[office]);
            if (assigned) {
                s.setLong(p++, 1000 + office * 20L + random.nextInt(12));
                s.setString(p++, name());
            } else {
                s.setObject(p++, null);
                s.setString(p++, null);
            }
            s.setString(p++, status);
            s.setInt(p++, promised);
            s.setObject(p++, submitted);
            s.setObject(p++, due);
            s.setObject(p++, resolved);
            s.setString(p++, done ? "经核实，已按规定办理完毕，结果已电话告知申请人。如有疑问可到镇便民服务中心窗口咨询。" : null);
            s.setBoolean(p++, overdue);
            boolean rated = status.equals("CLOSED") && random.nextInt(3) > 0;
            s.setString(p++, rated ? RATINGS[pick(RATING_WEIGHTS)] : null);
            s.setObject(p++, rated ? resolved.plusDays(1) : null);
            s.setInt(p++, open ? random.nextInt(3) : 3 + random.nextInt(3));
            s.setObject(p++, submitted);
            s.setObject(p, resolved != null ? resolved : submitted.plusHours(random.nextInt(48)));
        }

        /** Old matters are almost all finished; the open ones are mostly recent. */
        private String status(long ageDays) {
            double r = random.nextDouble();
            if (ageDays < 7) {
                return choose(
                        r,
                        new String[] {
                            "SUBMITTED",
                            "ACCEPTED",
                            "IN_PROGRESS",
                            "WAITING_FOR_VILLAGER",
                            "RETURNED",
                            "RESOLVED",
                            "NOT_ACCEPTED",
                            "MERGED"
                        },
                        new double[] {0.25, 0.20, 0.35, 0.05, 0.02, 0.10, 0.02, 0.01});
            }
            if (ageDays < 30) {
                return choose(
                        r,
                        new String[] {
                            "SUBMITTED",
                            "ACCEPTED",
                            "IN_PROGRESS",
                            "WAITING_FOR_VILLAGER",
                            "RETURNED",
                            "RESOLVED",
                            "CLOSED",
                            "NOT_ACCEPTED",
                            "MERGED"
                        },
                        new double[] {0.03, 0.05, 0.20, 0.04, 0.01, 0.20, 0.42, 0.03, 0.02});
            }
            if (ageDays < 90) {
                return choose(
                        r,
                        new String[] {
                            "IN_PROGRESS", "WAITING_FOR_VILLAGER", "RESOLVED", "CLOSED", "NOT_ACCEPTED", "MERGED"
                        },
                        new double[] {0.03, 0.01, 0.06, 0.84, 0.04, 0.02});
            }
            return choose(
                    r,
                    new String[] {"IN_PROGRESS", "WAITING_FOR_VILLAGER", "CLOSED", "NOT_ACCEPTED", "MERGED"},
                    new double[] {0.002, 0.001, 0.937, 0.04, 0.02});
        }

        private static String choose(double r, String[] values, double[] weights) {
            double acc = 0;
            for (int i = 0; i < values.length; i++) {
                acc += weights[i];
                if (r < acc) {
                    return values[i];
                }
            }
            return values[values.length - 1];
        }

        private int pick(double[] weights) {
            double r = random.nextDouble();
            double acc = 0;
            for (int i = 0; i < weights.length; i++) {
                acc += weights[i];
                if (r < acc) {
                    return i;
                }
            }
            return weights.length - 1;
        }

        /** The portal's format (TrackingNumbers): AJ + filing day + six random digits, unique. */
        private String trackingNumber(LocalDate day) {
            while (true) {
                int r = random.nextInt(1_000_000);
                String number = String.format("AJ%s-%04d-%02d", day.format(DAY), r / 100, r % 100);
                if (trackingNumbers.add(number)) {
                    return number;
                }
            }
        }

        private String name() {
            StringBuilder name = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
            int given = 1 + random.nextInt(2);
            for (int i = 0; i < given; i++) {
                name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
            }
            return name.toString();
        }

        private String digits(int n) {
            char[] out = new char[n];
            for (int i = 0; i < n; i++) {
                out[i] = (char) ('0' + random.nextInt(10));
            }
            return new String(out);
        }
    }

    // ---------------------------------------------------------------- the server

    private static void analyze(Connection c, String table) throws SQLException {
        long t = System.nanoTime();
        try (Statement s = c.createStatement()) {
            s.execute("analyze table " + table);
        }
        System.out.printf("ANALYZE TABLE %s in %.1f s%n", table, seconds(t));
    }

    /** Waits (up to a minute) for InnoDB to write back the load, so the timings do not include that work. */
    private static void settle(Connection c) throws SQLException {
        long t = System.nanoTime();
        long dirty = Long.MAX_VALUE;
        try (Statement s = c.createStatement()) {
            s.execute("set global innodb_max_dirty_pages_pct_lwm = 0.001");
            while (seconds(t) < 60) {
                try (ResultSet rs = s.executeQuery("show global status like 'Innodb_buffer_pool_pages_dirty'")) {
                    rs.next();
                    dirty = rs.getLong(2);
                }
                if (dirty < 100) {
                    break;
                }
                sleep(1000);
            }
            s.execute("set global innodb_max_dirty_pages_pct_lwm = default");
        }
        System.out.printf(
                "Settled in %.1f s (%d dirty pages left); load average %s%n", seconds(t), dirty, loadAverage());
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long statementsSent(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("show session status like 'Com_insert'")) {
            rs.next();
            return rs.getLong(2);
        }
    }

    private static void printServer(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "select version(), @@innodb_buffer_pool_size / 1048576," + " @@query_cache_type")) {
            rs.next();
            System.out.printf(
                    "MariaDB %s, innodb_buffer_pool_size %s MiB, query_cache_type %s%n",
                    rs.getString(1), rs.getString(2), rs.getString(3));
        }
        System.out.printf(
                "JVM %s, %d CPUs, max heap %d MiB%n",
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / 1048576);
    }

    private static void printSizes(Connection c, long busy) throws SQLException {
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select table_rows, data_length / 1048576, index_length / 1048576"
                    + " from information_schema.tables where table_schema = database() and table_name = 'matter'")) {
                rs.next();
                System.out.printf(
                        Locale.ROOT,
                        "matter: ~%,d rows (estimate), data %.0f MiB, indexes %.0f MiB%n",
                        rs.getLong(1),
                        rs.getDouble(2),
                        rs.getDouble(3));
            }
            StringBuilder sizes = new StringBuilder();
            try (ResultSet rs = s.executeQuery("select index_name, stat_value * @@innodb_page_size / 1048576"
                    + " from mysql.innodb_index_stats where database_name = database() and table_name = 'matter'"
                    + " and stat_name = 'size' order by index_name")) {
                while (rs.next()) {
                    sizes.append(String.format(Locale.ROOT, " %s %.0f,", rs.getString(1), rs.getDouble(2)));
                }
            }
            System.out.println("index sizes (MiB):" + sizes.substring(0, Math.max(0, sizes.length() - 1)));
            String open = "status in ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS', 'WAITING_FOR_VILLAGER', 'RETURNED')";
            try (ResultSet rs = s.executeQuery("select count(*), sum(" + open + "), sum(status = 'IN_PROGRESS'),"
                    + " sum(overdue = 1), sum(overdue = 1 and " + open + "), (select count(*) from matter)"
                    + " from matter where office_id = " + busy)) {
                rs.next();
                System.out.printf(
                        Locale.ROOT,
                        "total %,d matters; busiest office: %,d matters, %,d open, %,d IN_PROGRESS, %,d flagged"
                                + " overdue, %,d of them open%n",
                        rs.getLong(6),
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getLong(5));
            }
        }
    }

    private static String label(int size) {
        return size >= 1_000_000 && size % 1_000_000 == 0
                ? size / 1_000_000 + "M"
                : size >= 1000 && size % 1000 == 0 ? size / 1000 + "k" : String.valueOf(size);
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    System.err.println("Could not delete " + path + ": " + e.getMessage());
                }
            });
        } catch (IOException e) {
            System.err.println("Could not delete " + root + ": " + e.getMessage());
        }
    }
}
