package crossenf;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import common.CourtFiles;
import common.Opts;

/**
 * Benchmark of the cross-enforcement capability (交叉执行) on the extracted distribution with MariaDB.
 * Prints figures; it is not a test. Two steps, both started by bench/run-crossenf.sh:
 *
 * <pre>
 *   java -cp bench/out/classes:mariadb-java-client.jar crossenf.CrossEnfBench prepare --home DIST --db cep_bench_ce [--courts 200]
 *       drops and creates the database, writes the basic court files ce-b001 … (before Karaf starts)
 *   java -cp bench/out/classes:mariadb-java-client.jar crossenf.CrossEnfBench measure --home DIST --port P --karaf-pid PID --db …
 *       waits for the platform, bulk-loads the cases, measures transfers, audited file reads and the eligibility views
 * </pre>
 *
 * Java 17, no dependency other than the MariaDB JDBC driver. Phases: CaseLoad, TransferPhase, FileReads,
 * EligibleViews (the platform start in common.KarafRun).
 */
public class CrossEnfBench extends CeRun {
    static final String PREFIX = "ce-b";

    /** The courts and people of the run: who sends, receives, reads and supervises. */
    record Cast(String original, String receiving, String owner, String reader, String viewCourt, String officerO, String officerR,
                String officerOwner, String officerReader, String officerView, String highClerk, String highSupervisor) {
    }

    public static void main(String[] args) {
        main("crossenf-bench", "CrossEnfBench prepare --home DIST --db DB [--courts N] | measure --home DIST --port P --db DB [options]",
                args, CrossEnfBench::prepare, o -> new CrossEnfBench(o).measure());
    }

    CrossEnfBench(Opts o) {
        super(o);
    }

    /** Fresh database and --courts basic courts ce-b001 … with cross-enforcement under the shipped intermediate courts. */
    static void prepare(Opts o) throws Exception {
        CourtFiles.recreateDatabase(o);
        Path dir = Path.of(o.req("home")).resolve("tenant-config");
        List<Map<String, String>> shipped = CourtFiles.readAll(dir);
        List<String> intermediates = CourtFiles.intermediates(shipped);
        int add = o.integer("courts", 200);
        long on = shipped.stream().filter(c -> CourtFiles.hasCapability(c, "cross-enforcement")).count();
        System.out.printf("prepare: %d court file(s) shipped, %d with cross-enforcement; writing %d basic courts %s001… (computerization"
                + " standard, capabilities = cross-enforcement) under %s%n", shipped.size(), on, add, PREFIX, intermediates);
        CourtFiles.writeBasicCourts(dir, PREFIX, add, intermediates, "cross-enforcement", "bench/crossenf/CrossEnfBench.java");
        System.out.printf("prepare: %d court files in %s, %d of them with cross-enforcement%n", shipped.size() + add, dir, on + add);
    }

    int measure() {
        return measureAll("Cross-enforcement benchmark", () -> {
            header("Cross-enforcement benchmark");
            List<String> courts = waitForPlatform("cross-enforcement",
                    "SELECT c.seq_count FROM ce_sequence c, case_sequence s WHERE c.seq_name = 'ce' AND s.seq_name = 'enforcement_case'",
                    PREFIX + "%");
            new CaseLoad(this).load(courts);
            Cast cast = cast(courts);
            new TransferPhase(this).run(cast);
            new FileReads(this).run(cast);
            new EligibleViews(this).run(cast);
        });
    }

    /** Users for every part, created by the provincial admin; the courts are generated ones in different cities. */
    Cast cast(List<String> courts) throws Exception {
        title("Users");
        if (courts.size() < 5) throw new IllegalStateException("need at least 5 generated courts, have " + courts.size());
        String view = o.get("court", courts.get(courts.size() / 2 - 1));
        Cast c = new Cast(courts.get(0), courts.get(1), courts.get(2), courts.get(3), view,
                userToken(courts.get(0), "ce-officer-o", "enforcement-officer", "原执行法院执行员"),
                userToken(courts.get(1), "ce-officer-r", "enforcement-officer", "接收法院执行员"),
                userToken(courts.get(2), "ce-officer-owner", "enforcement-officer", "卷宗所属法院执行员"),
                userToken(courts.get(3), "ce-officer-reader", "enforcement-officer", "调卷法院执行员"),
                userToken(view, "ce-officer-view", "enforcement-officer", "执行员"),
                userToken("hlj-high", "ce-clerk", "clerk", "高院立案庭书记员"),
                userToken("hlj-high", "ce-supervisor", "supervisor", "高院执行监督"));
        System.out.println("transfer: " + c.original() + " -> " + c.receiving() + "; file reads: " + c.reader() + " reads " + c.owner()
                + "; eligible view of " + c.viewCourt() + "; applications and jurisdiction view at hlj-high");
        System.out.println("users: one enforcement officer in each of those courts, a clerk and a supervisor in hlj-high (all logged in)");
        return c;
    }
}
