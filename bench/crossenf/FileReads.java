package crossenf;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import common.ClosedLoop;
import common.KarafRun;
import common.Lat;
import common.Reply;

/**
 * Phase 3: audited cross-court reads. A court asks for a FILE_ACCESS grant on another court's case, that court approves,
 * then client threads read the case file under the grant in a closed loop; afterwards both audit chains must verify and
 * hold one crossing entry per read.
 */
final class FileReads extends CeRun {
    FileReads(KarafRun run) {
        super(run);
    }

    void run(CrossEnfBench.Cast c) throws Exception {
        int threads = o.integer("read-threads", 4);
        int warm = o.integer("read-warmup", 5);
        int duration = o.integer("read-duration", 15);
        int docs = o.integer("read-docs", 5);
        title("3. Audited cross-court reads: " + c.reader() + " reads a case file of " + c.owner() + " under a FILE_ACCESS grant");
        long caseId;
        long assets;
        try (Connection db = db(); PreparedStatement ps = db.prepareStatement("SELECT a.case_id, COUNT(*) FROM ce_asset a JOIN enforcement_case e"
                + " ON e.id = a.case_id WHERE a.tenant_id = ? AND e.status = 'OPEN' GROUP BY a.case_id ORDER BY COUNT(*) DESC, a.case_id LIMIT 1")) {
            ps.setString(1, c.owner());
            try (ResultSet r = ps.executeQuery()) {
                if (!r.next()) throw new IllegalStateException("no open case with inquiry results in " + c.owner());
                caseId = r.getLong(1);
                assets = r.getLong(2);
            }
        }
        for (int j = 0; j < docs; j++) {
            byte[] body = ("%PDF-1.4\n基准测试卷宗材料 " + j + "\n" + "x".repeat(50_000)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            Reply up = sendBytes(CE + "/cases/" + caseId + "/documents?name=doc-" + j + ".pdf", c.officerOwner(), body, "application/pdf");
            if (up.status() != 201) throw new IllegalStateException("upload: " + up);
        }
        System.out.printf("case %d of %s: a loaded case with %d inquiry results, plus %d documents of 50 KB uploaded now%n", caseId, c.owner(),
                assets, docs);
        Reply asked = send("POST", "/crossings/grant-requests", c.officerReader(), Map.of("purpose", "FILE_ACCESS", "ownerCourtId", c.owner(),
                "scope", "case:" + caseId, "validUntil", Instant.now().plusSeconds(86_400).toString(), "note", "调阅卷宗（基准测试）"));
        if (asked.status() != 201) throw new IllegalStateException("grant request: " + asked);
        long grant = asked.num("id");
        Reply approved = send("POST", "/crossings/grants/" + grant + "/decision", c.officerOwner(), Map.of("approve", true, "reason", "同意调阅"));
        if (approved.status() != 200) throw new IllegalStateException("grant decision: " + approved);
        System.out.printf("grant %d requested by %s (POST /crossings/grant-requests, %s ms) and approved by %s (POST /crossings/grants/%d/decision,"
                + " %s ms)%n", grant, c.reader(), ms(asked.nanos() / 1e6), c.owner(), grant, ms(approved.nanos() / 1e6));
        String path = CE + "/courts/" + c.owner() + "/cases/" + caseId + "/file?grant=" + grant;
        Reply first = send("GET", path, c.officerReader(), null);
        if (first.status() != 200) throw new IllegalStateException("first read: " + first);
        Map<?, ?> file = first.map();
        System.out.printf("GET %s: %s, %d assets, %d documents listed%n", path, mib(first.bytes()), ((java.util.List<?>) file.get("assets")).size(),
                ((java.util.List<?>) file.get("documents")).size());
        java.nio.file.Path log = home.resolve("data/log/karaf.log");
        long logBefore = java.nio.file.Files.size(log);
        long outBefore = crossings(c.reader(), "crossing.out", grant);
        long inBefore = crossings(c.owner(), "crossing.in", grant);

        System.out.println();
        System.out.println(threads + " client threads, closed loop, one reader's token; " + warm + " s warm-up, " + duration + " s measured");
        quietWait();
        ClosedLoop run = ClosedLoop.run(procs, threads, warm, duration, 200, t -> sendQuietly("GET", path, c.officerReader(), null));
        int errors = run.others("");
        System.out.printf("  %d requests completed in the %d s window: %d x 200 (%.1f requests/s), %d errors%n", run.sent, duration, run.ok,
                run.perSecond(), errors);
        System.out.println("  latency " + run.lat.line());
        run.printKinds();
        System.out.println("  CPU in the window: " + run.cpuReport(procs));
        double karafMsPerRead = run.cpu0 == null || run.cpu1 == null || run.ok == 0 ? Double.NaN
                : (run.cpu1.karaf() - run.cpu0.karaf()) * 10.0 / run.ok;
        double dbMsPerRead = run.cpu0 == null || run.cpu1 == null || run.ok == 0 ? Double.NaN : (run.cpu1.db() - run.cpu0.db()) * 10.0 / run.ok;
        System.out.printf(Locale.ROOT, "  CPU per read: Karaf %s ms, MariaDB %s ms%n", ms(karafMsPerRead), ms(dbMsPerRead));

        long reads = run.okTotal + run.otherTotal;
        long logGrowth = java.nio.file.Files.size(log) - logBefore;
        String perRead = logGrowth < 0 ? "? (rotated)" : String.format(Locale.ROOT, "%.0f bytes", logGrowth / (double) Math.max(1, reads));
        System.out.printf("  karaf.log grew by %,d bytes meanwhile: %s per read%n", logGrowth, perRead);
        long out = crossings(c.reader(), "crossing.out", grant) - outBefore;
        long in = crossings(c.owner(), "crossing.in", grant) - inBefore;
        System.out.printf("  reads sent over the whole loop (warm-up included): %d (%d answered 200)%n", reads, run.okTotal);
        System.out.printf("  crossing entries for grant %d added meanwhile: %d 'crossing.out' in %s, %d 'crossing.in' in %s%n", grant, out,
                c.reader(), in, c.owner());
        boolean match = out == run.okTotal && in == run.okTotal;
        if (!match) notes.add("File reads: " + run.okTotal + " reads answered 200 but the chains gained " + out + " (reader) and " + in
                + " (owner) crossing entries.");
        boolean intact = true;
        for (String court : java.util.List.of(c.owner(), c.reader())) {
            Reply v = send("GET", "/admin/courts/" + court + "/audit/verify", adminToken, null);
            System.out.printf("  audit chain of %s (GET /admin/courts/%s/audit/verify, %s ms): %s%n", court, court, ms(v.nanos() / 1e6), v);
            if (v.status() != 200 || !v.body().contains("\"intact\":true")) {
                intact = false;
                notes.add("The audit chain of " + court + " did not verify after the reads: " + v);
            }
        }
        Lat l = run.lat;
        summary.add(new String[]{"Audited cross-court file reads, " + threads + " threads: reads/s",
                String.format(Locale.ROOT, "%.1f/s", run.perSecond()), "-", "info"});
        summary.add(new String[]{"  latency p50 / p99 / max", ms(l.pct(50)) + " / " + ms(l.pct(99)) + " / " + ms(l.max()) + " ms", "-", "info"});
        summary.add(new String[]{"  errors in the window", errors + " of " + run.sent, "0", errors == 0 ? "PASS" : "FAIL"});
        summary.add(new String[]{"  crossing entries = reads (reader / owner / reads)", out + " / " + in + " / " + run.okTotal, "equal",
                match ? "PASS" : "FAIL"});
        summary.add(new String[]{"  karaf.log written per read", perRead, "", "info"});
        summary.add(new String[]{"  both audit chains verify", intact ? "intact" : "NOT intact", "intact", intact ? "PASS" : "FAIL"});
    }

    /** Audit entries of a court for one grant (the detail names it: "… grant=ID scope=…"). */
    long crossings(String court, String action, long grant) throws Exception {
        try (Connection db = db(); PreparedStatement ps = db.prepareStatement(
                "SELECT COUNT(*) FROM audit_entry WHERE court_id = ? AND action = ? AND detail LIKE ?")) {
            ps.setString(1, court);
            ps.setString(2, action);
            ps.setString(3, "%grant=" + grant + " scope=%");
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
