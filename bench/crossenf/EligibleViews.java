package crossenf;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import common.KarafRun;
import common.Lat;
import common.Procs.Cpu;
import common.Reply;

/**
 * Phase 4: the eligibility views. One court's (GET /cross-enforcement/eligible, an enforcement officer of that court)
 * and a high court's whole jurisdiction (GET /cross-enforcement/jurisdiction/eligible, a supervisor of hlj-high), with
 * the database's share of the work measured straight over JDBC and stack samples of the platform.
 */
final class EligibleViews extends CeRun {
    static final String COURT_VIEW = CE + "/eligible";
    static final String JURISDICTION_VIEW = CE + "/jurisdiction/eligible";

    EligibleViews(KarafRun run) {
        super(run);
    }

    void run(CrossEnfBench.Cast c) throws Exception {
        oneCourt(c);
        jurisdiction(c);
    }

    // ---------------------------------------------------------------- one court

    void oneCourt(CrossEnfBench.Cast c) throws Exception {
        int warmup = o.integer("eligible-warmup", 10);
        int requests = o.integer("eligible-requests", 200);
        int maxSecs = o.integer("eligible-seconds", 25);
        String court = c.viewCourt();
        title("4a. GET " + COURT_VIEW + " for one court (" + court + ", as its enforcement officer)");
        long reads0 = status("Innodb_buffer_pool_reads");
        Work w = jdbcWork(List.of(court), 2, 10);
        double jdbcReads = (status("Innodb_buffer_pool_reads") - reads0) / 12.0;
        System.out.printf("court %s: %,d cases, %,d inquiry results, %,d flags; by the rules (open, and: filed over six months ago, or no"
                + " result for 90 days, or flagged) %,d are eligible%n", court, w.cases, w.assets, w.flags, w.eligible);
        System.out.println("the SQL the platform runs for the view, and EXPLAIN:");
        explain(court);
        System.out.println("the same three queries straight over JDBC, all rows fetched, 10 runs after 2 warm-up: " + w.lat.line());
        System.out.printf("  pages InnoDB read from disk per run (Innodb_buffer_pool_reads): %.0f%n", jdbcReads);

        Reply first = send("GET", COURT_VIEW, c.officerView(), null);
        if (first.status() != 200) throw new IllegalStateException("eligible view: " + first);
        Map<?, ?> view = first.map();
        long items = ((List<?>) view.get("items")).size();
        System.out.printf("first answer: %s ms, %s, %d items, \"cases\": %s, byReason %s%n", ms(first.nanos() / 1e6), mib(first.bytes()), items,
                view.get("cases"), view.get("byReason"));
        if (items != w.eligible) notes.add("The eligible view of " + court + " listed " + items + " cases; the rules over the database give "
                + w.eligible + ".");
        for (int i = 0; i < warmup; i++) counted(COURT_VIEW, c.officerView(), 60);
        quietWait();
        Lat lat = new Lat();
        Lat firstByte = new Lat();
        long bytes = 0;
        int errors = 0;
        String firstError = null;
        Cpu c0 = procs.cpu();
        long r0 = status("Innodb_buffer_pool_reads");
        long t0 = System.nanoTime();
        while (lat.count() + errors < requests && secs(t0) < maxSecs) {
            Counted r = counted(COURT_VIEW, c.officerView(), 60);
            if (r.status() != 200) {
                errors++;
                if (firstError == null) firstError = r.toString();
                continue;
            }
            lat.add(r.nanos());
            firstByte.add(r.firstByteNanos());
            bytes = r.bytes();
        }
        double wall = secs(t0);
        Cpu c1 = procs.cpu();
        int n = lat.count();
        double pageReads = (status("Innodb_buffer_pool_reads") - r0) / (double) Math.max(1, n + errors);
        System.out.printf("sequential, 1 client, after %d warm-up: %d requests in %.1f s, %d errors%s%n", warmup, n + errors, wall, errors,
                n + errors < requests ? " (stopped at --eligible-seconds " + maxSecs + ")" : "");
        System.out.println("  latency (to the last byte) " + lat.line());
        System.out.println("  time to the first byte    " + firstByte.line());
        System.out.printf("  answer %s (%,d bytes); CPU meanwhile: %s%n", mib(bytes), bytes, procs.report(c0, c1));
        System.out.printf(Locale.ROOT, "  CPU per request: Karaf %s ms, MariaDB %s ms; pages InnoDB read from disk per request: %.0f%n",
                ms(n == 0 ? Double.NaN : (c1.karaf() - c0.karaf()) * 10.0 / n), ms(n == 0 ? Double.NaN : (c1.db() - c0.db()) * 10.0 / n), pageReads);
        if (firstError != null) {
            System.out.println("  first error: " + firstError);
            notes.add("The eligible view answered " + errors + " requests with an error: " + firstError);
        }

        // the same loading, a small answer: what the size of the answer costs
        Lat small = new Lat();
        long smallBytes = 0;
        for (int i = 0; i < 20; i++) {
            Counted r = counted(COURT_VIEW + "?reason=LOCAL_INFLUENCE", c.officerView(), 60);
            if (i >= 5 && r.status() == 200) small.add(r.nanos());
            smallBytes = r.bytes();
        }
        System.out.println("for comparison, ?reason=LOCAL_INFLUENCE (the same loading and rules, only the flagged cases in the answer, "
                + mib(smallBytes) + "), 15 after 5 warm-up: " + small.line());
        Lat me = new Lat();
        for (int i = 0; i < 120; i++) {
            Reply r = send("GET", "/auth/me", c.officerView(), null);
            if (i >= 20 && r.status() == 200) me.add(r.nanos());
        }
        System.out.println("for comparison, GET /auth/me (the fixed cost of an authenticated request), 100 after 20 warm-up: " + me.line());

        int sampleSecs = o.integer("sample-seconds", 6);
        if (sampleSecs > 0) {
            System.out.println("diagnosis: the view requested back to back for " + sampleSecs + " s (not counted) while the platform's threads are"
                    + " sampled every 500 ms:");
            try (Sampler s = new Sampler(procs.karafPid, "CaseFilesResource.eligible", 500)) {
                long end = System.nanoTime() + sampleSecs * 1_000_000_000L;
                while (System.nanoTime() < end) counted(COURT_VIEW, c.officerView(), 60);
                s.stop();
                s.print("  ");
            }
        }
        Lat clustered = o.get("what-if", "true").equals("true") ? whatIf(court) : new Lat();
        summary.add(new String[]{"Eligible view, 1 court (" + fmt(w.cases) + " cases, " + items + " listed): p99", ms(lat.pct(99)) + " ms",
                "< 100 ms", n == 0 ? "MISS (no answer)" : lat.pct(99) < TARGET_P99_MS ? "PASS" : "MISS"});
        summary.add(new String[]{"  same: p50 / max (" + n + " sequential requests)", ms(lat.pct(50)) + " / " + ms(lat.max()) + " ms", "", "info"});
        summary.add(new String[]{"  same: answer size", mib(bytes), "", "info"});
        summary.add(new String[]{"  same, only flagged cases in the answer (" + mib(smallBytes) + "): p50 / p99",
                ms(small.pct(50)) + " / " + ms(small.pct(99)) + " ms", "", "info"});
        summary.add(new String[]{"  its 3 queries over JDBC without the platform: p50 / p99", ms(w.lat.pct(50)) + " / " + ms(w.lat.pct(99)) + " ms",
                "", "info"});
        summary.add(new String[]{"  pages read from disk per request (InnoDB buffer pool misses)", String.format(Locale.ROOT, "%.0f", pageReads),
                "", "info"});
        if (clustered.count() > 0) {
            summary.add(new String[]{"  what-if: the case query on a copy clustered by (tenant_id, id): p50", ms(clustered.pct(50)) + " ms", "",
                    "info"});
        }
        summary.add(new String[]{"  for comparison: GET /auth/me p50 / p99", ms(me.pct(50)) + " / " + ms(me.pct(99)) + " ms", "", "info"});
    }

