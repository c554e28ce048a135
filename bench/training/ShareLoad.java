package training;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import common.BulkInsert;
import common.KarafRun;

/**
 * Phase 1: every court with training on writes --modules modules (20) and shares each province-wide: one SHARE grant
 * (scope module:&lt;id&gt;, a year) to every other court of its province with training on, as POST …/shares
 * {"provinceWide":true} issues them. Loaded straight into MariaDB (tr_module, tr_module_version, crossing_grant);
 * the owning courts' own records of the shares (tr_share) and the audit entries of the issue are not loaded: the
 * listing measured here reads neither.
 */
final class ShareLoad extends KarafRun {
    static final long FIRST_MODULE_ID = 10_000_000L;
    static final long FIRST_GRANT_ID = 10_000_000L;

    ShareLoad(KarafRun run) {
        super(run);
    }

    /** The courts with training on, by province (the high court above them), in a fixed order. */
    record Provinces(List<String> courts, Map<String, Integer> index, Map<String, List<String>> byHigh, Map<String, String> highOf,
                     Map<String, String> level, int modulesPerCourt) {
        List<String> province(String court) {
            return byHigh.get(highOf.get(court));
        }

        long moduleId(String court, int k) {
            return FIRST_MODULE_ID + (long) index.get(court) * modulesPerCourt + k;
        }

        /** A basic court of a generated province of median size: what most courts see. */
        String typicalBasicCourt() {
            List<List<String>> ps = new ArrayList<>(byHigh.values());
            ps.sort((a, b) -> Integer.compare(a.size(), b.size()));
            List<String> median = ps.get(ps.size() / 2);
            return median.stream().filter(c -> "basic".equals(level.get(c))).findFirst().orElse(median.get(0));
        }

        /** Modules shared with one court: the other courts of its province, each with its modules. */
        long sharedWith(String court) {
            return (long) (province(court).size() - 1) * modulesPerCourt;
        }
    }

