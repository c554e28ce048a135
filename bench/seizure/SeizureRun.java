package seizure;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import common.Json;
import seizure.Procs.Cpu;

/**
 * What the steps of the measure run share: options, the REST client, the database, the /proc readings, the summary
 * rows and notes, and small helpers. Each phase is a SeizureRun made from the one before ({@link #SeizureRun(SeizureRun)}).
 */
class SeizureRun {
    static final ZoneId COURT_ZONE = ZoneId.of("Asia/Shanghai");
    static final List<String> IN_FORCE = List.of("ACTIVE", "SALE_REPORTED", "SALE_APPROVED", "VIOLATION");
    static final long FIRST_ID = 10_000_000L;
    static final double TARGET_P99_MS = 50.0;
    static final String EXPIRING_SQL = "SELECT * FROM seizure WHERE tenant_id = ? AND state IN ('ACTIVE','SALE_REPORTED',"
            + "'SALE_APPROVED','VIOLATION') AND expiry_date <= ? ORDER BY expiry_date, id LIMIT 1000";

    final Opts o;
    final Path home;
    final String base;
    final HttpClient http;
    final LocalDate today;
    final Procs procs;
    final List<String[]> summary;
    final List<String> notes;
    String adminToken;

    SeizureRun(Opts o) {
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
    SeizureRun(SeizureRun run) {
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
}