    // ---------------------------------------------------------------- jurisdiction

    void jurisdiction(CrossEnfBench.Cast c) throws Exception {
        int requests = o.integer("juris-requests", 2);
        int timeout = o.integer("juris-timeout", 600);
        int sampleCourts = o.integer("juris-jdbc-courts", 5);
        title("4b. GET " + JURISDICTION_VIEW + " for hlj-high's jurisdiction (as its supervisor)");
        Reply h = send("GET", "/courts/hlj-high/hierarchy", adminToken, null);
        if (h.status() != 200) throw new IllegalStateException("hierarchy of hlj-high: " + h);
        List<String> below = new ArrayList<>();
        for (Object x : (List<?>) h.map().get("jurisdiction")) below.add((String) ((Map<?, ?>) x).get("id"));
        Set<String> on = new HashSet<>();
        try (Connection db = db(); PreparedStatement ps = db.prepareStatement(
                "SELECT court_id FROM court_capability WHERE capability_id = 'cross-enforcement' AND enabled")) {
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) on.add(r.getString(1));
            }
        }
        below.retainAll(on);
        System.out.printf("hlj-high's jurisdiction: %d courts with cross-enforcement; the view reads them one after the other, each through a"
                + " SUPERVISION crossing (an audit entry in hlj-high and one in the court)%n", below.size());
        long ts = System.nanoTime();
        long expected = eligibleByScan(new HashSet<>(below));
        System.out.printf("by the rules over the whole tables (sequential scans, %.1f s): %,d eligible cases in those courts%n", secs(ts), expected);
        List<String> sample = new ArrayList<>();
        for (int i = 0; i < sampleCourts && i < below.size(); i++) sample.add(below.get(i * below.size() / sampleCourts));
        Work w = jdbcWork(sample, 0, 1);
        double estimate = w.lat.max() / sample.size() * below.size();
        System.out.printf("the view's queries for %d of these courts straight over JDBC: %s ms, so about %.0f s for all %d (the database's share)%n",
                sample.size(), ms(w.lat.max()), estimate / 1000, below.size());

        // each court reports its counts to the courts above it (nightly, or on a supervisor's refresh): time one refresh,
        // then the view itself, which reads hlj-high's own table
        long inBefore = scalar("SELECT COUNT(*) FROM audit_entry WHERE court_id = 'hlj-high' AND action = 'crossing.in'");
        quietWait();
        // the refresh visits every court below (the nightly job's work), so it gets the long timeout
        Reply refreshed = post(JURISDICTION_VIEW + "/refresh", c.highSupervisor(), timeout);
        long reports = scalar("SELECT COUNT(*) FROM audit_entry WHERE court_id = 'hlj-high' AND action = 'crossing.in'") - inBefore;
        System.out.printf("  refresh: %s ms, HTTP %d, %d reports into hlj-high (REPORT crossings, one audit entry here and one in each court)%n",
                ms(refreshed.nanos() / 1e6), refreshed.status(), reports);
        if (refreshed.status() != 200) notes.add("The jurisdiction refresh answered " + refreshed);
        quietWait();
        Lat lat = new Lat();
        Reply last = null;
        for (int i = 0; i < Math.max(requests, 20); i++) {
            Reply r = send("GET", JURISDICTION_VIEW, c.highSupervisor(), null);
            if (r.status() != 200) {
                notes.add("The jurisdiction view answered " + r);
                continue;
            }
            lat.add(r.nanos());
            last = r;
        }
        long listed = last == null ? -1 : last.num("cases");
        if (last != null && listed != expected) notes.add("The jurisdiction view counts " + listed + " cases; the rules over the database give "
                + expected + " (counts as of the refresh).");
        System.out.printf("  view latency %s%n", lat.line());
        heap();
        String size = last == null ? "-" : last.num("courts") + " courts, " + fmt(listed) + " eligible";
        summary.add(new String[]{"Eligible view, hlj-high jurisdiction (" + size + "): p99", ms(lat.pct(99)) + " ms (n=" + lat.count() + ")",
                "< 100 ms", lat.count() == 0 ? "MISS (no answer)" : lat.pct(99) < TARGET_P99_MS ? "PASS" : "MISS"});
        summary.add(new String[]{"  same: p50; answer size", ms(lat.pct(50)) + " ms; " + (last == null ? "-" : mib(last.bytes())), "", "info"});
        summary.add(new String[]{"  refresh of the counts (all courts report up)", ms(refreshed.nanos() / 1e6) + " ms, " + reports
                + " reports into hlj-high", "", "info"});
        summary.add(new String[]{"  the old per-request design's queries over JDBC (from " + sample.size() + " courts)",
                String.format(Locale.ROOT, "about %.0f s", estimate / 1000), "", "info"});
    }

    private Reply post(String path, String token, int timeoutSeconds) throws Exception {
        java.net.http.HttpRequest req = java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path))
                .timeout(java.time.Duration.ofSeconds(timeoutSeconds)).header("Accept", "application/json")
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build();
        long t = System.nanoTime();
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(req,
                java.net.http.HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.body(), System.nanoTime() - t);
    }

    /** Eligible cases of the courts by the rules, from three sequential scans (cheap, unlike the view's lookups). */
    long eligibleByScan(Set<String> courts) throws Exception {
        LocalDate today = LocalDate.now(COURT_ZONE);
        Map<Long, LocalDate> last = new HashMap<>();
        Set<Long> flagged = new HashSet<>();
        long eligible = 0;
        try (Connection db = db(); java.sql.Statement st = db.createStatement()) {
            st.setFetchSize(10_000);
            try (ResultSet r = st.executeQuery("SELECT case_id, found_on, measure_on FROM ce_asset")) {
                while (r.next()) {
                    LocalDate found = r.getObject(2, LocalDate.class);
                    LocalDate on = r.getObject(3, LocalDate.class);
                    last.merge(r.getLong(1), on != null && on.isAfter(found) ? on : found, (x, y) -> x.isAfter(y) ? x : y);
                }
            }
            try (ResultSet r = st.executeQuery("SELECT case_id FROM ce_flag")) {
                while (r.next()) flagged.add(r.getLong(1));
            }
            try (ResultSet r = st.executeQuery("SELECT tenant_id, id, status, created_micros FROM enforcement_case")) {
                while (r.next()) if (courts.contains(r.getString(1)) && eligible(r, last, flagged, today)) eligible++;
            }
        }
        return eligible;
    }

    /**
     * What-if, on a scratch copy (the platform's tables stay as they are): the cases of one court stored together,
     * primary key (tenant_id, id), instead of spread over the table in filing order. Times the view's case query there.
     */
    Lat whatIf(String court) throws Exception {
        Lat l = new Lat();
        long t0 = System.nanoTime();
        try (Connection db = db(); java.sql.Statement st = db.createStatement()) {
            st.execute("DROP TABLE IF EXISTS bench_whatif_case");
            st.execute("CREATE TABLE bench_whatif_case LIKE enforcement_case");
            st.execute("ALTER TABLE bench_whatif_case DROP PRIMARY KEY, ADD PRIMARY KEY (tenant_id, id), ADD UNIQUE KEY uq_whatif_id (id)");
            st.execute("INSERT INTO bench_whatif_case SELECT * FROM enforcement_case");
            double copy = secs(t0);
            long r0 = status("Innodb_buffer_pool_reads");
            try (PreparedStatement ps = db.prepareStatement("SELECT * FROM bench_whatif_case WHERE tenant_id = ? ORDER BY id")) {
                for (int i = 0; i < 12; i++) {
                    ps.setString(1, court);
                    long t = System.nanoTime();
                    try (ResultSet r = ps.executeQuery()) {
                        ResultSetMetaData md = r.getMetaData();
                        while (r.next()) for (int k = 1; k <= md.getColumnCount(); k++) r.getObject(k);
                    }
                    if (i >= 2) l.add(System.nanoTime() - t);
                }
            }
            double pages = (status("Innodb_buffer_pool_reads") - r0) / 12.0;
            st.execute("DROP TABLE bench_whatif_case");
            System.out.printf("what-if (scratch copy of enforcement_case with primary key (tenant_id, id), made in %.1f s, dropped after):%n"
                    + "  SELECT * … WHERE tenant_id = '%s' ORDER BY id, 10 runs after 2: %s; %.0f pages read from disk per run%n", copy, court,
                    l.line(), pages);
        }
        return l;
    }

    void heap() {
        try {
            Process p = new ProcessBuilder("jcmd", String.valueOf(procs.karafPid), "GC.heap_info").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            p.waitFor();
            out.lines().filter(l -> l.contains("total") && l.contains("used")).limit(2).forEach(l -> System.out.println("  Karaf heap: " + l.strip()));
        } catch (Exception e) {
            System.out.println("  (jcmd GC.heap_info: " + e + ")");
        }
    }

    // ---------------------------------------------------------------- the database's share

    /** What the view reads, straight over JDBC, and the eligible count by the same rules. */
    static final class Work {
        long cases;
        long assets;
        long flags;
        long eligible;
        final Lat lat = new Lat();
    }

    /** Runs the view's queries for the courts (warm-up + runs times, all rows fetched); the last run counts the eligible cases. */
    Work jdbcWork(List<String> courts, int warmup, int runs) throws Exception {
        Work w = new Work();
        LocalDate today = LocalDate.now(COURT_ZONE);
        try (Connection db = db()) {
            List<PreparedStatement> ps = new ArrayList<>();
            for (String sql : VIEW_SQL) ps.add(db.prepareStatement(sql));
            for (int run = 0; run < warmup + runs; run++) {
                boolean count = run == warmup + runs - 1;
                long t = System.nanoTime();
                long cases = 0, assets = 0, flags = 0, eligible = 0;
                for (String court : courts) {
                    Map<Long, LocalDate> last = new HashMap<>();
                    Set<Long> flagged = new HashSet<>();
                    for (int q = 0; q < 3; q++) {
                        ps.get(q).setString(1, court);
                        try (ResultSet r = ps.get(q).executeQuery()) {
                            ResultSetMetaData md = r.getMetaData();
                            while (r.next()) {
                                for (int i = 1; i <= md.getColumnCount(); i++) r.getObject(i);
                                if (q == 0) {
                                    assets++;
                                    LocalDate found = r.getObject("found_on", LocalDate.class);
                                    LocalDate on = r.getObject("measure_on", LocalDate.class);
                                    LocalDate day = on != null && on.isAfter(found) ? on : found;
                                    last.merge(r.getLong("case_id"), day, (x, y) -> x.isAfter(y) ? x : y);
                                } else if (q == 1) {
                                    flags++;
                                    flagged.add(r.getLong("case_id"));
                                } else {
                                    cases++;
                                    if (count && eligible(r, last, flagged, today)) eligible++;
                                }
                            }
                        }
                    }
                }
                if (run >= warmup) w.lat.add(System.nanoTime() - t);
                w.cases = cases;
                w.assets = assets;
                w.flags = flags;
                w.eligible = eligible;
            }
            for (PreparedStatement p : ps) p.close();
        }
        return w;
    }

    /** The rules of org.cep.crossenforcement.domain.Eligibility, on one row of enforcement_case. */
    static boolean eligible(ResultSet r, Map<Long, LocalDate> last, Set<Long> flagged, LocalDate today) throws Exception {
        if ("CLOSED".equals(r.getString("status"))) return false;
        long id = r.getLong("id");
        LocalDate filed = Instant.ofEpochSecond(r.getLong("created_micros") / 1_000_000).atZone(COURT_ZONE).toLocalDate();
        if (today.isAfter(filed.plusMonths(6))) return true;
        LocalDate since = last.getOrDefault(id, filed);
        return today.isAfter(since.plusDays(90)) || flagged.contains(id);
    }

    void explain(String court) throws Exception {
        try (Connection db = db()) {
            for (String sql : VIEW_SQL) {
                System.out.println("  " + sql.replace("?", "'" + court + "'"));
                try (PreparedStatement ps = db.prepareStatement("EXPLAIN " + sql)) {
                    ps.setString(1, court);
                    try (ResultSet r = ps.executeQuery()) {
                        printTable(r, "    ");
                    }
                }
            }
        }
    }
}
