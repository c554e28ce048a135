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
import java.util.Map;
import java.util.Set;

import common.KarafRun;
import common.Lat;

/**
 * The database's share of the eligibility views, straight over JDBC: the view's queries, the eligible count by the
 * same rules, EXPLAIN, and a what-if with the cases stored by court.
 */
final class DatabaseShare extends CeRun {

    DatabaseShare(KarafRun run) {
        super(run);
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
