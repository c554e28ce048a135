package conduct;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import common.BulkInsert;
import common.ClosedLoop;
import common.CourtFiles;
import common.KarafRun;
import common.Opts;
import common.Reply;

/**
 * Benchmark of a respondent's sanctions history (被执行人制裁记录, GET /sanctions/history) over 1,000,000
 * sanctions on MariaDB. Prints figures; it is not a test. Two steps, both started by bench/run-conduct.sh:
 *
 * <pre>
 *   java -cp bench/out/classes:mariadb-java-client.jar conduct.ConductBench prepare --home DIST --db cep_bench_cd [--courts 200]
 *       drops and creates the database, writes the basic court files cd-b001 … with conduct-enforcement (before Karaf starts)
 *   java -cp bench/out/classes:mariadb-java-client.jar conduct.ConductBench measure --home DIST --port P --karaf-pid PID --db …
 *       waits for the platform, bulk-loads --sanctions sanctions (default 1,000,000) spread over the courts and their
 *       respondents, then a closed loop of history requests for random respondents of one court
 * </pre>
 *
 * Options: --sanctions N (1,000,000), --respondents N per court (500), --heavy N sanctions of one repeat offender (1,000),
 * --threads N (4), --warmup S (10), --duration S (30), --quiet-wait S (20).
 */
public class ConductBench extends KarafRun {
    static final String PREFIX = "cd-b";
    static final long FIRST_ID = 10_000_000L;
    static final long FIRST_CASE_ID = 20_000_000L;
    static final double TARGET_P99_MS = 50.0;
    static final String[] KINDS = {"WARNING", "CONSUMPTION_RESTRICTION", "BLACKLIST", "FINE", "DETENTION", "CRIMINAL_REFERRAL"};
    static final String[] STATES = {"EXECUTED", "DECIDED", "LIFTED", "PROPOSED", "EXECUTED"};
    static final String HEAVY = "反复侵权的某鞋业有限公司";

    public static void main(String[] args) {
        main("conduct-bench", "ConductBench prepare --home DIST --db DB [--courts N] | measure --home DIST --port P --db DB [options]",
                args, ConductBench::prepare, o -> new ConductBench(o).measure());
    }

    ConductBench(Opts o) {
        super(o);
    }

    static void prepare(Opts o) throws Exception {
        CourtFiles.prepareBasicCourts(o, PREFIX, "conduct-enforcement", "bench/conduct/ConductBench.java");
    }

    static String respondent(int court, int r) {
        return String.format(Locale.ROOT, "被执行人%03d-%05d有限公司", court, r);
    }

    int measure() {
        return measureAll("Sanctions history benchmark", () -> {
            header("Sanctions history benchmark");
            List<String> courts = waitForPlatform("conduct-enforcement",
                    "SELECT seq_count FROM case_sequence WHERE seq_name = 'case_sanction'", PREFIX + "%");
            int view = courts.size() / 2;
            String viewCourt = courts.get(view);
            long rows = o.integer("sanctions", 1_000_000);
            int perCourt = o.integer("respondents", 500);
            int heavy = o.integer("heavy", 1_000);
            load(courts, rows, perCourt, view, heavy);
            title("2. Respondent history");
            String judge = userToken(viewCourt, "cd-judge", "enforcement-judge", "执行法官");
            Reply one = send("GET", path(respondent(view, 7)), judge, null);
            if (one.status() != 200) throw new IllegalStateException("history: " + one);
            System.out.println("  one answer: " + one.body().length() + " bytes, " + count(one.body()) + " sanctions; "
                    + one.body().substring(Math.max(0, one.body().indexOf("\"advice\"")), Math.min(one.body().length(),
                    one.body().indexOf("\"advice\"") + 200)));
            explain(viewCourt, respondent(view, 7));
            int threads = o.integer("threads", 4);
            int warm = o.integer("warmup", 10);
            int duration = o.integer("duration", 30);
            quietWait();
            System.out.printf("  closed loop: %d clients, %d s warm-up, %d s measured; random respondents of %s (%d sanctions each on average)%n",
                    threads, warm, duration, viewCourt, rows / courts.size() / perCourt);
            ClosedLoop run = ClosedLoop.run(procs, threads, warm, duration, 200,
                    t -> sendQuietly("GET", path(respondent(view, ThreadLocalRandom.current().nextInt(perCourt))), judge, null));
            System.out.printf("  %d requests in the window, %d x 200 (%.1f/s)%n", run.sent, run.ok, run.perSecond());
            System.out.println("  latency " + run.lat.line());
            run.printKinds();
            System.out.println("  CPU in the window: " + run.cpuReport(procs));
            double p99 = run.lat.pct(99);
            summary.add(new String[]{"history p99, " + fmt(rows) + " sanctions, typical respondent", ms(p99) + " ms", "< " + ms(TARGET_P99_MS) + " ms",
                    p99 < TARGET_P99_MS ? "MET" : "MISS"});
            summary.add(new String[]{"history p50", ms(run.lat.pct(50)) + " ms", "-", "-"});
            summary.add(new String[]{"history throughput", String.format(Locale.ROOT, "%.0f/s", run.perSecond()), "-", "-"});
            if (heavy > 0) {
                ClosedLoop h = ClosedLoop.run(procs, 1, 3, 10, 200, t -> sendQuietly("GET", path(HEAVY), judge, null));
                System.out.println("  repeat offender with " + heavy + " sanctions, 1 client: " + h.lat.line());
                summary.add(new String[]{"history p99, respondent with " + fmt(heavy) + " sanctions", ms(h.lat.pct(99)) + " ms", "-", "-"});
            }
        });
    }

