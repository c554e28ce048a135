package common;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import common.Procs.Cpu;

/**
 * What the benchmarks of an extracted distribution on MariaDB (run-seizure.sh, run-crossenf.sh) share: options,
 * the REST client, the database, the /proc readings, waiting for the platform, the summary rows and notes, the
 * Karaf log check and small helpers. Each phase is a KarafRun made from the one before ({@link #KarafRun(KarafRun)}).
 */
public class KarafRun {
    public static final ZoneId COURT_ZONE = ZoneId.of("Asia/Shanghai");

    public final Opts o;
    public final Path home;
    public final String base;
    public final HttpClient http;
    public final LocalDate today;
    public final Procs procs;
    public final List<String[]> summary;
    public final List<String> notes;
    public String adminToken;

    public KarafRun(Opts o) {
        this.o = o;
        this.home = Path.of(o.req("home"));
        this.base = "http://127.0.0.1:" + o.req("port") + "/api/v1";
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        this.today = LocalDate.now(COURT_ZONE);
        this.procs = new Procs(o.longValue("karaf-pid", -1));
        this.summary = new ArrayList<>();
        this.notes = new ArrayList<>();
    }

    /** The same run, for the next phase: shares options, client, court date, procs, summary, notes and admin token. */
    public KarafRun(KarafRun run) {
        this.o = run.o;
        this.home = run.home;
        this.base = run.base;
        this.http = run.http;
        this.today = run.today;
        this.procs = run.procs;
        this.summary = run.summary;
        this.notes = run.notes;
        this.adminToken = run.adminToken;
    }

    public interface PrepareStep {
        void run(Opts o) throws Exception;
    }

    public interface MeasureStep {
        int run(Opts o) throws Exception;
    }

