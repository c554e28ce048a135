package writepath;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import common.ClosedLoop;
import common.CourtFiles;
import common.KarafRun;
import common.Opts;
import common.PlainHttp;
import common.Reply;

/**
 * The audited write path against its own database's ceiling, in one run (issue 13):
 *
 * <pre>
 *   1. REST: clients POST /api/v1/cases (a case and its audit entry, one transaction) in --courts courts
 *   2. raw:  the same clients send the same SQL over plain JDBC, one transaction per write:
 *            lock the court's audit head, insert the case row, insert the audit entry, move the head, commit
 * </pre>
 *
 * and prints both rates and their ratio. The raw rows go to courts of their own ("raw-…" tenant and audit ids that no
 * court has), deleted afterwards, so the platform's chains stay intact.
 */
public class WritePathBench extends KarafRun {
    public static void main(String[] args) {
        main("writepath-bench", "WritePathBench prepare --home DIST [--courts 8] | measure --home DIST --port P [--threads 16]"
                        + " [--warmup 5] [--duration 30] [--rounds 3]", args,
                o -> CourtFiles.prepareBasicCourts(o, "bench-w", "live-seizure", "bench/writepath/WritePathBench.java"),
                o -> new WritePathBench(o).measure());
    }

    WritePathBench(Opts o) {
        super(o);
    }