    static String path(String respondent) {
        return "/sanctions/history?respondent=" + URLEncoder.encode(respondent, StandardCharsets.UTF_8);
    }

    static int count(String body) {
        int n = 0;
        for (int i = body.indexOf("\"basis\""); i >= 0; i = body.indexOf("\"basis\"", i + 1)) n++;
        return n;
    }

    /** Sanction i goes to court i % C; within the court to respondent (i / C) % R, on case (i / C) / 3 of that court. */
    void load(List<String> courts, long rows, int perCourt, int view, int heavy) throws Exception {
        title("1. Bulk load of " + fmt(rows) + " sanctions (straight into MariaDB)");
        String cols = "id,tenant_id,case_id,case_number,respondent,party_type,kind,state,basis,reason,amount_fen,proposed_by,proposed_micros,"
                + "decided_by,decided_micros,decision_document,version";
        int c = courts.size();
        long now = System.currentTimeMillis() * 1000;
        long t0 = System.nanoTime();
        BulkInsert.Filler filler = (ps, k, n) -> {
            int p = 1;
            for (int j = 0; j < n; j++) {
                long i = (long) k * 1000 + j;
                boolean isHeavy = i >= rows;
                int court = isHeavy ? view : (int) (i % c);
                long inCourt = isHeavy ? i - rows : i / c;
                int r = (int) (inCourt % perCourt);
                String kind = KINDS[(int) ((inCourt / perCourt) % KINDS.length)];
                String state = STATES[(int) (i % STATES.length)];
                long caseId = FIRST_CASE_ID + (isHeavy ? 5_000_000 + inCourt / 3 : inCourt / 3 * c + court);
                ps.setLong(p++, FIRST_ID + i);
                ps.setString(p++, courts.get(court));
                ps.setLong(p++, caseId);
                ps.setString(p++, "（2025）黑0000执" + caseId + "号");
                ps.setString(p++, isHeavy ? HEAVY : respondent(court, r));
                ps.setString(p++, "ORGANISATION");
                ps.setString(p++, "DETENTION".equals(kind) ? "FINE" : kind);
                ps.setString(p++, state);
                ps.setString(p++, "《民事诉讼法》第一百一十四条、第一百一十八条");
                ps.setString(p++, "拒不履行生效判决确定的停止侵权义务");
                if ("FINE".equals(kind) || "DETENTION".equals(kind)) ps.setLong(p++, 5_000_000L); else ps.setNull(p++, java.sql.Types.BIGINT);
                ps.setString(p++, "officer@" + courts.get(court));
                ps.setLong(p++, now - i);
                ps.setString(p++, "PROPOSED".equals(state) ? null : "judge@" + courts.get(court));
                if ("PROPOSED".equals(state)) ps.setNull(p++, java.sql.Types.BIGINT); else ps.setLong(p++, now - i + 1000);
                ps.setString(p++, "PROPOSED".equals(state) ? null : "（2025）黑0000执" + caseId + "号之一");
                ps.setLong(p++, 1);
            }
        };
        long loaded = BulkInsert.run(this, "case_sanction", cols, rows + heavy, 1000, 3, filler);
        System.out.printf("  loaded %,d rows in %.1f s%n", loaded, secs(t0));
        raiseSequence("case_sequence", "case_sanction", FIRST_ID + rows + heavy);
        analyze("case_sanction");
        printSize("case_sanction");
    }

    void explain(String court, String respondent) throws Exception {
        try (Connection c = db(); PreparedStatement ps = c.prepareStatement(
                "EXPLAIN SELECT * FROM case_sanction WHERE respondent = ? AND tenant_id = ? ORDER BY id DESC")) {
            ps.setString(1, respondent);
            ps.setString(2, court);
            try (ResultSet r = ps.executeQuery()) {
                System.out.println("  the history query's plan (what EclipseLink sends, with the tenant):");
                printTable(r, "    ");
            }
        }
    }
}