    Provinces load(List<String> training) throws Exception {
        title("1. Modules shared province-wide (bulk load)");
        int modules = o.integer("modules", 20);
        Map<String, String> parent = new HashMap<>();
        Map<String, String> level = new HashMap<>();
        try (Connection c = db(); PreparedStatement ps = c.prepareStatement("SELECT id, parent_id, court_level FROM court WHERE active");
             ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                parent.put(r.getString(1), r.getString(2));
                level.put(r.getString(1), r.getString(3).toLowerCase(java.util.Locale.ROOT));
            }
        }
        Set<String> on = new HashSet<>(training);
        Map<String, String> highOf = new HashMap<>();
        Map<String, List<String>> byHigh = new TreeMap<>();
        List<String> courts = new ArrayList<>();
        for (String c : training) {
            String h = c;
            while (h != null && !"high".equals(level.get(h))) h = parent.get(h);
            if (h == null) continue; // under no high court: shares with named courts only
            highOf.put(c, h);
            byHigh.computeIfAbsent(h, x -> new ArrayList<>()).add(c);
        }
        byHigh.values().forEach(l -> l.sort(null));
        byHigh.values().forEach(courts::addAll);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < courts.size(); i++) index.put(courts.get(i), i);
        Provinces p = new Provinces(courts, index, byHigh, highOf, level, modules);
        List<Integer> sizes = byHigh.values().stream().map(List::size).sorted().toList();
        System.out.printf("%d courts with training on in %d provinces (courts per province: min %d, median %d, max %d); %d modules each%n",
                courts.size(), byHigh.size(), sizes.get(0), sizes.get(sizes.size() / 2), sizes.get(sizes.size() - 1), modules);
        if (courts.size() != on.size()) notes.add((on.size() - courts.size()) + " court(s) with training on are under no high court and share nothing.");

        long now = Instant.now().toEpochMilli() * 1000;
        long until = Instant.now().plus(Duration.ofDays(365)).toEpochMilli() * 1000;
        long moduleRows = (long) courts.size() * modules;
        int threads = o.integer("load-threads", 4);
        long t0 = System.nanoTime();
        BulkInsert.run(this, "tr_module", "id,tenant_id,current_version,title_zh,stages,created_by,created_micros,version", moduleRows, 1000,
                threads, (ps, k, n) -> {
                    int i = 1;
                    for (long row = (long) k * 1000; row < (long) k * 1000 + n; row++) {
                        String court = courts.get((int) (row / modules));
                        ps.setLong(i++, FIRST_MODULE_ID + row);
                        ps.setString(i++, court);
                        ps.setInt(i++, 1);
                        ps.setString(i++, title(court, (int) (row % modules)));
                        ps.setString(i++, stage((int) (row % modules)));
                        ps.setString(i++, "trainer@" + court);
                        ps.setLong(i++, now);
                        ps.setLong(i++, 1);
                    }
                });
        BulkInsert.run(this, "tr_module_version", "id,tenant_id,module_id,number,title_zh,body_zh,stages,changed,author,created_micros",
                moduleRows, 1000, threads, (ps, k, n) -> {
                    int i = 1;
                    for (long row = (long) k * 1000; row < (long) k * 1000 + n; row++) {
                        String court = courts.get((int) (row / modules));
                        ps.setLong(i++, FIRST_MODULE_ID + row);
                        ps.setString(i++, court);
                        ps.setLong(i++, FIRST_MODULE_ID + row);
                        ps.setInt(i++, 1);
                        ps.setString(i++, title(court, (int) (row % modules)));
                        ps.setString(i++, "一、明确本阶段的工作目标。\n二、按规范流程逐项办理。\n三、记录并归档。");
                        ps.setString(i++, stage((int) (row % modules)));
                        ps.setString(i++, "titleZh,bodyZh,stages");
                        ps.setString(i++, "trainer@" + court);
                        ps.setLong(i++, now);
                    }
                });
        System.out.printf("modules: %,d in tr_module and tr_module_version (%.1f s)%n", moduleRows, secs(t0));

        // grants: province by province, owner by owner, module by module, every other court of the province
        List<String> highs = new ArrayList<>(byHigh.keySet());
        long[] start = new long[highs.size() + 1];
        for (int h = 0; h < highs.size(); h++) {
            long n = byHigh.get(highs.get(h)).size();
            start[h + 1] = start[h] + n * modules * (n - 1);
        }
        long grants = start[highs.size()];
        long t1 = System.nanoTime();
        BulkInsert.run(this, "crossing_grant", "id,purpose,owner_court_id,grantee_court_id,issuer_court_id,scope,valid_from_micros,"
                + "valid_until_micros,status,issued_by,note,version", grants, 1000, threads, (ps, k, n) -> {
                    int i = 1;
                    for (long row = (long) k * 1000; row < (long) k * 1000 + n; row++) {
                        int h = province(start, row);
                        List<String> members = byHigh.get(highs.get(h));
                        long r = row - start[h];
                        int others = members.size() - 1;
                        int owner = (int) (r / ((long) modules * others));
                        long rest = r % ((long) modules * others);
                        int module = (int) (rest / others);
                        int g = (int) (rest % others);
                        String ownerId = members.get(owner);
                        String grantee = members.get(g < owner ? g : g + 1);
                        ps.setLong(i++, FIRST_GRANT_ID + row);
                        ps.setString(i++, "SHARE");
                        ps.setString(i++, ownerId);
                        ps.setString(i++, grantee);
                        ps.setString(i++, ownerId);
                        ps.setString(i++, "module:" + p.moduleId(ownerId, module));
                        ps.setLong(i++, now);
                        ps.setLong(i++, until);
                        ps.setString(i++, "GRANTED");
                        ps.setString(i++, "admin@" + ownerId);
                        ps.setString(i++, title(ownerId, module));
                        ps.setLong(i++, 0);
                    }
                });
        double gs = secs(t1);
        System.out.printf("grants: %,d SHARE grants in crossing_grant (%.1f s, %,.0f rows/s)%n", grants, gs, grants / gs);
        summary.add(new String[] {"SHARE grants loaded (20 modules x every other court of the province)", fmt(grants), "-", "-"});
        raiseSequence("tr_sequence", "tr", FIRST_MODULE_ID + moduleRows);
        raiseSequence("grant_sequence", "crossing_grant", FIRST_GRANT_ID + grants);
        analyze("tr_module", "tr_module_version", "crossing_grant");
        printSize("crossing_grant");
        return p;
    }

    private static int province(long[] start, long row) {
        int lo = 0, hi = start.length - 2;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (start[mid] <= row) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    static String title(String court, int k) {
        return "培训模块 " + (k + 1) + "（" + court + "）";
    }

    static String stage(int k) {
        String[] s = {"ACCEPTANCE", "PROPERTY_INVESTIGATION", "VALUATION_AUCTION", "SETTLEMENT", "LIVE_SEIZURE", "CROSS_ENFORCEMENT",
                "CONDUCT_ENFORCEMENT"};
        return s[k % s.length];
    }
}
