package training;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import common.ClosedLoop;
import common.KarafRun;
import common.Lat;
import common.Reply;

/**
 * Phase 2: GET /training/shared, the modules other courts share with one court, as its enforcement officer: one
 * client in sequence (the p99 target), then --list-threads clients at once. The query it rests on is shown with EXPLAIN.
 */
final class SharedListing extends KarafRun {
    static final String PATH = "/training/shared";

    SharedListing(KarafRun run) {
        super(run);
    }

    void run(String court, ShareLoad.Provinces p) throws Exception {
        title("2. GET " + PATH + " for one court (" + court + ", province of " + p.province(court).size() + " courts)");
        String officer = userToken(court, "tb-officer-list", "enforcement-officer", "执行员");
        explain(court);
        Reply first = send("GET", PATH, officer, null);
        if (first.status() != 200) throw new IllegalStateException(PATH + ": " + first);
        int items = first.list().size();
        long expected = p.sharedWith(court);
        System.out.printf("first answer: %s ms, %,d bytes, %,d modules listed (expected %,d: %d other courts x %d modules)%n",
                ms(first.nanos() / 1e6), first.bytes(), items, expected, p.province(court).size() - 1, p.modulesPerCourt());
        if (items != expected) notes.add("GET " + PATH + " listed " + items + " modules for " + court + "; " + expected + " are shared with it.");
        // warm up for as long as the other benchmarks do (10 s), so that the JIT has compiled the path before the window
        int warmup = o.integer("list-warmup", 10);
        long w0 = System.nanoTime();
        while (secs(w0) < warmup) send("GET", PATH, officer, null);
        quietWait();
        int requests = o.integer("list-requests", 300);
        int maxSecs = o.integer("list-seconds", 60);
        Lat lat = new Lat();
        int errors = 0;
        long t0 = System.nanoTime();
        while (lat.count() + errors < requests && secs(t0) < maxSecs) {
            Reply r = send("GET", PATH, officer, null);
            if (r.status() == 200) lat.add(r.nanos());
            else errors++;
        }
        System.out.println("one client, in sequence: " + lat.line() + (errors > 0 ? "  (" + errors + " errors)" : ""));
        double p99 = lat.pct(99);
        summary.add(new String[] {"GET /training/shared, " + fmt(items) + " modules visible to one court, p99 (1 client)", ms(p99) + " ms",
                "< " + ms(TrainingBench.TARGET_P99_MS) + " ms", p99 < TrainingBench.TARGET_P99_MS && errors == 0 ? "PASS" : "FAIL"});
        summary.add(new String[] {"  same, p50 / p95 / max", ms(lat.pct(50)) + " / " + ms(lat.pct(95)) + " / " + ms(lat.max()) + " ms", "-", "-"});

        int threads = o.integer("list-threads", 4);
        int seconds = o.integer("list-duration", 15);
        ClosedLoop loop = ClosedLoop.run(procs, threads, 3, seconds, 200, t -> sendQuietly("GET", PATH, officer, null));
        System.out.printf("%d clients at once for %d s: %.0f listings/s, %s; CPU %s%n", threads, seconds, loop.perSecond(), loop.lat.line(),
                loop.cpuReport(procs));
        loop.printKinds();
        summary.add(new String[] {"GET /training/shared, " + threads + " clients: listings/s and p99", String.format(java.util.Locale.ROOT,
                "%.0f/s, p99 %s ms", loop.perSecond(), ms(loop.lat.pct(99))), "-", loop.others("") == 0 ? "-" : loop.others("") + " errors"});
    }

    /** The query of Crossings.heldBrief, as EclipseLink sends it (its parameters inlined), with MariaDB's plan and its time over JDBC. */
    void explain(String court) throws Exception {
        String sql = "SELECT id, owner_court_id, scope, note, valid_until_micros FROM crossing_grant WHERE grantee_court_id = ? AND purpose = 'SHARE' AND status = 'GRANTED'"
                + " AND valid_from_micros <= ? AND valid_until_micros > ? AND scope LIKE 'module:%' ESCAPE '!' ORDER BY id DESC LIMIT 20000";
        long now = System.currentTimeMillis() * 1000;
        try (Connection c = db()) {
            try (PreparedStatement ps = c.prepareStatement("EXPLAIN " + sql)) {
                bind(ps, court, now);
                try (ResultSet r = ps.executeQuery()) {
                    System.out.println("the grants query and its plan:\n  " + sql);
                    printTable(r, "  ");
                }
            }
            Lat lat = new Lat();
            int rows = 0;
            for (int i = 0; i < 25; i++) {
                long t = System.nanoTime();
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    bind(ps, court, now);
                    try (ResultSet r = ps.executeQuery()) {
                        rows = 0;
                        while (r.next()) rows++;
                    }
                }
                if (i >= 5) lat.add(System.nanoTime() - t);
            }
            System.out.println("  straight over JDBC, " + rows + " rows, 20 runs after 5: " + lat.line());
        }
    }

    private static void bind(PreparedStatement ps, String court, long now) throws java.sql.SQLException {
        ps.setString(1, court);
        ps.setLong(2, now);
        ps.setLong(3, now);
    }
}