    /** The main of a benchmark: "prepare" (before Karaf starts) or "measure"; exits 1 when a step aborts. */
    public static void main(String prog, String usage, String[] args, PrepareStep prepare, MeasureStep measure) {
        if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help")) {
            System.out.println("usage: " + usage + " (see bench/README.md)");
            return;
        }
        Opts o = Opts.parse(Arrays.copyOfRange(args, 1, args.length));
        try {
            switch (args[0]) {
                case "prepare" -> prepare.run(o);
                case "measure" -> System.exit(measure.run(o));
                default -> throw new IllegalArgumentException("unknown step " + args[0] + " (prepare or measure)");
            }
        } catch (Exception e) {
            System.out.println(prog + ": ABORTED: " + e);
            e.printStackTrace(System.out);
            System.exit(1);
        }
    }

    // ---------------------------------------------------------------- the platform

    public void header(String name) throws Exception {
        title(name);
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

    /**
     * Health, admin login, all court files applied, the capability's tables there (readySql answers a row);
     * returns the ids of active courts with the capability whose id matches courtIdLike (SQL LIKE).
     */
    public List<String> waitForPlatform(String capability, String readySql, String courtIdLike) throws Exception {
        title("0. Platform start");
        long start = System.nanoTime();
        waitUntil("GET /health answers UP", 600, () -> {
            if (procs.launcherPid > 0 && ProcessHandle.of(procs.launcherPid).map(p -> !p.isAlive()).orElse(true)) {
                throw new IllegalStateException("Karaf (launcher pid " + procs.launcherPid + ") has exited; see its console output");
            }
            Reply r = sendQuietly("GET", "/health", null, null);
            return r != null && r.status() == 200 && r.body().contains("\"UP\"");
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
        // the admin is made after the first scan of the court files; logging in before would count failures, and five
        // failures lock the name for 15 minutes: so wait for its row first, then log in
        waitUntil("the admin exists (app_user)", 300, () -> {
            try (Connection c = db(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT 1 FROM app_user WHERE court_id = 'hlj-high' AND username = 'admin'")) {
                return r.next();
            } catch (SQLException e) {
                return false;
            }
        });
        Reply login = send("POST", "/auth/login", null, Map.of("courtId", "hlj-high", "username", "admin", "password", password));
        if (login.status() != 200) throw new IllegalStateException("admin login: " + login);
        adminToken = (String) login.map().get("token");
        System.out.printf("admin logged in after %.1f s%n", secs(start));
        long files;
        try (Stream<Path> s = Files.list(home.resolve("tenant-config"))) {
            files = s.filter(p -> p.toString().endsWith(".court")).count();
        }
        waitUntil("GET /courts lists all " + files + " courts", 300, () -> {
            Reply r = sendQuietly("GET", "/courts", adminToken, null);
            if (r == null || r.status() != 200) return false;
            long active = r.list().stream().filter(c -> Boolean.TRUE.equals(((Map<?, ?>) c).get("active"))).count();
            return active >= files;
        });
        System.out.printf("all %d courts listed after %.1f s%n", files, secs(start));
        waitUntil("the tables of " + capability + " exist", 120, () -> {
            try (Connection c = db(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(readySql)) {
                return r.next();
            } catch (SQLException e) {
                return false;
            }
        });
        List<String> courts = new ArrayList<>();
        try (Connection c = db(); java.sql.PreparedStatement ps = c.prepareStatement(
                "SELECT cc.court_id FROM court_capability cc JOIN court c ON c.id = cc.court_id "
                        + "WHERE cc.capability_id = ? AND cc.enabled AND c.active AND cc.court_id LIKE ? ORDER BY cc.court_id")) {
            ps.setString(1, capability);
            ps.setString(2, courtIdLike);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) courts.add(r.getString(1));
            }
        }
        System.out.println("courts with " + capability + " switched on (court_capability)" + ("%".equals(courtIdLike) ? "" : ", id like '"
                + courtIdLike + "'") + ": " + courts.size());
        int want = o.integer("courts", 200);
        if (courts.size() != want) {
            notes.add("Expected " + want + " courts with " + capability + ", the database has " + courts.size() + "; rows spread over those.");
        }
        if (courts.isEmpty()) throw new IllegalStateException("no court has " + capability + " on");
        return courts;
    }

    /** The provincial admin creates a user with one role in a court (random strong password); returns its login token. */
    public String userToken(String court, String user, String role, String displayName) throws Exception {
        String password = "Bench-" + role.charAt(0) + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffL) + "#Q7";
        Reply created = send("POST", "/admin/courts/" + court + "/users", adminToken, Map.of("username", user,
                "displayName", displayName, "password", password, "roles", List.of(role)));
        if (created.status() != 201) throw new IllegalStateException("creating " + user + " in " + court + ": " + created);
        Reply login = send("POST", "/auth/login", null, Map.of("courtId", court, "username", user, "password", password));
        if (login.status() != 200) throw new IllegalStateException("login of " + user + ": " + login);
        return (String) login.map().get("token");
    }

    /** Waits up to --quiet-wait seconds until other processes use less than 0.15 CPU over a second. */
    public void quietWait() throws InterruptedException {
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

    // ---------------------------------------------------------------- database

    public Connection db() throws SQLException {
        return DriverManager.getConnection(o.dbUrl());
    }

    public long scalar(String sql) throws SQLException {
        try (Connection c = db(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    public static void printTable(ResultSet r, String indent) throws SQLException {
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

    /** ANALYZE TABLE for each table, with the time it took. */
    public void analyze(String... tables) throws SQLException {
        long ta = System.nanoTime();
        for (String t : tables) {
            try (Connection c = db(); Statement s = c.createStatement(); ResultSet r = s.executeQuery("ANALYZE TABLE " + t)) {
                while (r.next()) System.out.println("  ANALYZE TABLE " + t + ": " + r.getString("Msg_type") + " " + r.getString("Msg_text"));
            }
        }
        System.out.printf("  ANALYZE took %.1f s%n", secs(ta));
    }

    /** Moves a table generator's counter above the loaded ids, so that the platform's own ids never collide. */
    public void raiseSequence(String table, String name, long maxId) throws SQLException {
        long seq = (maxId / 1000 + 1) * 1000;
        try (Connection c = db(); java.sql.PreparedStatement ps = c.prepareStatement(
                "UPDATE " + table + " SET seq_count = GREATEST(seq_count, ?) WHERE seq_name = ?")) {
            ps.setLong(1, seq);
            ps.setString(2, name);
            ps.executeUpdate();
        }
        System.out.println("  " + table + " '" + name + "' set to " + scalar("SELECT seq_count FROM " + table + " WHERE seq_name = '" + name + "'")
                + " (max loaded id " + maxId + ")");
    }

    /** Data and index size of a table (InnoDB's estimate). */
    public void printSize(String table) throws SQLException {
        try (Connection c = db(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT data_length, index_length FROM information_schema.TABLES WHERE table_schema = DATABASE() AND table_name = '" + table + "'")) {
            if (r.next()) System.out.printf("  %s on disk (InnoDB estimate): data %,d MiB, indexes %,d MiB%n", table,
                    r.getLong(1) >> 20, r.getLong(2) >> 20);
        }
    }

    // ---------------------------------------------------------------- HTTP

    public Reply send(String method, String path, String token, Object body) throws IOException, InterruptedException {
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
    public Reply sendQuietly(String method, String path, String token, Object body) {
        try {
            return send(method, path, token, body);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    // ---------------------------------------------------------------- karaf.log and summary

    public void karafLog() throws IOException {
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

    /** The table of figures and the notes, to the console and to --result. */
    public void printSummary(String name, double totalSecs) {
        title("Summary");
        StringBuilder sb = new StringBuilder();
        sb.append(name).append(", ").append(LocalDateTime.now().withNano(0)).append(", ")
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
                procs.maxOthersCpu, Runtime.getRuntime().availableProcessors())
                + (procs.maxOthersCpu > 0.15 ? " (a busy machine: repeat on a quiet one for firm figures)." : "."));
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

    /** The measure step: the phases, then the Karaf log and the summary whatever happened; 0 or 1 (aborted). */
    public int measureAll(String name, Phases phases) {
        int rc = 0;
        long t0 = System.nanoTime();
        try {
            phases.run();
        } catch (Exception e) {
            rc = 1;
            System.out.println();
            System.out.println(name + ": ABORTED: " + e);
            e.printStackTrace(System.out);
            notes.add("The run was ABORTED: " + e);
        }
        try {
            karafLog();
        } catch (Exception e) {
            System.out.println("(could not read karaf.log: " + e + ")");
        }
        printSummary(name, (System.nanoTime() - t0) / 1e9);
        return rc;
    }

    public interface Phases {
        void run() throws Exception;
    }

    // ---------------------------------------------------------------- helpers

    public interface Check {
        boolean ok() throws Exception;
    }

    public static void waitUntil(String what, int seconds, Check check) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (!check.ok()) {
            if (System.nanoTime() > end) throw new IllegalStateException("timed out after " + seconds + " s waiting until " + what);
            Thread.sleep(250);
        }
    }

    public static void sleepUntil(long nanoTime) throws InterruptedException {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) Thread.sleep(Math.max(1, Math.min(left / 1_000_000, 200)));
    }

    public static double secs(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    public static String ms(double v) {
        return Stats.ms(v);
    }

    public static String fmt(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    public static void title(String t) {
        System.out.println();
        System.out.println("== " + t + " " + "=".repeat(Math.max(3, 90 - t.length())));
    }
}