    int measure() {
        return measureAll("Write-path benchmark", () -> {
            header("Write-path benchmark");
            List<String> courts = waitForPlatform("live-seizure", "SELECT COUNT(*) FROM enforcement_case", "bench-w%");
            int threads = o.integer("threads", 16);
            int warm = o.integer("warmup", 5);
            int duration = o.integer("duration", 30);
            int rounds = o.integer("rounds", 3);
            List<String> tokens = new ArrayList<>();
            for (String court : courts) tokens.add(officerToken(court));
            title("1-2. REST writes (POST /cases) and the same SQL over JDBC, " + threads + " clients, " + courts.size()
                    + " courts, " + rounds + " round(s) of " + warm + " s warm-up + " + duration + " s");
            List<Double> ratios = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                double rest = rest(courts, tokens, threads, warm, duration, round);
                double raw = raw(courts.size(), threads, warm, duration, round);
                double ratio = rest / raw;
                ratios.add(ratio);
                System.out.printf(Locale.ROOT, "round %d: REST %.0f writes/s, raw SQL %.0f transactions/s, ratio %.1f %%%n", round, rest, raw,
                        100 * ratio);
                summary.add(new String[]{"Round " + round + ": REST writes/s, raw SQL tx/s, ratio",
                        String.format(Locale.ROOT, "%.0f, %.0f, %.1f %%", rest, raw, 100 * ratio), ">= 50 %", ratio >= 0.5 ? "met" : "NOT MET"});
            }
            ratios.sort(Double::compare);
            double median = ratios.get(ratios.size() / 2);
            summary.add(new String[]{"Median ratio of " + rounds + " rounds", String.format(Locale.ROOT, "%.1f %%", 100 * median), ">= 50 %",
                    median >= 0.5 ? "met" : "NOT MET"});
            Reply v = send("GET", "/admin/courts/" + courts.get(0) + "/audit/verify", adminToken, null);
            System.out.println("audit chain of " + courts.get(0) + " after the load: " + v);
            if (v.status() != 200 || !v.body().contains("\"intact\":true")) notes.add("The audit chain after the load is not intact: " + v);
        });
    }

    private String officerToken(String court) throws Exception {
        return userToken(court, "wp-officer", "enforcement-officer", "写入基准 执行干警");
    }

    // the database is made afresh for each run; a case number's sequence has at most 7 digits
    private static final AtomicLong NUMBER = new AtomicLong(1_000_000);

    private double rest(List<String> courts, List<String> tokens, int threads, int warm, int duration, int round) throws Exception {
        quietWait();
        // one kept-alive socket per client (PlainHttp): Java's HttpClient took 0.4-0.5 of the two CPUs at these rates
        PlainHttp[] clients = new PlainHttp[threads];
        for (int t = 0; t < threads; t++) clients[t] = new PlainHttp(base);
        ClosedLoop run;
        try {
            run = ClosedLoop.run(procs, threads, warm, duration, 201, t -> {
                int i = ThreadLocalRandom.current().nextInt(courts.size());
                String number = "（2026）黑0230执" + NUMBER.incrementAndGet() + "号";
                try {
                    return clients[t].send("POST", "/cases", tokens.get(i), "{\"caseNumber\":\"" + number
                            + "\",\"applicant\":\"基准测试申请人\",\"respondent\":\"基准测试被执行人\",\"amountOwedFen\":1234500}");
                } catch (java.io.IOException e) {
                    return null; // counted as not answered, like sendQuietly
                }
            });
        } finally {
            for (PlainHttp c : clients) c.close();
        }
        System.out.printf(Locale.ROOT, "  REST  round %d: %d x 201 in %d s = %.1f/s, p50 %.1f ms, p99 %.1f ms, other answers %d; CPU %s%n", round,
                run.ok, duration, run.perSecond(), run.lat.pct(50), run.lat.pct(99), run.sent - run.ok, run.cpuReport(procs));
        if (run.sent != run.ok) run.printKinds();
        return run.perSecond();
    }

    private static final AtomicLong RAW_ID = new AtomicLong(9_000_000_000L);

    /** The SQL one audited case write sends, over JDBC, one transaction per write, in courts of their own. */
    private double raw(int courts, int threads, int warm, int duration, int round) throws Exception {
        String[] rawCourts = new String[courts];
        try (Connection c = db(); PreparedStatement head = c.prepareStatement(
                "INSERT INTO audit_head (court_id, last_seq, last_hash) VALUES (?, 0, ?)")) {
            for (int i = 0; i < courts; i++) {
                rawCourts[i] = "raw-" + round + "-" + i;
                head.setString(1, rawCourts[i]);
                head.setString(2, "0".repeat(64));
                head.addBatch();
            }
            head.executeBatch();
        }
        Connection[] conns = new Connection[threads];
        for (int t = 0; t < threads; t++) {
            conns[t] = db();
            conns[t].setAutoCommit(false);
        }
        quietWait();
        try {
            ClosedLoop run = ClosedLoop.run(procs, threads, warm, duration, 201, t -> {
                long t0 = System.nanoTime();
                rawWrite(conns[t], rawCourts[ThreadLocalRandom.current().nextInt(courts)]);
                return new Reply(201, "", System.nanoTime() - t0);
            });
            System.out.printf(Locale.ROOT, "  raw   round %d: %d transactions in %d s = %.1f/s, p50 %.1f ms, p99 %.1f ms; CPU %s%n", round,
                    run.ok, duration, run.perSecond(), run.lat.pct(50), run.lat.pct(99), run.cpuReport(procs));
            if (run.sent != run.ok) run.printKinds();
            return run.perSecond();
        } finally {
            for (Connection c : conns) c.close();
            try (Connection c = db(); PreparedStatement d1 = c.prepareStatement("DELETE FROM enforcement_case WHERE tenant_id LIKE 'raw-%'");
                 PreparedStatement d2 = c.prepareStatement("DELETE FROM audit_entry WHERE court_id LIKE 'raw-%'");
                 PreparedStatement d3 = c.prepareStatement("DELETE FROM audit_head WHERE court_id LIKE 'raw-%'")) {
                d1.executeUpdate();
                d2.executeUpdate();
                d3.executeUpdate();
            }
        }
    }

    private static void rawWrite(Connection c, String court) throws SQLException {
        try {
            long seq;
            String prev;
            try (PreparedStatement lock = c.prepareStatement("SELECT last_seq, last_hash FROM audit_head WHERE court_id = ? FOR UPDATE")) {
                lock.setString(1, court);
                try (ResultSet r = lock.executeQuery()) {
                    r.next();
                    seq = r.getLong(1) + 1;
                    prev = r.getString(2);
                }
            }
            long id = RAW_ID.incrementAndGet();
            long now = System.currentTimeMillis() * 1000;
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO enforcement_case (id, tenant_id, case_number, applicant, respondent,"
                    + " amount_owed_fen, status, created_micros, version) VALUES (?, ?, ?, ?, ?, ?, 'OPEN', ?, 1)")) {
                ins.setLong(1, id);
                ins.setString(2, court);
                ins.setString(3, "（2026）黑0230执" + id + "号");
                ins.setString(4, "基准测试申请人");
                ins.setString(5, "基准测试被执行人");
                ins.setLong(6, 1_234_500);
                ins.setLong(7, now);
                ins.executeUpdate();
            }
            String hash = Long.toHexString(id) + "0".repeat(64 - Long.toHexString(id).length());
            try (PreparedStatement audit = c.prepareStatement("INSERT INTO audit_entry (court_id, seq, at_micros, actor, action, target,"
                    + " request_id, detail, prev_hash, entry_hash) VALUES (?, ?, ?, ?, 'case.created', ?, ?, ?, ?, ?)")) {
                audit.setString(1, court);
                audit.setLong(2, seq);
                audit.setLong(3, now);
                audit.setString(4, "wp-officer@" + court);
                audit.setString(5, "case:" + id);
                audit.setString(6, java.util.UUID.randomUUID().toString());
                audit.setString(7, "caseNumber=（2026）黑0230执" + id + "号");
                audit.setString(8, prev);
                audit.setString(9, hash);
                audit.executeUpdate();
            }
            try (PreparedStatement move = c.prepareStatement("UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE court_id = ?")) {
                move.setLong(1, seq);
                move.setString(2, hash);
                move.setString(3, court);
                move.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        }
    }
}
