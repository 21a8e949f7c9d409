package org.bianmin.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.bianmin.devserver.EmbeddedDatabase;
import org.bianmin.devserver.PayaraServer;

/**
 * The notice-board benchmark of docs/benchmarks.md: throughput of the public board page against a static file of the
 * same bytes, served by the same server, side by side. A {@code main()} program, not a test:
 *
 * <pre>mvn -q -o package -DskipTests
 * mvn -q -o test-compile org.codehaus.mojo:exec-maven-plugin:3.5.1:java \
 *     -Dexec.mainClass=org.bianmin.bench.NoticeBoardBenchmark -Dexec.classpathScope=test</pre>
 *
 * <p>It starts the embedded MariaDB (a throw-away data directory under {@code target/}) and the built WAR in Payara
 * Micro with the demo data, tops the board up to {@code bench.notices} published notices (so its first page is full),
 * fetches the board page, writes the same bytes as {@code bench/board.html} into the deployed application (served by
 * the container's default servlet, through the same filters), then measures both in alternating rounds: every round
 * runs {@code bench.clients} clients, each sending requests one after the other on a kept-alive connection for {@code
 * bench.seconds} seconds, first the page then the file or the other way round. The ratio is page / file.
 *
 * <p>System properties: {@code bench.clients} (8), {@code bench.seconds} (10), {@code bench.warmup} (10 seconds of
 * each before measuring), {@code bench.rounds} (5), {@code bench.notices} (40), {@code bench.path} ({@code
 * /public/notices}), {@code bench.cacheSeconds} (5: the server's copy of rendered board pages, {@code
 * BIANMIN_NOTICE_BOARD_CACHE_SECONDS}; 0 renders every request).
 */
public final class NoticeBoardBenchmark {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private NoticeBoardBenchmark() {}

