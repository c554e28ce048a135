package seizure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Phase 0: the header, then waiting until the platform is healthy, the admin can log in and all courts are applied. */
final class Platform extends SeizureRun {
    Platform(SeizureRun run) {
        super(run);
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

    /** Health, admin login, all court files applied; returns the ids of active courts with live-seizure. */
    List<String> waitForPlatform() throws Exception {
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
        waitUntil("admin can log in", 300, () -> {
            Reply r = sendQuietly("POST", "/auth/login", null, Map.of("courtId", "hlj-high", "username", "admin", "password", password));
            if (r != null && r.status() == 200) adminToken = (String) r.map().get("token");
            return adminToken != null;
        });
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
}
