package crossenf;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import common.BulkInsert;
import common.KarafRun;
import common.Procs.Cpu;

/**
 * Bulk load straight into MariaDB: enforcement cases of the generated courts, inquiry results (ce_asset) on some of them
 * and local-influence flags (ce_flag) on a few. Every value is a function of the row's index and the seed.
 */
final class CaseLoad extends CeRun {
    static final long DAY_MICROS = 86_400_000_000L;
    static final int SPAN_DAYS = 730;
    static final String CASE_COLUMNS = "id, tenant_id, case_number, applicant, respondent, amount_owed_fen, status, created_micros, "
            + "closed_micros, close_reason, version";
    static final String ASSET_COLUMNS = "id, tenant_id, case_id, kind, description, value_fen, measure, found_on, measure_on, measure_until, "
            + "recorded_by, version";
    static final String[] KINDS = {"BANK_ACCOUNT", "REAL_ESTATE", "VEHICLE", "SECURITIES"};
    /** Legal period of a freeze or seizure per kind, in years (the distribution's defaults). */
    static final int[] KIND_YEARS = {1, 3, 2, 3};

    final long nowMicros = System.currentTimeMillis() * 1000;
    final long startMicros = nowMicros - SPAN_DAYS * DAY_MICROS;

    CaseLoad(KarafRun run) {
        super(run);
    }

