import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Benchmark of the live-seizure capability (活查封) on the extracted distribution with MariaDB.
 * Prints figures; it is not a test. Two steps, both started by bench/run-seizure.sh:
 *
 * <pre>
 *   java -cp mariadb-java-client.jar bench/SeizureBench.java prepare --home DIST [--courts 200]
 *       drops and creates the database, writes the extra court files (before Karaf starts)
 *   java -cp mariadb-java-client.jar bench/SeizureBench.java measure --home DIST --port P --karaf-pid PID
 *       waits for the platform, bulk-loads the seizures, measures the expiring view and inspections
 * </pre>
 *
 * Single file, Java 17, no dependency other than the MariaDB JDBC driver on the class path.
 */
public class SeizureBench {
    static final ZoneId COURT_ZONE = ZoneId.of("Asia/Shanghai");
    static final List<String> IN_FORCE = List.of("ACTIVE", "SALE_REPORTED", "SALE_APPROVED", "VIOLATION");
    static final long FIRST_ID = 10_000_000L;
    static final double TARGET_P99_MS = 50.0;
    static final String EXPIRING_SQL = "SELECT * FROM seizure WHERE tenant_id = ? AND state IN ('ACTIVE','SALE_REPORTED',"
            + "'SALE_APPROVED','VIOLATION') AND expiry_date <= ? ORDER BY expiry_date, id LIMIT 1000";

