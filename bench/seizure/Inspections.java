package seizure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import common.ClosedLoop;
import common.KarafRun;
import common.Lat;
import common.Reply;

/** Phase 3: recording inspections at sustained load. */
final class Inspections extends SeizureRun {
    Inspections(KarafRun run) {
        super(run);
    }

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
        if (v.status() != 200 || !v.body().contains("\"intact\":true")) notes.add("The audit chain check after the load did not answer intact: " + v);
    }

    void inspectionRun(String token, List<long[]> seizures, int threads, int warm, int duration) throws Exception {
        System.out.println();
        System.out.println(threads + " client threads, closed loop, each request on a random one of the " + seizures.size()
                + " seizures; " + warm + " s warm-up, " + duration + " s measured");
        long before = scalar("SELECT COUNT(*) FROM seizure_inspection");
        quietWait();
        ClosedLoop run = ClosedLoop.run(procs, threads, warm, duration, 201, t -> {
            long[] s = seizures.get(ThreadLocalRandom.current().nextInt(seizures.size()));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("date", today.toString());
            body.put("inspectors", "基准测试员" + t);
            body.put("applicantPresent", true);
            body.put("counts", Map.of(String.valueOf(s[1]), s[2]));
            return sendQuietly("POST", "/live-seizure/seizures/" + s[0] + "/inspections", token, body);
        });
        long after = scalar("SELECT COUNT(*) FROM seizure_inspection");
        int conflicts = run.others("409");
        int errors = run.others("") - conflicts;
        System.out.printf("  %d requests completed in the %d s window: %d x 201 (%.1f requests/s), %d conflicts (409), %d other errors%n",
                run.sent, duration, run.ok, run.perSecond(), conflicts, errors);
        System.out.println("  latency of the 201s " + run.lat.line());
        run.printKinds();
        System.out.println("  CPU in the window: " + run.cpuReport(procs));
        System.out.println("  rows in seizure_inspection: +" + (after - before) + ", 201 answers over the whole run (incl. warm-up): "
                + run.okTotal + (after - before == run.okTotal ? "" : "  <-- DIFFERENT"));
        if (after - before != run.okTotal) {
            notes.add(threads + " inspection threads: " + run.okTotal + " answered 201 but " + (after - before) + " rows were written.");
        }
        summary.add(new String[]{"Inspections, " + threads + " threads: requests/s, p50 / p99",
                String.format(Locale.ROOT, "%.1f/s, %s / %s ms", run.perSecond(), ms(run.lat.pct(50)), ms(run.lat.pct(99))), "-", "info"});
        summary.add(new String[]{"  same: errors, conflicts (409)", errors + " errors, " + conflicts + " conflicts"
                + " of " + run.sent, "-", errors == 0 ? "info" : "info: ERRORS"});
        if (errors > 0) notes.add(threads + " inspection threads: " + errors + " errors: " + run.kinds.keySet());
    }

    Reply expect(Reply r, int status, Lat lat) {
        if (r.status() != status) throw new IllegalStateException("expected " + status + ": " + r);
        lat.add(r.nanos());
        return r;
    }
}