    void load(List<String> courts) throws Exception {
        int cases = o.integer("cases", 1_000_000);
        int assets = o.integer("assets", 300_000);
        int flags = o.integer("flags", 10_000);
        int chunk = o.integer("chunk", 1000);
        int threads = o.integer("load-threads", 2);
        long seed = o.longValue("seed", 42);
        title("1. Bulk load: " + fmt(cases) + " cases over " + courts.size() + " courts, " + fmt(assets) + " inquiry results, "
                + fmt(flags) + " flags");
        System.out.println("JDBC, multi-row INSERT of " + chunk + " rows per statement, commit every 10 statements, " + threads
                + " loader connection(s); case ids from " + FIRST_CASE_ID + ", ce ids from " + FIRST_CE_ID + "; seed " + seed);
        System.out.println("cases: court = index mod " + courts.size() + " (so courts interleave as they do when ids follow time), filed"
                + " evenly over the last " + SPAN_DAYS + " days in id order; closed: 25 % of those under six months, 65 % of older ones");
        System.out.println("inquiry results on random cases, found between filing and today: 50 % no measure, 25 % frozen, 20 % seized,"
                + " 5 % deducted; flags on one random case per " + (cases / Math.max(1, flags)) + " cases");
        long existing = scalar("SELECT COUNT(*) FROM enforcement_case");
        if (existing > 0) throw new IllegalStateException("table enforcement_case already holds " + existing + " rows; run prepare first");
        int n = courts.size();
        Cpu c0 = procs.cpu();
        long t0 = System.nanoTime();
        long loaded = BulkInsert.run(this, "enforcement_case", CASE_COLUMNS, cases, chunk, threads,
                (ps, k, rows) -> fillCases(ps, courts, seed, k, chunk, rows, cases));
        loaded += BulkInsert.run(this, "ce_asset", ASSET_COLUMNS, assets, chunk, threads,
                (ps, k, rows) -> fillAssets(ps, n, courts, seed, k, chunk, rows, cases));
        int bucket = Math.max(1, cases / Math.max(1, flags));
        loaded += BulkInsert.run(this, "ce_flag", "id, tenant_id, case_id, reason, flagged_by, version", flags, chunk, threads, (ps, k, rows) -> {
            Random r = new Random(seed * 7_000_003L + k);
            int p = 1;
            for (int j = 0; j < rows; j++) {
                long f = (long) k * chunk + j;
                int ci = (int) Math.min(cases - 1, f * bucket + r.nextInt(bucket));
                ps.setLong(p++, FIRST_CE_ID + assets + f);
                ps.setString(p++, courts.get(ci % n));
                ps.setLong(p++, FIRST_CASE_ID + ci);
                ps.setString(p++, "基准测试：被执行人系当地纳税大户 / bench flag " + f);
                ps.setString(p++, "bench-loader");
                ps.setLong(p++, 0);
            }
        });
        double loadSecs = secs(t0);
        Cpu c1 = procs.cpu();
        System.out.printf("loaded %,d rows in %.1f s (%,.0f rows/s)%n", loaded, loadSecs, loaded / loadSecs);
        System.out.println("  CPU meanwhile: " + procs.report(c0, c1));
        analyze("enforcement_case", "ce_asset", "ce_flag");
        raiseSequence("case_sequence", "enforcement_case", scalar("SELECT COALESCE(MAX(id), 0) FROM enforcement_case"));
        raiseSequence("ce_sequence", "ce", Math.max(scalar("SELECT COALESCE(MAX(id), 0) FROM ce_asset"),
                scalar("SELECT COALESCE(MAX(id), 0) FROM ce_flag")));
        for (String t : List.of("enforcement_case", "ce_asset", "ce_flag")) printSize(t);
        try (Connection c = db(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT MIN(n), AVG(n), MAX(n), MIN(o), AVG(o), MAX(o) FROM (SELECT tenant_id, COUNT(*) n, SUM(status = 'OPEN') o "
                        + "FROM enforcement_case GROUP BY tenant_id) x")) {
            r.next();
            System.out.printf("  per court: cases min/avg/max %,d / %,.0f / %,d, of them open %,d / %,.0f / %,d%n", r.getLong(1),
                    r.getDouble(2), r.getLong(3), r.getLong(4), r.getDouble(5), r.getLong(6));
        }
        summary.add(new String[]{"Bulk load " + fmt(cases) + " cases + " + fmt(assets) + " results + " + fmt(flags) + " flags (JDBC, "
                + threads + " conn.)", String.format(Locale.ROOT, "%.1f s (%,.0f rows/s)", loadSecs, loaded / loadSecs), "-", "info"});
    }

    /** When case ci was filed: evenly over the span, in id order. */
    long filedMicros(long ci, int cases) {
        return startMicros + (long) ((double) ci / cases * (SPAN_DAYS * DAY_MICROS));
    }

    LocalDate day(long micros) {
        return Instant.ofEpochSecond(micros / 1_000_000).atZone(COURT_ZONE).toLocalDate();
    }

    void fillCases(PreparedStatement ps, List<String> courts, long seed, int k, int chunk, int rows, int cases) throws SQLException {
        Random r = new Random(seed * 1_000_003L + k);
        int n = courts.size();
        int p = 1;
        for (int j = 0; j < rows; j++) {
            long ci = (long) k * chunk + j;
            long filed = filedMicros(ci, cases);
            int courtIndex = (int) (ci % n);
            long sequence = ci / n + 1;
            boolean young = nowMicros - filed < 182 * DAY_MICROS;
            boolean closed = r.nextDouble() < (young ? 0.25 : 0.65);
            ps.setLong(p++, FIRST_CASE_ID + ci);
            ps.setString(p++, courts.get(courtIndex));
            ps.setString(p++, "（" + day(filed).getYear() + "）黑" + (1000 + courtIndex) + "执" + sequence + "号");
            ps.setString(p++, "基准测试申请人" + (ci % 997) + "有限公司");
            ps.setString(p++, "基准测试被执行人" + ci);
            ps.setLong(p++, 10_000 + r.nextInt(50_000_000));
            ps.setString(p++, closed ? "CLOSED" : "OPEN");
            ps.setLong(p++, filed);
            if (closed) {
                ps.setLong(p++, filed + (long) (r.nextDouble() * (nowMicros - filed)));
                ps.setString(p++, "执行完毕 / executed in full");
            } else {
                ps.setNull(p++, Types.BIGINT);
                ps.setNull(p++, Types.VARCHAR);
            }
            ps.setLong(p++, r.nextInt(3));
        }
    }

    void fillAssets(PreparedStatement ps, int n, List<String> courts, long seed, int k, int chunk, int rows, int cases) throws SQLException {
        Random r = new Random(seed * 3_000_017L + k);
        LocalDate today = day(nowMicros);
        int p = 1;
        for (int j = 0; j < rows; j++) {
            long a = (long) k * chunk + j;
            int ci = r.nextInt(cases);
            LocalDate filed = day(filedMicros(ci, cases));
            long span = Math.max(0, today.toEpochDay() - filed.toEpochDay());
            LocalDate found = filed.plusDays((long) (r.nextDouble() * span));
            int kind = r.nextInt(KINDS.length);
            double u = r.nextDouble();
            String measure = u < 0.50 ? "NONE" : u < 0.75 ? "FROZEN" : u < 0.95 ? "SEIZED" : "DEDUCTED";
            LocalDate on = measure.equals("NONE") ? null : found.plusDays(Math.min(today.toEpochDay() - found.toEpochDay(), r.nextInt(10)));
            LocalDate until = measure.equals("FROZEN") || measure.equals("SEIZED") ? on.plusYears(KIND_YEARS[kind]) : null;
            ps.setLong(p++, FIRST_CE_ID + a);
            ps.setString(p++, courts.get(ci % n));
            ps.setLong(p++, FIRST_CASE_ID + ci);
            ps.setString(p++, KINDS[kind]);
            ps.setString(p++, "基准测试查控结果 " + a + "：某银行账户/不动产/车辆/证券");
            ps.setLong(p++, r.nextInt(100_000_000));
            ps.setString(p++, measure);
            ps.setObject(p++, found);
            setDate(ps, p++, on);
            setDate(ps, p++, until);
            ps.setString(p++, "bench-loader");
            ps.setLong(p++, 0);
        }
    }

    static void setDate(PreparedStatement ps, int i, LocalDate d) throws SQLException {
        if (d == null) ps.setNull(i, Types.DATE);
        else ps.setObject(i, d);
    }
}
