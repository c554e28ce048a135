package seizure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import common.BulkInsert;
import common.KarafRun;
import common.Procs.Cpu;

/** Phase 1: bulk-loading the generated seizures straight into MariaDB. */
final class BulkLoad extends SeizureRun {
    BulkLoad(KarafRun run) {
        super(run);
    }

    void bulkLoad(List<String> courts) throws Exception {
        int rows = o.integer("rows", 1_000_000);
        int chunk = o.integer("chunk", 1000);
        int threads = o.integer("load-threads", 2);
        long seed = o.longValue("seed", 42);
        title("1. Bulk load of " + fmt(rows) + " seizures over " + courts.size() + " courts");
        System.out.println("JDBC, multi-row INSERT of " + chunk + " rows per statement, commit every 10 statements, "
                + threads + " loader connection(s); ids from " + FIRST_ID + "; seed " + seed);
        System.out.println("data: 10 % expired in the past (LAPSED/RELEASED/PROCEEDS_RECEIVED), 2 % PROPOSED (no dates),"
                + " 88 % expiring over the next 1,096 days (80 % ACTIVE, 8 % other in-force states, 12 % sold/released)");
        long existing = scalar("SELECT COUNT(*) FROM seizure");
        if (existing > 0) throw new IllegalStateException("table seizure already holds " + existing + " rows; run prepare first");
        Cpu c0 = procs.cpu();
        long t0 = System.nanoTime();
        long loaded = BulkInsert.run(this, "seizure", COLUMNS, rows, chunk, threads, (ps, k, n) -> fillChunk(ps, courts, seed, k, chunk, n));
        double loadSecs = secs(t0);
        Cpu c1 = procs.cpu();
        long count = scalar("SELECT COUNT(*) FROM seizure");
        System.out.printf("loaded %,d rows in %.1f s (%,.0f rows/s); table now holds %,d rows%n", loaded, loadSecs, loaded / loadSecs, count);
        System.out.println("  CPU meanwhile: " + procs.report(c0, c1));
        analyze("seizure");
        raiseSequence("seizure_sequence", "seizure", scalar("SELECT COALESCE(MAX(id), 0) FROM seizure"));
        printSize("seizure");
        LocalDate until = today.plusDays(30);
        try (Connection c = db(); PreparedStatement ps = c.prepareStatement(
                "SELECT MIN(n), AVG(n), MAX(n), MIN(e), AVG(e), MAX(e), SUM(n), SUM(e) FROM (SELECT tenant_id, COUNT(*) n, "
                        + "SUM(state IN ('ACTIVE','SALE_REPORTED','SALE_APPROVED','VIOLATION') AND expiry_date <= ?) e "
                        + "FROM seizure GROUP BY tenant_id) x")) {
            ps.setObject(1, until);
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                System.out.printf("  per court: rows min/avg/max %,d / %,.0f / %,d; in force and expiring by %s min/avg/max %d / %.0f / %d"
                                + " (%.2f %% of all rows)%n", r.getLong(1), r.getDouble(2), r.getLong(3), until, r.getLong(4),
                        r.getDouble(5), r.getLong(6), 100.0 * r.getLong(8) / r.getLong(7));
            }
        }
        summary.add(new String[]{"Bulk load " + fmt(rows) + " seizures (JDBC, " + threads + " connections)",
                String.format(Locale.ROOT, "%.1f s (%,.0f rows/s)", loadSecs, loaded / loadSecs), "-", "info"});
    }

    static final String COLUMNS = "id, tenant_id, case_id, asset_type, state, costs_fen, operating_minimum_fen, seized_value_fen, reason, "
            + "custody_terms, start_date, expiry_date, renewals, inspection_days, next_inspection_date, created_micros, version";

    /** Asset types with their legal period (the distribution's defaults), longest first. */
    static final String[] TYPES = {"REAL_ESTATE", "OTHER_PROPERTY_RIGHT", "MOVABLE", "BANK_DEPOSIT", "TRADEMARK", "PATENT"};
    static final Period[] PERIODS = {Period.ofYears(3), Period.ofYears(3), Period.ofYears(2), Period.ofYears(1),
            Period.ofYears(1), Period.ofMonths(6)};

    /** Rows of chunk k, from a generator seeded by (seed, k) so that the data do not depend on the number of loaders. */
    void fillChunk(PreparedStatement ps, List<String> courts, long seed, int k, int chunk, int n) throws SQLException {
        Random r = new Random(seed * 1_000_003L + k);
        long nowMicros = System.currentTimeMillis() * 1000;
        int p = 1;
        for (int j = 0; j < n; j++) {
            long id = FIRST_ID + (long) k * chunk + j;
            String court = courts.get(r.nextInt(courts.size()));
            double u = r.nextDouble();
            String state;
            LocalDate expiry = null;
            int type;
            if (u < 0.10) {
                expiry = today.minusDays(1 + r.nextInt(730));
                double v = r.nextDouble();
                state = v < 0.6 ? "LAPSED" : v < 0.9 ? "RELEASED" : "PROCEEDS_RECEIVED";
                type = r.nextInt(TYPES.length);
            } else if (u < 0.12) {
                state = "PROPOSED";
                type = r.nextInt(TYPES.length);
            } else {
                int offset = r.nextInt(1096);
                expiry = today.plusDays(offset);
                double v = r.nextDouble();
                state = v < 0.80 ? "ACTIVE" : v < 0.83 ? "VIOLATION" : v < 0.86 ? "SALE_REPORTED" : v < 0.88 ? "SALE_APPROVED"
                        : v < 0.90 ? "SOLD" : "RELEASED";
                // a type whose period is at least as long as the time left, so that the start lies in the past
                int fits = 0;
                while (fits + 1 < TYPES.length && !today.plus(PERIODS[fits + 1]).isBefore(expiry)) fits++;
                type = r.nextInt(fits + 1);
            }
            LocalDate startDate = expiry == null ? null : expiry.minus(PERIODS[type]);
            if (startDate != null && startDate.isAfter(today)) startDate = today;
            boolean inForce = IN_FORCE.contains(state);
            ps.setLong(p++, id);
            ps.setString(p++, court);
            ps.setLong(p++, 90_000_000L + id / 3);
            ps.setString(p++, TYPES[type]);
            ps.setString(p++, state);
            ps.setLong(p++, r.nextInt(500_001));
            ps.setLong(p++, 0);
            ps.setLong(p++, 100_000L + r.nextInt(50_000_000));
            ps.setString(p++, "基准测试数据：活封生猪/设备 / bench row " + id);
            ps.setString(p++, r.nextBoolean() ? "未经法院同意不得转让、出售，出售须提前报告" : null);
            setDate(ps, p++, startDate);
            setDate(ps, p++, expiry);
            ps.setInt(p++, r.nextInt(20) == 0 ? 1 : 0);
            ps.setInt(p++, 30);
            setDate(ps, p++, inForce ? today.minusDays(10).plusDays(r.nextInt(40)) : null);
            ps.setLong(p++, nowMicros - (long) r.nextInt(1_000_000_000) * 1000);
            ps.setLong(p++, r.nextInt(4));
        }
    }

    static void setDate(PreparedStatement ps, int i, LocalDate d) throws SQLException {
        if (d == null) ps.setNull(i, Types.DATE);
        else ps.setObject(i, d);
    }
}
