package crossenf;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
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

    private final DatabaseShare share;

    EligibleViews(KarafRun run) {
        super(run);
        this.share = new DatabaseShare(run);
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
        DatabaseShare.Work w = share.jdbcWork(List.of(court), 2, 10);
        double jdbcReads = (status("Innodb_buffer_pool_reads") - reads0) / 12.0;
        System.out.printf("court %s: %,d cases, %,d inquiry results, %,d flags; by the rules (open, and: filed over six months ago, or no"
                + " result for 90 days, or flagged) %,d are eligible%n", court, w.cases, w.assets, w.flags, w.eligible);
        System.out.println("the SQL the platform runs for the view, and EXPLAIN:");
        share.explain(court);
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
        Lat clustered = o.get("what-if", "true").equals("true") ? share.whatIf(court) : new Lat();
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
        int requests = o.integer("juris-requests", 20);
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
        long expected = share.eligibleByScan(new HashSet<>(below));
        System.out.printf("by the rules over the whole tables (sequential scans, %.1f s): %,d eligible cases in those courts%n", secs(ts), expected);
        List<String> sample = new ArrayList<>();
        for (int i = 0; i < sampleCourts && i < below.size(); i++) sample.add(below.get(i * below.size() / sampleCourts));
        DatabaseShare.Work w = share.jdbcWork(sample, 0, 1);
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
        for (int i = 0; i < requests; i++) {
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

}