    public static void main(String[] args) {
        if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help")) {
            System.out.println("usage: SeizureBench prepare --home DIST [--courts N] | measure --home DIST --port P [options]"
                    + " (see bench/README.md)");
            return;
        }
        Opts o = Opts.parse(Arrays.copyOfRange(args, 1, args.length));
        try {
            switch (args[0]) {
                case "prepare" -> prepare(o);
                case "measure" -> System.exit(new SeizureBench(o).measure());
                default -> throw new IllegalArgumentException("unknown step " + args[0] + " (prepare or measure)");
            }
        } catch (Exception e) {
            System.out.println("seizure-bench: ABORTED: " + e);
            e.printStackTrace(System.out);
            System.exit(1);
        }
    }

    // ------------------------------------------------------------------------------------ prepare

    /** Fresh database and the court files that bring the number of live-seizure courts up to --courts. */
    static void prepare(Opts o) throws Exception {
        Path home = Path.of(o.req("home"));
        String db = o.dbName();
        try (Connection c = DriverManager.getConnection(o.serverUrl("")); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + db);
            s.execute("CREATE DATABASE " + db + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
            System.out.println("prepare: database " + db + " dropped and created (utf8mb4_bin)");
        }
        Path dir = home.resolve("tenant-config");
        List<Map<String, String>> courts = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".court")).sorted().collect(Collectors.toList())) {
                courts.add(readCourtFile(f));
            }
        }
        long live = courts.stream().filter(SeizureBench::hasLiveSeizure).count();
        List<String> intermediates = courts.stream().filter(c -> "intermediate".equals(c.get("level")))
                .map(c -> c.get("id")).sorted().collect(Collectors.toList());
        if (intermediates.isEmpty()) throw new IllegalStateException("no intermediate court in " + dir + " to put basic courts under");
        int want = o.integer("courts", 200);
        int add = (int) Math.max(0, want - live);
        System.out.printf("prepare: %d court file(s) shipped, %d with live-seizure; writing %d more basic courts"
                + " (computerization standard, capabilities = live-seizure) under %s%n", courts.size(), live, add, intermediates);
        for (int i = 1; i <= add; i++) {
            String id = String.format(Locale.ROOT, "bench-b%03d", i);
            String text = "# generated by bench/SeizureBench.java\n"
                    + "id = " + id + "\n"
                    + "name.zh = 基准测试第" + i + "基层人民法院\n"
                    + "name.en = Benchmark Basic Court " + i + "\n"
                    + "level = basic\n"
                    + "parent = " + intermediates.get((i - 1) % intermediates.size()) + "\n"
                    + "region = 黑龙江省基准测试区" + i + "\n"
                    + "region.en = Benchmark District " + i + ", Heilongjiang\n"
                    + "computerization = standard\n"
                    + "capabilities = live-seizure\n";
            Path tmp = dir.resolve("." + id + ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, dir.resolve(id + ".court"), StandardCopyOption.ATOMIC_MOVE);
        }
        System.out.printf("prepare: %d court files in %s, %d of them with live-seizure%n", courts.size() + add, dir, live + add);
    }

    static Map<String, String> readCourtFile(Path f) throws IOException {
        Map<String, String> m = new HashMap<>();
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            String t = line.strip();
            if (t.startsWith("\uFEFF")) t = t.substring(1);
            int eq = t.indexOf('=');
            if (t.isEmpty() || t.startsWith("#") || eq < 0) continue;
            m.put(t.substring(0, eq).strip(), t.substring(eq + 1).strip());
        }
        return m;
    }

    static boolean hasLiveSeizure(Map<String, String> court) {
        String caps = court.getOrDefault("capabilities", "");
        return Arrays.stream(caps.split("[,，]")).map(String::strip).anyMatch("live-seizure"::equals);
    }

    // ------------------------------------------------------------------------------------ measure

    final Opts o;
    final Path home;
    final String base;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    final LocalDate today = LocalDate.now(COURT_ZONE);
    final Procs procs;
    final List<String[]> summary = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    double maxOthersCpu = 0;
    String adminToken;

    SeizureBench(Opts o) {
        this.o = o;
        this.home = Path.of(o.req("home"));
        this.base = "http://127.0.0.1:" + o.req("port") + "/api/v1";
        this.procs = new Procs(o.longValue("karaf-pid", -1));
    }

    int measure() {
        int rc = 0;
        long t0 = System.nanoTime();
        try {
            header();
            List<String> courts = waitForPlatform();
            bulkLoad(courts);
            String token = expiringView();
            inspections(token);
        } catch (Exception e) {
            rc = 1;
            System.out.println();
            System.out.println("seizure-bench: ABORTED: " + e);
            e.printStackTrace(System.out);
            notes.add("The run was ABORTED: " + e);
        }
        try {
            karafLog();
        } catch (Exception e) {
            System.out.println("(could not read karaf.log: " + e + ")");
        }
        printSummary((System.nanoTime() - t0) / 1e9);
        return rc;
    }

    void header() throws Exception {
        title("Live-seizure benchmark");
        System.out.println("started   " + LocalDateTime.now().withNano(0) + " (court date " + today + ", Asia/Shanghai)");
        System.out.println("dist      " + home);
        System.out.println("REST      " + base);
        System.out.println("machine   " + Runtime.getRuntime().availableProcessors() + " CPU(s), "
                + Procs.memTotalMiB() + " MiB RAM, load average " + Procs.loadAvg());
        System.out.println("database  " + o.dbUrl() + " (" + dbVersion() + ")");
    }

    String dbVersion() throws SQLException {
        try (Connection c = db(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT VERSION(), @@innodb_buffer_pool_size, @@innodb_flush_log_at_trx_commit")) {
            r.next();
            return "MariaDB " + r.getString(1) + ", buffer pool " + r.getLong(2) / (1024 * 1024) + " MiB, flush_log_at_trx_commit "
                    + r.getString(3);
        }
    }

    // ---------------------------------------------------------------- phase 0: platform up

    /** Health, admin login, all court files applied; returns the ids of active courts with live-seizure. */
    List<String> waitForPlatform() throws Exception {
        title("0. Platform start");
        long start = System.nanoTime();
        waitUntil("GET /health answers UP", 600, () -> {
            if (procs.launcherPid > 0 && ProcessHandle.of(procs.launcherPid).map(p -> !p.isAlive()).orElse(true)) {
                throw new IllegalStateException("Karaf (launcher pid " + procs.launcherPid + ") has exited; see its console output");
            }
            Reply r = sendQuietly("GET", "/health", null, null);
            return r != null && r.status == 200 && r.body.contains("\"UP\"");
        });
        System.out.printf("healthy after %.1f s (counted from the start of this step, Karaf was launched just before)%n", secs(start));
        procs.resolveKaraf();
        System.out.println("Karaf JVM pid " + (procs.karafPid < 0 ? "not found (its CPU is counted as 'others')" : procs.karafPid)
                + ", MariaDB pid " + (procs.dbPid < 0 ? "not found" : procs.dbPid));
        List<String> jvms = Procs.otherJvms(procs);
        System.out.println("other JVMs on the machine (not this program, not the Karaf under test): " + (jvms.isEmpty() ? "none" : jvms.size()));
        jvms.forEach(j -> System.out.println("  " + j));
        if (!jvms.isEmpty()) {
            notes.add("Other JVMs were running at the start (" + jvms.size() + "): builds or tests share the 2 cores, "
                    + "so every figure is pessimistic; see the CPU of other processes printed per phase.");
        }
        String password = System.getenv("CEP_ADMIN_PASSWORD");
        if (password == null || password.isBlank()) throw new IllegalStateException("CEP_ADMIN_PASSWORD is not set");
        waitUntil("admin can log in", 300, () -> {
            Reply r = sendQuietly("POST", "/auth/login", null, Map.of("username", "admin", "password", password));
            if (r != null && r.status == 200) adminToken = (String) r.map().get("token");
            return adminToken != null;
        });
        System.out.printf("admin logged in after %.1f s%n", secs(start));
        long files;
        try (Stream<Path> s = Files.list(home.resolve("tenant-config"))) {
            files = s.filter(p -> p.toString().endsWith(".court")).count();
        }
        waitUntil("GET /courts lists all " + files + " courts", 300, () -> {
            Reply r = sendQuietly("GET", "/courts", adminToken, null);
            if (r == null || r.status != 200) return false;
            long active = r.list().stream().filter(c -> Boolean.TRUE.equals(((Map<?, ?>) c).get("active"))).count();
            return active >= files;
        });
        System.out.printf("all %d courts listed after %.1f s%n", files, secs(start));
        waitUntil("table seizure exists", 120, () -> {
            try (Connection c = db(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT seq_count FROM seizure_sequence WHERE seq_name = 'seizure'")) {
                return r.next();
            } catch (SQLException e) {
                return false;
            }
        });
        List<String> courts = new ArrayList<>();
        try (Connection c = db(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT cc.court_id FROM court_capability cc JOIN court c ON c.id = cc.court_id "
                        + "WHERE cc.capability_id = 'live-seizure' AND cc.enabled AND c.active ORDER BY cc.court_id")) {
            while (r.next()) courts.add(r.getString(1));
        }
        System.out.println("courts with live-seizure switched on (court_capability): " + courts.size());
        int want = o.integer("courts", 200);
        if (courts.size() != want) {
            notes.add("Expected " + want + " courts with live-seizure, the database has " + courts.size() + "; rows spread over those.");
        }
        if (courts.isEmpty()) throw new IllegalStateException("no court has live-seizure on");
        return courts;
    }

    // ---------------------------------------------------------------- phase 1: bulk load

    void bulkLoad(List<String> courts) throws Exception {
        int rows = o.integer("rows", 1_000_000);
        int chunk = o.integer("chunk", 1000);
        int threads = o.integer("load-threads", 2);
        long seed = o.longValue("seed", 42);
        title("1. Bulk load of " + fmt(rows) + " seizures over " + courts.size() + " courts");
        System.out.println("JDBC, multi-row INSERT of " + chunk + " rows per statement, commit every 10 statements, "
                + threads + " loader connection(s); ids from " + FIRST_ID + "; seed " + seed);
        System.out.println("data: 10 % expired in the past (LAPSED/RELEASED/PROCEEDS_RECEIVED), 2 % PROPOSED (no dates),"
                + " 88 % expiring over the next 1,096 days (80 % ACTIVE, 8 % other in-force states, 12 % sold/released)");
        long existing = scalar("SELECT COUNT(*) FROM seizure");
        if (existing > 0) throw new IllegalStateException("table seizure already holds " + existing + " rows; run prepare first");
        Cpu c0 = procs.cpu();
        long t0 = System.nanoTime();
        int chunks = (rows + chunk - 1) / chunk;
        AtomicLong loaded = new AtomicLong();
        AtomicLong nextReport = new AtomicLong(rows / 10);
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = t;
            Thread w = new Thread(() -> {
                try (Connection c = db()) {
                    c.setAutoCommit(false);
                    PreparedStatement full = c.prepareStatement(insertSql(chunk));
                    int statements = 0;
                    for (int k = first; k < chunks; k += threads) {
                        int n = Math.min(chunk, rows - k * chunk);
                        PreparedStatement ps = n == chunk ? full : c.prepareStatement(insertSql(n));
                        fillChunk(ps, courts, seed, k, chunk, n);
                        ps.executeUpdate();
                        if (ps != full) ps.close();
                        if (++statements % 10 == 0) c.commit();
                        long done = loaded.addAndGet(n);
                        long mark = nextReport.get();
                        if (done >= mark && nextReport.compareAndSet(mark, mark + rows / 10)) {
                            System.out.printf("  %,9d rows  %6.1f s  %,8.0f rows/s%n", done, secs(t0), done / secs(t0));
                        }
                    }
                    c.commit();
                    full.close();
                } catch (Throwable e) {
                    failures.add(e);
                }
            }, "loader-" + t);
            workers.add(w);
            w.start();
        }
        for (Thread w : workers) w.join();
        if (!failures.isEmpty()) throw new IllegalStateException("bulk load failed", failures.get(0));
        double loadSecs = secs(t0);
        Cpu c1 = procs.cpu();
        long count = scalar("SELECT COUNT(*) FROM seizure");
        System.out.printf("loaded %,d rows in %.1f s (%,.0f rows/s); table now holds %,d rows%n", loaded.get(), loadSecs,
                loaded.get() / loadSecs, count);
        System.out.println("  CPU meanwhile: " + procs.report(c0, c1));
        long ta = System.nanoTime();
        try (Connection c = db(); Statement s = c.createStatement(); ResultSet r = s.executeQuery("ANALYZE TABLE seizure")) {
            while (r.next()) System.out.println("  ANALYZE TABLE seizure: " + r.getString("Msg_type") + " " + r.getString("Msg_text"));
        }
        System.out.printf("  ANALYZE took %.1f s%n", secs(ta));
        long maxId = scalar("SELECT COALESCE(MAX(id), 0) FROM seizure");
        long seq = (maxId / 1000 + 1) * 1000;
        try (Connection c = db(); PreparedStatement ps = c.prepareStatement(
                "UPDATE seizure_sequence SET seq_count = GREATEST(seq_count, ?) WHERE seq_name = 'seizure'")) {
            ps.setLong(1, seq);
            ps.executeUpdate();
        }
        System.out.println("  seizure_sequence 'seizure' set to " + scalar("SELECT seq_count FROM seizure_sequence WHERE seq_name = 'seizure'")
                + " (max loaded id " + maxId + ")");
        try (Connection c = db(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT data_length, index_length FROM information_schema.TABLES WHERE table_schema = DATABASE() AND table_name = 'seizure'")) {
            if (r.next()) System.out.printf("  size on disk (InnoDB estimate): data %,d MiB, indexes %,d MiB%n",
                    r.getLong(1) >> 20, r.getLong(2) >> 20);
        }
        LocalDate until = today.plusDays(30);
        try (Connection c = db(); PreparedStatement ps = c.prepareStatement(
                "SELECT MIN(n), AVG(n), MAX(n), MIN(e), AVG(e), MAX(e), SUM(n), SUM(e) FROM (SELECT tenant_id, COUNT(*) n, "
                        + "SUM(state IN ('ACTIVE','SALE_REPORTED','SALE_APPROVED','VIOLATION') AND expiry_date <= ?) e "
                        + "FROM seizure GROUP BY tenant_id) x")) {
            ps.setObject(1, until);
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                System.out.printf("  per court: rows min/avg/max %,d / %,.0f / %,d; in force and expiring by %s min/avg/max %d / %.0f / %d"
                                + " (%.2f %% of all rows)%n", r.getLong(1), r.getDouble(2), r.getLong(3), until, r.getLong(4),
                        r.getDouble(5), r.getLong(6), 100.0 * r.getLong(8) / r.getLong(7));
            }
        }
        summary.add(new String[]{"Bulk load " + fmt(rows) + " seizures (JDBC, " + threads + " connections)",
                String.format(Locale.ROOT, "%.1f s (%,.0f rows/s)", loadSecs, loaded.get() / loadSecs), "-", "info"});
    }

    static String insertSql(int n) {
        StringBuilder sb = new StringBuilder("INSERT INTO seizure (id, tenant_id, case_id, asset_type, state, costs_fen, "
                + "operating_minimum_fen, seized_value_fen, reason, custody_terms, start_date, expiry_date, renewals, "
                + "inspection_days, next_inspection_date, created_micros, version) VALUES ");
        for (int i = 0; i < n; i++) sb.append(i == 0 ? "" : ",").append("(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        return sb.toString();
    }

    /** Asset types with their legal period (the distribution's defaults), longest first. */
    static final String[] TYPES = {"REAL_ESTATE", "OTHER_PROPERTY_RIGHT", "MOVABLE", "BANK_DEPOSIT", "TRADEMARK", "PATENT"};
    static final Period[] PERIODS = {Period.ofYears(3), Period.ofYears(3), Period.ofYears(2), Period.ofYears(1),
            Period.ofYears(1), Period.ofMonths(6)};

    /** Rows of chunk k, from a generator seeded by (seed, k) so that the data do not depend on the number of loaders. */
    void fillChunk(PreparedStatement ps, List<String> courts, long seed, int k, int chunk, int n) throws SQLException {
        Random r = new Random(seed * 1_000_003L + k);
        long nowMicros = System.currentTimeMillis() * 1000;
        int p = 1;
        for (int j = 0; j < n; j++) {
            long id = FIRST_ID + (long) k * chunk + j;
            String court = courts.get(r.nextInt(courts.size()));
            double u = r.nextDouble();
            String state;
            LocalDate expiry = null;
            int type;
            if (u < 0.10) {
                expiry = today.minusDays(1 + r.nextInt(730));
                double v = r.nextDouble();
                state = v < 0.6 ? "LAPSED" : v < 0.9 ? "RELEASED" : "PROCEEDS_RECEIVED";
                type = r.nextInt(TYPES.length);
            } else if (u < 0.12) {
                state = "PROPOSED";
                type = r.nextInt(TYPES.length);
            } else {
                int offset = r.nextInt(1096);
                expiry = today.plusDays(offset);
                double v = r.nextDouble();
                state = v < 0.80 ? "ACTIVE" : v < 0.83 ? "VIOLATION" : v < 0.86 ? "SALE_REPORTED" : v < 0.88 ? "SALE_APPROVED"
                        : v < 0.90 ? "SOLD" : "RELEASED";
                // a type whose period is at least as long as the time left, so that the start lies in the past
                int fits = 0;
                while (fits + 1 < TYPES.length && !today.plus(PERIODS[fits + 1]).isBefore(expiry)) fits++;
                type = r.nextInt(fits + 1);
            }
            LocalDate startDate = expiry == null ? null : expiry.minus(PERIODS[type]);
            if (startDate != null && startDate.isAfter(today)) startDate = today;
            boolean inForce = IN_FORCE.contains(state);
            ps.setLong(p++, id);
            ps.setString(p++, court);
            ps.setLong(p++, 90_000_000L + id / 3);
            ps.setString(p++, TYPES[type]);
            ps.setString(p++, state);
            ps.setLong(p++, r.nextInt(500_001));
            ps.setLong(p++, 0);
            ps.setLong(p++, 100_000L + r.nextInt(50_000_000));
            ps.setString(p++, "基准测试数据：活封生猪/设备 / bench row " + id);
            ps.setString(p++, r.nextBoolean() ? "未经法院同意不得转让、出售，出售须提前报告" : null);
            setDate(ps, p++, startDate);
            setDate(ps, p++, expiry);
            ps.setInt(p++, r.nextInt(20) == 0 ? 1 : 0);
            ps.setInt(p++, 30);
            setDate(ps, p++, inForce ? today.minusDays(10).plusDays(r.nextInt(40)) : null);
            ps.setLong(p++, nowMicros - (long) r.nextInt(1_000_000_000) * 1000);
            ps.setLong(p++, r.nextInt(4));
        }
    }

    static void setDate(PreparedStatement ps, int i, LocalDate d) throws SQLException {
        if (d == null) ps.setNull(i, Types.DATE);
        else ps.setObject(i, d);
    }

    // ---------------------------------------------------------------- phase 2: the expiring view

    String expiringView() throws Exception {
        String court = o.get("court", "hlj-kedong");
        int warmup = o.integer("warmup-requests", 50);
        int requests = o.integer("requests", 500);
        int clients = o.integer("clients", 4);
        title("2. GET /live-seizure/seizures/expiring?days=30 for one court (" + court + ")");
        String user = "bench-officer-1";
        String password = "Seize-Off1cer-" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffL) + "#";
        Reply created = send("POST", "/admin/courts/" + court + "/users", adminToken, Map.of("username", user,
                "displayName", "基准测试执行员", "password", password, "roles", List.of("enforcement-officer")));
        if (created.status != 201) throw new IllegalStateException("creating " + user + " in " + court + ": " + created);
        Reply login = send("POST", "/auth/login", null, Map.of("username", user, "password", password));
        if (login.status != 200) throw new IllegalStateException("login of " + user + ": " + login);
        String token = (String) login.map().get("token");
        System.out.println("officer " + user + " (enforcement-officer) created in " + court + " and logged in");

        LocalDate until = today.plusDays(30);
        long expected;
        try (Connection c = db(); PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), (SELECT COUNT(*) FROM seizure WHERE tenant_id = ?)"
                + " FROM seizure WHERE tenant_id = ? AND state IN ('ACTIVE','SALE_REPORTED','SALE_APPROVED','VIOLATION') AND expiry_date <= ?")) {
            ps.setString(1, court);
            ps.setString(2, court);
            ps.setObject(3, until);
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                expected = r.getLong(1);
                System.out.printf("court %s holds %,d seizures; %d in force expire by %s (%.2f %%)%n", court, r.getLong(2), expected,
                        until, 100.0 * expected / r.getLong(2));
            }
        }
        System.out.println();
        System.out.println("EXPLAIN of the equivalent SQL:");
        System.out.println("  " + explainText(court, until));
        try (Connection c = db(); PreparedStatement ps = c.prepareStatement("EXPLAIN " + EXPIRING_SQL)) {
            ps.setString(1, court);
            ps.setObject(2, until);
            try (ResultSet r = ps.executeQuery()) {
                printTable(r, "  ");
            }
        }
        Lat direct = new Lat();
        int rowsDirect = 0;
        try (Connection c = db(); PreparedStatement ps = c.prepareStatement(EXPIRING_SQL)) {
            for (int i = 0; i < 250; i++) {
                ps.setString(1, court);
                ps.setObject(2, until);
                long t = System.nanoTime();
                int n = 0;
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        r.getLong("id");
                        n++;
                    }
                }
                if (i >= 50) direct.add(System.nanoTime() - t);
                rowsDirect = n;
            }
        }
        System.out.printf("same SQL straight over JDBC (no platform), 200 runs after 50 warm-up: %s, %d rows%n", direct.line(), rowsDirect);

        System.out.println();
        Cpu w0 = procs.cpu();
        int warmErrors = 0;
        for (int i = 0; i < warmup; i++) {
            if (send("GET", "/live-seizure/seizures/expiring?days=30", token, null).status != 200) warmErrors++;
        }
        System.out.printf("warm-up: %d requests, %d not 200 (%s)%n", warmup, warmErrors, procs.report(w0, procs.cpu()));
        quietWait();
        Lat seq = new Lat();
        int rows = -1;
        int errors = 0;
        String firstError = null;
        Cpu c0 = procs.cpu();
        long t0 = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            Reply r = send("GET", "/live-seizure/seizures/expiring?days=30", token, null);
            if (r.status != 200) {
                errors++;
                if (firstError == null) firstError = r.toString();
                continue;
            }
            seq.add(r.nanos);
            if (rows < 0) rows = r.list().size();
        }
        double wall = secs(t0);
        Cpu c1 = procs.cpu();
        System.out.printf("sequential, 1 client: %d requests in %.1f s (%.0f req/s), %d errors%n", requests, wall, requests / wall, errors);
        System.out.println("  latency " + seq.line());
        System.out.println("  rows returned: " + rows + " (SQL count of the same condition: " + expected + ")"
                + (rows == expected ? "" : "  <-- DIFFERENT"));
        System.out.println("  CPU meanwhile: " + procs.report(c0, c1));
        if (firstError != null) System.out.println("  first error: " + firstError);
        if (rows != expected && rows >= 0) notes.add("The expiring view returned " + rows + " rows, SQL counts " + expected + ".");
        summary.add(new String[]{"Expiring view, 1 court, sequential p99 (" + requests + " req, " + rows + " rows)",
                ms(seq.pct(99)) + " ms", "< 50 ms", seq.count() == 0 ? "MISS (no answer)" : seq.pct(99) < TARGET_P99_MS ? "PASS" : "MISS"});
        summary.add(new String[]{"  same: p50 / p95 / max", ms(seq.pct(50)) + " / " + ms(seq.pct(95)) + " / " + ms(seq.max()) + " ms",
                "", "info"});
        summary.add(new String[]{"  same SQL over JDBC without the platform: p50 / p99", ms(direct.pct(50)) + " / " + ms(direct.pct(99)) + " ms",
                "", "info"});
        if (errors > 0) notes.add("The expiring view answered " + errors + " of " + requests + " sequential requests with an error: " + firstError);

        // the fixed cost of any authenticated request, for comparison
        Lat me = new Lat();
        for (int i = 0; i < 220; i++) {
            Reply r = send("GET", "/auth/me", token, null);
            if (i >= 20 && r.status == 200) me.add(r.nanos);
        }
        System.out.println("for comparison, GET /auth/me (authenticated, one user row), 200 sequential after 20 warm-up: " + me.line());
        summary.add(new String[]{"  for comparison: GET /auth/me p50 / p99", ms(me.pct(50)) + " / " + ms(me.pct(99)) + " ms", "", "info"});

        // the same with several clients at once
        int perClient = Math.max(1, (requests * 2) / clients);
        Lat[] lats = new Lat[clients];
        AtomicInteger cErrors = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> ts = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            Lat l = lats[t] = new Lat();
            Thread th = new Thread(() -> {
                try {
                    for (int i = 0; i < 10; i++) send("GET", "/live-seizure/seizures/expiring?days=30", token, null);
                    go.await();
                    for (int i = 0; i < perClient; i++) {
                        Reply r = send("GET", "/live-seizure/seizures/expiring?days=30", token, null);
                        if (r.status == 200) l.add(r.nanos);
                        else cErrors.incrementAndGet();
                    }
                } catch (Exception e) {
                    cErrors.incrementAndGet();
                }
            });
            ts.add(th);
            th.start();
        }
        Thread.sleep(2000);
        quietWait();
        Cpu d0 = procs.cpu();
        long t1 = System.nanoTime();
        go.countDown();
        for (Thread th : ts) th.join();
        double wall2 = secs(t1);
        Cpu d1 = procs.cpu();
        Lat all = Lat.merge(lats);
        System.out.printf("%d concurrent clients: %d requests each (after 10 warm-up each) in %.1f s: %.0f req/s, %d errors%n",
                clients, perClient, wall2, all.count() / wall2, cErrors.get());
        System.out.println("  latency " + all.line());
        System.out.println("  CPU meanwhile: " + procs.report(d0, d1));
        summary.add(new String[]{"Expiring view, " + clients + " concurrent clients: p99 (p50), throughput",
                ms(all.pct(99)) + " ms (" + ms(all.pct(50)) + "), " + String.format(Locale.ROOT, "%.0f req/s", all.count() / wall2),
                "(< 50 ms)", all.count() == 0 ? "no answer" : all.pct(99) < TARGET_P99_MS ? "info: under 50" : "info: over 50"});
        return token;
    }

    static String explainText(String court, LocalDate until) {
        return EXPIRING_SQL.replaceFirst("\\?", "'" + court + "'").replaceFirst("\\?", "'" + until + "'");
    }

    // ---------------------------------------------------------------- phase 3: inspections

    void inspections(String token) throws Exception {
        int n = o.integer("seizures", 20);
        int warm = o.integer("warmup", 5);
        int duration = o.integer("duration", 30);
        List<Integer> threadCounts = Arrays.stream(o.get("threads", "4,16").split(",")).map(String::strip)
                .map(Integer::parseInt).collect(Collectors.toList());
        title("3. POST /live-seizure/seizures/{id}/inspections at sustained load");
        long t0 = System.nanoTime();
        List<long[]> seizures = new ArrayList<>(); // {seizureId, lotId, count}
        Lat setup = new Lat();
        for (int k = 1; k <= n; k++) {
            String number = "（" + today.getYear() + "）黑0230执" + (900_000 + k) + "号";
            Reply c = expect(send("POST", "/cases", token, Map.of("caseNumber", number, "applicant", "基准测试饲料店",
                    "respondent", "基准测试养殖户" + k, "amountOwedFen", 5_000_000)), 201, setup);
            long caseId = c.num("id");
            Reply lot = expect(send("POST", "/live-seizure/cases/" + caseId + "/lots", token, Map.of("label", k + "号圈 育肥猪",
                    "unit", "头", "count", 30, "ageMonths", 3, "valuePerUnitFen", 200_000, "health", "健康")), 201, setup);
            long lotId = lot.num("id");
            Reply prop = expect(send("POST", "/live-seizure/cases/" + caseId + "/seizures", token, Map.of("items",
                    Map.of(String.valueOf(lotId), 20), "confirmWarnings", true, "reason", "基准测试活封")), 201, setup);
            long seizureId = ((Number) ((Map<?, ?>) prop.map().get("seizure")).get("id")).longValue();
            Reply act = expect(send("POST", "/live-seizure/seizures/" + seizureId + "/activate", token, Map.of()), 200, setup);
            if (!"ACTIVE".equals(act.map().get("state"))) throw new IllegalStateException("not active after activate: " + act);
            seizures.add(new long[]{seizureId, lotId, 20});
        }
        System.out.printf("set up %d cases, lots and active seizures in %s through the API in %.1f s (%d calls, %s)%n", n,
                o.get("court", "hlj-kedong"), secs(t0), setup.count(), setup.line());
        System.out.printf("seizure ids %d..%d (allocated by the platform above the loaded range)%n", seizures.get(0)[0],
                seizures.get(seizures.size() - 1)[0]);
        for (int threads : threadCounts) {
            inspectionRun(token, seizures, threads, warm, duration);
        }
        System.out.println();
        long tv = System.nanoTime();
        Reply v = send("GET", "/admin/courts/" + o.get("court", "hlj-kedong") + "/audit/verify", adminToken, null);
        System.out.printf("audit chain of %s after the load (GET /admin/courts/%s/audit/verify, %.1f s): %s%n", o.get("court", "hlj-kedong"),
                o.get("court", "hlj-kedong"), secs(tv), v);
        if (v.status != 200 || !v.body.contains("\"intact\":true")) notes.add("The audit chain check after the load did not answer intact: " + v);
    }

    void inspectionRun(String token, List<long[]> seizures, int threads, int warm, int duration) throws Exception {
        System.out.println();
        System.out.println(threads + " client threads, closed loop, each request on a random one of the " + seizures.size()
                + " seizures; " + warm + " s warm-up, " + duration + " s measured");
        long before = scalar("SELECT COUNT(*) FROM seizure_inspection");
        quietWait();
        Lat[] lats = new Lat[threads];
        Map<String, AtomicInteger> errorKinds = new ConcurrentHashMap<>();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger created = new AtomicInteger();
        AtomicInteger sent = new AtomicInteger();
        Map<String, String> sampleError = new ConcurrentHashMap<>();
        long start = System.nanoTime() + 200_000_000L;
        long windowStart = start + warm * 1_000_000_000L;
        long windowEnd = windowStart + duration * 1_000_000_000L;
        Cpu[] cpu = new Cpu[2];
        List<Thread> ts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Lat l = lats[t] = new Lat();
            String inspectors = "基准测试员" + t;
            Thread th = new Thread(() -> {
                while (System.nanoTime() < start) Thread.onSpinWait();
                while (true) {
                    long now = System.nanoTime();
                    if (now >= windowEnd) break;
                    long[] s = seizures.get(ThreadLocalRandom.current().nextInt(seizures.size()));
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("date", today.toString());
                    body.put("inspectors", inspectors);
                    body.put("applicantPresent", true);
                    body.put("counts", Map.of(String.valueOf(s[1]), s[2]));
                    Reply r = sendQuietly("POST", "/live-seizure/seizures/" + s[0] + "/inspections", token, body);
                    long end = System.nanoTime();
                    boolean inWindow = now >= windowStart && end <= windowEnd;
                    if (r != null && r.status == 201) created.incrementAndGet();
                    if (!inWindow) continue;
                    sent.incrementAndGet();
                    if (r != null && r.status == 201) {
                        ok.incrementAndGet();
                        l.add(r.nanos);
                    } else if (r != null && r.status == 409) {
                        conflicts.incrementAndGet();
                        String key = "409 " + r.code();
                        errorKinds.computeIfAbsent(key, x -> new AtomicInteger()).incrementAndGet();
                        sampleError.putIfAbsent(key, r.toString());
                    } else {
                        errors.incrementAndGet();
                        String key = r == null ? "I/O error" : r.status + " " + r.code();
                        errorKinds.computeIfAbsent(key, x -> new AtomicInteger()).incrementAndGet();
                        sampleError.putIfAbsent(key, r == null ? "no answer" : r.toString());
                    }
                }
            }, "inspector-" + t);
            ts.add(th);
            th.start();
        }
        Thread sampler = new Thread(() -> {
            try {
                sleepUntil(windowStart);
                cpu[0] = procs.cpu();
                sleepUntil(windowEnd);
                cpu[1] = procs.cpu();
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        });
        sampler.start();
        for (Thread th : ts) th.join();
        sampler.join();
        Lat all = Lat.merge(lats);
        long after = scalar("SELECT COUNT(*) FROM seizure_inspection");
        double rps = ok.get() / (double) duration;
        System.out.printf("  %d requests completed in the %d s window: %d x 201 (%.1f requests/s), %d conflicts (409), %d other errors%n",
                sent.get(), duration, ok.get(), rps, conflicts.get(), errors.get());
        System.out.println("  latency of the 201s " + all.line());
        errorKinds.forEach((k, v) -> System.out.println("  " + v.get() + " x " + k + "   e.g. " + sampleError.get(k)));
        System.out.println("  CPU in the window: " + (cpu[0] == null || cpu[1] == null ? "?" : procs.report(cpu[0], cpu[1])));
        System.out.println("  rows in seizure_inspection: +" + (after - before) + ", 201 answers over the whole run (incl. warm-up): "
                + created.get() + (after - before == created.get() ? "" : "  <-- DIFFERENT"));
        if (after - before != created.get()) {
            notes.add(threads + " inspection threads: " + created.get() + " answered 201 but " + (after - before) + " rows were written.");
        }
        summary.add(new String[]{"Inspections, " + threads + " threads: requests/s, p50 / p99",
                String.format(Locale.ROOT, "%.1f/s, %s / %s ms", rps, ms(all.pct(50)), ms(all.pct(99))), "-", "info"});
        summary.add(new String[]{"  same: errors, conflicts (409)", errors.get() + " errors, " + conflicts.get() + " conflicts"
                + " of " + sent.get(), "-", errors.get() == 0 ? "info" : "info: ERRORS"});
        if (errors.get() > 0) notes.add(threads + " inspection threads: " + errors.get() + " errors: " + errorKinds.keySet());
    }

    Reply expect(Reply r, int status, Lat lat) {
        if (r.status != status) throw new IllegalStateException("expected " + status + ": " + r);
        lat.add(r.nanos);
        return r;
    }

    // ---------------------------------------------------------------- karaf.log and summary

    void karafLog() throws IOException {
        title("Karaf log");
        Path log = home.resolve("data/log/karaf.log");
        if (!Files.exists(log)) {
            System.out.println("no " + log);
            return;
        }
        Map<String, Integer> seen = new LinkedHashMap<>();
        int warn = 0;
        int error = 0;
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            String[] parts = line.split("\\|");
            if (parts.length < 6) continue;
            String level = parts[1].strip();
            if (!level.equals("WARN") && !level.equals("ERROR")) continue;
            if (level.equals("WARN")) warn++;
            else error++;
            String msg = level + " " + parts[3].strip() + ": " + String.join("|", Arrays.copyOfRange(parts, 5, parts.length)).strip();
            msg = msg.replaceAll("\\d{6,}", "N");
            if (msg.length() > 240) msg = msg.substring(0, 240) + "…";
            seen.merge(msg, 1, Integer::sum);
        }
        System.out.println(log + ": " + error + " ERROR, " + warn + " WARN line(s)");
        seen.entrySet().stream().limit(12).forEach(e -> System.out.println("  " + e.getValue() + " x " + e.getKey()));
        if (error > 0) notes.add("karaf.log has " + error + " ERROR line(s); see the 'Karaf log' section above.");
    }

    void printSummary(double totalSecs) {
        title("Summary");
        StringBuilder sb = new StringBuilder();
        sb.append("Live-seizure benchmark, ").append(LocalDateTime.now().withNano(0)).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" CPU(s), MariaDB, ")
                .append(String.format(Locale.ROOT, "run took %.0f s%n", totalSecs));
        int w0 = "Figure".length(), w1 = "Value".length(), w2 = "Target".length();
        for (String[] r : summary) {
            w0 = Math.max(w0, r[0].length());
            w1 = Math.max(w1, r[1].length());
            w2 = Math.max(w2, r[2].length());
        }
        String f = "%-" + w0 + "s | %-" + w1 + "s | %-" + w2 + "s | %s%n";
        sb.append(String.format(Locale.ROOT, f, "Figure", "Value", "Target", "Result"));
        sb.append("-".repeat(w0)).append("-+-").append("-".repeat(w1)).append("-+-").append("-".repeat(w2)).append("-+-------\n");
        for (String[] r : summary) sb.append(String.format(Locale.ROOT, f, (Object[]) r));
        notes.add(0, "Client, platform and MariaDB share the machine; the load generator takes CPU the server would otherwise have. "
                + String.format(Locale.ROOT, "CPU used by other processes peaked at %.2f of %d CPUs during the timed windows",
                maxOthersCpu, Runtime.getRuntime().availableProcessors())
                + (maxOthersCpu > 0.15 ? " (a busy machine: repeat on a quiet one for firm figures)." : "."));
        sb.append("\nNotes:\n");
        for (String n : notes) sb.append("- ").append(n).append('\n');
        System.out.print(sb);
        String result = o.get("result", null);
        if (result != null) {
            try {
                Path p = Path.of(result);
                Files.createDirectories(p.toAbsolutePath().getParent());
                Files.writeString(p, sb.toString(), StandardCharsets.UTF_8);
                System.out.println("\nsummary written to " + p);
            } catch (IOException e) {
                System.out.println("could not write " + result + ": " + e);
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    /** Waits up to --quiet-wait seconds until other processes use less than 0.15 CPU over a second. */
    void quietWait() throws InterruptedException {
        int max = o.integer("quiet-wait", 20);
        long end = System.nanoTime() + max * 1_000_000_000L;
        double others = 0;
        while (true) {
            Cpu a = procs.cpu();
            Thread.sleep(1000);
            others = procs.others(a, procs.cpu());
            if (others < 0.15 || System.nanoTime() >= end) break;
        }
        if (others >= 0.15 && max > 0) System.out.printf("  (machine not quiet: other processes use %.2f CPU; measuring anyway)%n", others);
    }

    Connection db() throws SQLException {
        return DriverManager.getConnection(o.dbUrl());
    }

    long scalar(String sql) throws SQLException {
        try (Connection c = db(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    static void printTable(ResultSet r, String indent) throws SQLException {
        ResultSetMetaData md = r.getMetaData();
        List<String[]> rows = new ArrayList<>();
        String[] head = new String[md.getColumnCount()];
        for (int i = 0; i < head.length; i++) head[i] = md.getColumnLabel(i + 1);
        rows.add(head);
        while (r.next()) {
            String[] row = new String[head.length];
            for (int i = 0; i < head.length; i++) row[i] = String.valueOf(r.getString(i + 1));
            rows.add(row);
        }
        int[] w = new int[head.length];
        for (String[] row : rows) for (int i = 0; i < w.length; i++) w[i] = Math.max(w[i], row[i].length());
        for (String[] row : rows) {
            StringBuilder sb = new StringBuilder(indent);
            for (int i = 0; i < w.length; i++) sb.append(String.format("%-" + w[i] + "s", row[i])).append(i + 1 < w.length ? " | " : "");
            System.out.println(sb.toString().stripTrailing());
        }
    }

    Reply send(String method, String path, String token, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (token != null) b.header("Authorization", "Bearer " + token);
        if (body != null) {
            b.header("Content-Type", "application/json");
            b.method(method, HttpRequest.BodyPublishers.ofString(Json.write(body), StandardCharsets.UTF_8));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpRequest req = b.build();
        long t = System.nanoTime();
        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(r.statusCode(), r.body(), System.nanoTime() - t);
    }

    /** As send, but null instead of an exception when the server does not answer. */
    Reply sendQuietly(String method, String path, String token, Object body) {
        try {
            return send(method, path, token, body);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    interface Check {
        boolean ok() throws Exception;
    }

    static void waitUntil(String what, int seconds, Check check) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (!check.ok()) {
            if (System.nanoTime() > end) throw new IllegalStateException("timed out after " + seconds + " s waiting until " + what);
            Thread.sleep(250);
        }
    }

    static void sleepUntil(long nanoTime) throws InterruptedException {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) Thread.sleep(Math.max(1, Math.min(left / 1_000_000, 200)));
    }

    static double secs(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    static String ms(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, v < 10 ? "%.2f" : "%.1f", v);
    }

    static String fmt(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static void title(String t) {
        System.out.println();
        System.out.println("== " + t + " " + "=".repeat(Math.max(3, 90 - t.length())));
    }

    /** One HTTP answer. */
    record Reply(int status, String body, long nanos) {
        Object json() {
            return Json.parse(body);
        }

        Map<?, ?> map() {
            return (Map<?, ?>) json();
        }

        List<?> list() {
            return (List<?>) json();
        }

        long num(String key) {
            return ((Number) map().get(key)).longValue();
        }

        String code() {
            try {
                Object c = body == null || !body.startsWith("{") ? null : map().get("code");
                return c == null ? "" : c.toString();
            } catch (RuntimeException e) {
                return "";
            }
        }

        @Override
        public String toString() {
            String b = body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
            return "HTTP " + status + " " + b;
        }
    }

    /** Latencies in nanoseconds of one thread; merged afterwards. */
    static final class Lat {
        long[] v = new long[1024];
        int n;

        void add(long nanos) {
            if (n == v.length) v = Arrays.copyOf(v, n * 2);
            v[n++] = nanos;
        }

        int count() {
            return n;
        }

        static Lat merge(Lat... parts) {
            Lat all = new Lat();
            for (Lat p : parts) for (int i = 0; i < p.n; i++) all.add(p.v[i]);
            return all;
        }

        /** Nearest-rank percentile in ms. */
        double pct(double p) {
            if (n == 0) return Double.NaN;
            long[] s = Arrays.copyOf(v, n);
            Arrays.sort(s);
            int idx = (int) Math.ceil(p / 100.0 * n) - 1;
            return s[Math.max(0, Math.min(n - 1, idx))] / 1e6;
        }

        double max() {
            return pct(100);
        }

        double mean() {
            if (n == 0) return Double.NaN;
            double sum = 0;
            for (int i = 0; i < n; i++) sum += v[i];
            return sum / n / 1e6;
        }

        String line() {
            return String.format(Locale.ROOT, "n=%d  p50 %s  p95 %s  p99 %s  max %s  mean %s ms", n, ms(pct(50)), ms(pct(95)),
                    ms(pct(99)), ms(max()), ms(mean()));
        }
    }

    /** CPU ticks (1/100 s) of the whole machine and of Karaf, MariaDB and this program. */
    record Cpu(long busy, long karaf, long db, long self, long nanos) {
    }

    /** Reads /proc: who is who, and their CPU time. */
    final class Procs {
        final long launcherPid;
        long karafPid = -1;
        long dbPid = -1;

        Procs(long launcherPid) {
            this.launcherPid = launcherPid;
            this.dbPid = findDb();
        }

        void resolveKaraf() {
            if (launcherPid <= 0) return;
            Optional<ProcessHandle> launcher = ProcessHandle.of(launcherPid);
            if (launcher.isEmpty()) return;
            if (launcher.get().info().command().orElse("").endsWith("/java")) {
                karafPid = launcherPid;
                return;
            }
            karafPid = launcher.get().descendants().filter(p -> p.info().command().orElse("").endsWith("/java"))
                    .mapToLong(ProcessHandle::pid).findFirst().orElse(-1);
        }

        long findDb() {
            try (Stream<Path> ps = Files.list(Path.of("/proc"))) {
                for (Path p : ps.filter(x -> x.getFileName().toString().matches("\\d+")).collect(Collectors.toList())) {
                    try {
                        String comm = Files.readString(p.resolve("comm")).strip();
                        if (comm.equals("mariadbd") || comm.equals("mysqld")) return Long.parseLong(p.getFileName().toString());
                    } catch (IOException ignored) {
                        // gone
                    }
                }
            } catch (IOException ignored) {
                // no /proc
            }
            return -1;
        }

        Cpu cpu() {
            return new Cpu(machineBusy(), ticks(karafPid), ticks(dbPid), ticks(ProcessHandle.current().pid()), System.nanoTime());
        }

        double others(Cpu a, Cpu b) {
            double s = (b.nanos - a.nanos) / 1e9;
            long o = (b.busy - a.busy) - (b.karaf - a.karaf) - (b.db - a.db) - (b.self - a.self);
            return Math.max(0, o) / 100.0 / s;
        }

        String report(Cpu a, Cpu b) {
            double s = (b.nanos - a.nanos) / 1e9;
            double others = others(a, b);
            if (s >= 2) maxOthersCpu = Math.max(maxOthersCpu, others);
            return String.format(Locale.ROOT, "Karaf %.2f, MariaDB %.2f, bench client %.2f, other processes %.2f CPU",
                    (b.karaf - a.karaf) / 100.0 / s, (b.db - a.db) / 100.0 / s, (b.self - a.self) / 100.0 / s, others);
        }

        static long machineBusy() {
            try {
                String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                // cpu user nice system idle iowait irq softirq steal
                return Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]) + Long.parseLong(f[6])
                        + Long.parseLong(f[7]) + (f.length > 8 ? Long.parseLong(f[8]) : 0);
            } catch (IOException | RuntimeException e) {
                return 0;
            }
        }

        static long ticks(long pid) {
            if (pid <= 0) return 0;
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
            } catch (IOException | RuntimeException e) {
                return 0;
            }
        }

        static String loadAvg() {
            try {
                return Files.readString(Path.of("/proc/loadavg")).trim();
            } catch (IOException e) {
                return "?";
            }
        }

        static long memTotalMiB() {
            try {
                for (String l : Files.readAllLines(Path.of("/proc/meminfo"))) {
                    if (l.startsWith("MemTotal:")) return Long.parseLong(l.replaceAll("\\D", "")) / 1024;
                }
            } catch (IOException | RuntimeException ignored) {
                // not Linux
            }
            return -1;
        }

        /** Java processes other than this one, described by main class or jar and karaf.base. */
        static List<String> otherJvms(Procs self) {
            List<String> out = new ArrayList<>();
            long me = ProcessHandle.current().pid();
            ProcessHandle.allProcesses().forEach(p -> {
                if (p.pid() == me || p.pid() == self.karafPid || !p.info().command().orElse("").endsWith("/java")) return;
                String[] args = p.info().arguments().orElse(new String[0]);
                String what = "?";
                String karafBase = null;
                for (int i = 0; i < args.length; i++) {
                    if (args[i].startsWith("-Dkaraf.base=")) karafBase = args[i].substring(13);
                    if (args[i].equals("-jar") && i + 1 < args.length) what = "-jar " + Path.of(args[i + 1]).getFileName();
                    if (!args[i].startsWith("-") && (i == 0 || !args[i - 1].matches("-cp|-classpath|--class-path|-jar"))
                            && what.equals("?")) what = args[i];
                }
                if (what.length() > 70) what = what.substring(0, 70) + "…";
                out.add("pid " + p.pid() + ": " + what + (karafBase == null ? "" : " (karaf.base " + karafBase + ")"));
            });
            return out;
        }
    }

    /** Options as --key value or --key=value. */
    static final class Opts {
        final Map<String, String> m = new TreeMap<>();

        static Opts parse(String[] args) {
            Opts o = new Opts();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (!a.startsWith("--")) throw new IllegalArgumentException("unexpected argument " + a);
                int eq = a.indexOf('=');
                if (eq > 0) o.m.put(a.substring(2, eq), a.substring(eq + 1));
                else if (i + 1 < args.length && !args[i + 1].startsWith("--")) o.m.put(a.substring(2), args[++i]);
                else o.m.put(a.substring(2), "true");
            }
            return o;
        }

        String get(String k, String def) {
            return m.getOrDefault(k, def);
        }

        String req(String k) {
            String v = m.get(k);
            if (v == null) throw new IllegalArgumentException("--" + k + " is required");
            return v;
        }

        int integer(String k, int def) {
            return m.containsKey(k) ? Integer.parseInt(m.get(k)) : def;
        }

        long longValue(String k, long def) {
            return m.containsKey(k) ? Long.parseLong(m.get(k)) : def;
        }

        String dbName() {
            String db = get("db", "cep_bench");
            if (!db.matches("[a-z][a-z0-9_]{0,63}")) throw new IllegalArgumentException("bad database name " + db);
            return db;
        }

        String serverUrl(String database) {
            return "jdbc:mariadb://" + get("db-host", "127.0.0.1") + ":" + get("db-port", "3306") + "/" + database
                    + "?user=" + get("db-user", "root") + "&password=" + get("db-password", "");
        }

        String dbUrl() {
            return serverUrl(dbName());
        }
    }

    /** Just enough JSON: objects, arrays, strings, numbers, booleans, null. */
    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Object parse(String text) {
            Json p = new Json(text);
            p.ws();
            Object v = p.value();
            p.ws();
            if (p.i != text.length()) throw p.err("trailing characters");
            return v;
        }

        private Object value() {
            if (i >= s.length()) throw err("unexpected end");
            char c = s.charAt(i);
            switch (c) {
                case '{':
                    return object();
                case '[':
                    return array();
                case '"':
                    return string();
                case 't':
                    return literal("true", Boolean.TRUE);
                case 'f':
                    return literal("false", Boolean.FALSE);
                case 'n':
                    return literal("null", null);
                default:
                    return number();
            }
        }

        private Map<String, Object> object() {
            Map<String, Object> m = new LinkedHashMap<>();
            i++;
            ws();
            if (peek() == '}') {
                i++;
                return m;
            }
            while (true) {
                ws();
                String k = string();
                ws();
                if (s.charAt(i++) != ':') throw err("':' expected");
                ws();
                m.put(k, value());
                ws();
                char c = s.charAt(i++);
                if (c == '}') return m;
                if (c != ',') throw err("',' or '}' expected");
            }
        }

        private List<Object> array() {
            List<Object> l = new ArrayList<>();
            i++;
            ws();
            if (peek() == ']') {
                i++;
                return l;
            }
            while (true) {
                ws();
                l.add(value());
                ws();
                char c = s.charAt(i++);
                if (c == ']') return l;
                if (c != ',') throw err("',' or ']' expected");
            }
        }

        private String string() {
            if (s.charAt(i) != '"') throw err("string expected");
            i++;
            StringBuilder sb = new StringBuilder();
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') return sb.toString();
                if (c != '\\') {
                    sb.append(c);
                    continue;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'u' -> {
                        sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> sb.append(e);
                }
            }
        }

        private Number number() {
            int st = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) i++;
            String t = s.substring(st, i);
            if (t.isEmpty()) throw err("value expected");
            if (t.contains(".") || t.contains("e") || t.contains("E")) return Double.parseDouble(t);
            return Long.parseLong(t);
        }

        private Object literal(String word, Object v) {
            if (!s.startsWith(word, i)) throw err(word + " expected");
            i += word.length();
            return v;
        }

        private char peek() {
            return i < s.length() ? s.charAt(i) : '\0';
        }

        private void ws() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        }

        private IllegalArgumentException err(String what) {
            return new IllegalArgumentException("JSON: " + what + " at " + i);
        }

        static String write(Object v) {
            StringBuilder sb = new StringBuilder();
            write(sb, v);
            return sb.toString();
        }

        private static void write(StringBuilder sb, Object v) {
            if (v == null) {
                sb.append("null");
            } else if (v instanceof Map<?, ?> m) {
                sb.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    if (!first) sb.append(',');
                    first = false;
                    quote(sb, String.valueOf(e.getKey()));
                    sb.append(':');
                    write(sb, e.getValue());
                }
                sb.append('}');
            } else if (v instanceof List<?> l) {
                sb.append('[');
                for (int k = 0; k < l.size(); k++) {
                    if (k > 0) sb.append(',');
                    write(sb, l.get(k));
                }
                sb.append(']');
            } else if (v instanceof Number || v instanceof Boolean) {
                sb.append(v);
            } else {
                quote(sb, v.toString());
            }
        }

        private static void quote(StringBuilder sb, String t) {
            sb.append('"');
            for (int k = 0; k < t.length(); k++) {
                char c = t.charAt(k);
                switch (c) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    case '\t' -> sb.append("\\t");
                    default -> {
                        if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                        else sb.append(c);
                    }
                }
            }
            sb.append('"');
        }
    }
}
