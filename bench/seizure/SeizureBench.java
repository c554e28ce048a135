package seizure;

import java.util.List;

import common.Opts;

/**
 * Benchmark of the live-seizure capability (活查封) on the extracted distribution with MariaDB.
 * Prints figures; it is not a test. Two steps, both started by bench/run-seizure.sh:
 *
 * <pre>
 *   java -cp bench/out/classes:mariadb-java-client.jar seizure.SeizureBench prepare --home DIST [--courts 200]
 *       drops and creates the database, writes the extra court files (before Karaf starts)
 *   java -cp bench/out/classes:mariadb-java-client.jar seizure.SeizureBench measure --home DIST --port P --karaf-pid PID
 *       waits for the platform, bulk-loads the seizures, measures the expiring view and inspections
 * </pre>
 *
 * Java 17, no dependency other than the MariaDB JDBC driver on the class path. The phases are in
 * BulkLoad, ExpiringView and Inspections (the platform start in common.KarafRun); the prepare step in Prepare.
 */
public class SeizureBench extends SeizureRun {
    public static void main(String[] args) {
        main("seizure-bench", "SeizureBench prepare --home DIST [--courts N] | measure --home DIST --port P [options]", args,
                Prepare::prepare, o -> new SeizureBench(o).measure());
    }

    SeizureBench(Opts o) {
        super(o);
    }

    int measure() {
        return measureAll("Live-seizure benchmark", () -> {
            header("Live-seizure benchmark");
            List<String> courts = waitForPlatform("live-seizure", "SELECT seq_count FROM seizure_sequence WHERE seq_name = 'seizure'", "%");
            new BulkLoad(this).bulkLoad(courts);
            String token = new ExpiringView(this).expiringView();
            new Inspections(this).inspections(token);
        });
    }
}