    public static void main(String[] args) throws Exception {
        int clients = Integer.getInteger("bench.clients", 8);
        int seconds = Integer.getInteger("bench.seconds", 10);
        int warmup = Integer.getInteger("bench.warmup", 10);
        int rounds = Integer.getInteger("bench.rounds", 5);
        int notices = Integer.getInteger("bench.notices", 40);
        String path = System.getProperty("bench.path", "/public/notices");
        String cacheSeconds = System.getProperty("bench.cacheSeconds", "5");
        Path target = Path.of("target").toAbsolutePath();
        Path dataDir = target.resolve("bench-notice-mariadb").resolve("data-" + System.currentTimeMillis());
        Path rootDir = target.resolve("payara-bench");

        System.out.printf(
                Locale.ROOT,
                "[bench] %d clients, %d s warm-up, %d rounds of %d s each way, server cache %s s, page %s%n",
                clients,
                warmup,
                rounds,
                seconds,
                cacheSeconds,
                path);
        EmbeddedDatabase db =
                EmbeddedDatabase.start(EmbeddedDatabase.freePort(), dataDir, target.resolve("mariadb-base-bench"));
        PayaraServer server = null;
        try {
            server = PayaraServer.start(
                    target.resolve("payara-micro.jar"),
                    target.resolve("bianmin.war"),
                    EmbeddedDatabase.freePort(),
                    rootDir,
                    Map.of(
                            "BIANMIN_DB_URL", db.jdbcUrl(),
                            "BIANMIN_DB_USER", "root",
                            "BIANMIN_DB_PASSWORD", "",
                            "BIANMIN_DEMO", "true",
                            "BIANMIN_NOTICE_BOARD_CACHE_SECONDS", cacheSeconds),
                    target.resolve("payara-bench.log"),
                    Duration.ofMinutes(4));
            int added = topUp(db.jdbcUrl(), notices);
            String base = server.baseUrl().replaceAll("/$", "");

            Fetched page = fetch(base + path);
            if (page.status != 200 || page.setCookie) {
                throw new IllegalStateException(
                        "the board answered " + page.status + (page.setCookie ? " with a cookie" : ""));
            }
            Path file = rootDir.resolve("applications")
                    .resolve("bianmin")
                    .resolve("bench")
                    .resolve("board.html");
            Files.createDirectories(file.getParent());
            Files.write(file, page.body);
            Fetched copy = fetch(base + "/bench/board.html");
            if (copy.status != 200 || !Arrays.equals(copy.body, page.body)) {
                throw new IllegalStateException("the static copy is not served as written (" + copy.status + ")");
            }
            System.out.printf(
                    Locale.ROOT,
                    "[bench] %d published notices added; board page %d bytes, %d notices on it; static copy identical%n",
                    added,
                    page.body.length,
                    new String(page.body, java.nio.charset.StandardCharsets.UTF_8).split("data-notice=").length - 1);

            String boardUrl = base + path;
            String fileUrl = base + "/bench/board.html";
            run(boardUrl, page.body.length, clients, warmup);
            run(fileUrl, page.body.length, clients, warmup);
            List<Double> pageRates = new ArrayList<>();
            List<Double> fileRates = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                double p;
                double f;
                if (round % 2 == 1) {
                    p = run(boardUrl, page.body.length, clients, seconds);
                    f = run(fileUrl, page.body.length, clients, seconds);
                } else {
                    f = run(fileUrl, page.body.length, clients, seconds);
                    p = run(boardUrl, page.body.length, clients, seconds);
                }
                pageRates.add(p);
                fileRates.add(f);
                System.out.printf(
                        Locale.ROOT,
                        "[bench] round %d: board %.0f req/s, static %.0f req/s, ratio %.1f %%%n",
                        round,
                        p,
                        f,
                        100 * p / f);
            }
            double p = median(pageRates);
            double f = median(fileRates);
            System.out.printf(
                    Locale.ROOT,
                    "[bench] median: board %.0f req/s, static %.0f req/s, ratio %.1f %% (goal >= 15 %%)%n",
                    p,
                    f,
                    100 * p / f);
        } finally {
            if (server != null) {
                server.close();
            }
            db.close();
            deleteRecursively(dataDir.getParent());
        }
    }

    private record Fetched(int status, byte[] body, boolean setCookie) {}

    private static Fetched fetch(String url) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
        try (InputStream in = c.getInputStream()) {
            return new Fetched(c.getResponseCode(), in.readAllBytes(), c.getHeaderField("Set-Cookie") != null);
        }
    }

    /** Requests per second over {@code seconds}, each client one request after the other on a kept-alive connection. */
    private static double run(String url, int expectedBytes, int clients, int seconds) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        AtomicLong wrong = new AtomicLong();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        long[] window = new long[2];
        for (int i = 0; i < clients; i++) {
            Thread t = new Thread(() -> {
                byte[] buffer = new byte[64 * 1024];
                try {
                    start.await();
                    URI uri = URI.create(url);
                    while (System.nanoTime() < window[1]) {
                        HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
                        int bytes = 0;
                        try (InputStream in = c.getInputStream()) {
                            for (int n; (n = in.read(buffer)) > 0; ) {
                                bytes += n;
                            }
                        }
                        if (c.getResponseCode() == 200 && bytes == expectedBytes) {
                            done.incrementAndGet();
                        } else {
                            wrong.incrementAndGet();
                        }
                    }
                } catch (IOException | InterruptedException e) {
                    wrong.incrementAndGet();
                }
            });
            threads.add(t);
            t.start();
        }
        window[0] = System.nanoTime();
        window[1] = window[0] + seconds * 1_000_000_000L;
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - window[0]) / 1e9;
        if (wrong.get() > 0) {
            System.out.printf(Locale.ROOT, "[bench] %s: %d wrong answers%n", url, wrong.get());
        }
        return done.get() / elapsed;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /**
     * Adds published notices (four meetings, a resolution on the board) to villages of 三家镇 and 玉丰镇 until the board
     * has {@code wanted}, as the clerks' pages would leave them.
     */
    private static int topUp(String jdbcUrl, int wanted) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "root", "")) {
            long have;
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("select count(distinct matter_id) from decision_disclosure"
                            + " where state = 'PUBLISHED'")) {
                r.next();
                have = r.getLong(1);
            }
            List<String> villages = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("select code from place where level = 'VILLAGE' and active = true"
                            + " and (code like '510904110%' or code like '510904111%') order by code")) {
                while (r.next()) {
                    villages.add(r.getString(1));
                }
            }
            String[] subjects = {"硬化村道", "修建文化广场", "集体鱼塘承包", "修订村规民约", "安装路灯", "整治山坪塘", "建设产业路", "流转集体林地"};
            LocalDate today = LocalDate.now(ZONE);
            int added = 0;
            for (long i = have; i < wanted; i++, added++) {
                String village = villages.get((int) (i % villages.size()));
                LocalDate start = today.minusDays(i % 30);
                long matter = insert(
                        c,
                        "insert into decision_matter (village_code, title, category_id, motion_source, description,"
                                + " estimated_funds, status, created_by, version, created_at, updated_at)"
                                + " values (?, ?, (select min(id) from decision_category), 'VILLAGE_CADRES', ?, 80000.00,"
                                + " 'RESOLUTION_DISCLOSED', 10, 0, now(3), now(3))",
                        village,
                        subjects[(int) (i % subjects.length)] + "（第" + (i + 1) + "号）",
                        "基准测试数据：经四议程序表决通过的村级事项。");
                String[][] steps = {
                    {"PARTY_PROPOSAL", "PARTY_ORGANISATION"},
                    {"COMMITTEES_DELIBERATION", "JOINT_COMMITTEES"},
                    {"PARTY_MEMBERS_REVIEW", "PARTY_MEMBERS"},
                    {"VILLAGERS_RESOLUTION", "VILLAGER_REPRESENTATIVES"}
                };
                for (int s = 0; s < 4; s++) {
                    boolean votes = s >= 2;
                    insert(
                            c,
                            "insert into decision_meeting (matter_id, seq, step, form, held_on, expected, present,"
                                    + " votes_for, votes_against, votes_abstaining, outcome, recorded_by, version,"
                                    + " created_at, updated_at) values (?, ?, ?, ?, ?, 40, 33, ?, ?, ?, 'PASSED', 10, 0,"
                                    + " now(3), now(3))",
                            matter,
                            s + 1,
                            steps[s][0],
                            steps[s][1],
                            start.minusDays(20 - 4L * s),
                            votes ? 30 : null,
                            votes ? 2 : null,
                            votes ? 1 : null);
                }
                insert(
                        c,
                        "insert into decision_disclosure (matter_id, kind, body, starts_on, ends_on, state,"
                                + " submitted_at, published_at, created_by, version, created_at, updated_at)"
                                + " values (?, 'RESOLUTION', '决议内容（基准测试数据）', ?, ?, 'PUBLISHED', now(3), now(3),"
                                + " 10, 0, now(3), now(3))",
                        matter,
                        start,
                        start.plusDays(6));
            }
            return added;
        }
    }

    private static long insert(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
