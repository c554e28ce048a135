package seizure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
 * Platform, BulkLoad, ExpiringView and Inspections; the prepare step in Prepare.
 */
public class SeizureBench extends SeizureRun {
    public static void main(String[] args) {
        if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help")) {
            System.out.println("usage: SeizureBench prepare --home DIST [--courts N] | measure --home DIST --port P [options]"
                    + " (see bench/README.md)");
            return;
        }
        Opts o = Opts.parse(Arrays.copyOfRange(args, 1, args.length));
        try {
            switch (args[0]) {
                case "prepare" -> Prepare.prepare(o);
                case "measure" -> System.exit(new SeizureBench(o).measure());
                default -> throw new IllegalArgumentException("unknown step " + args[0] + " (prepare or measure)");
            }
        } catch (Exception e) {
            System.out.println("seizure-bench: ABORTED: " + e);
            e.printStackTrace(System.out);
            System.exit(1);
        }
    }

    SeizureBench(Opts o) {
        super(o);
    }

    int measure() {
        int rc = 0;
        long t0 = System.nanoTime();
        try {
            Platform platform = new Platform(this);
            platform.header();
            List<String> courts = platform.waitForPlatform();
            adminToken = platform.adminToken;
            new BulkLoad(this).bulkLoad(courts);
            String token = new ExpiringView(this).expiringView();
            new Inspections(this).inspections(token);
        } catch (Exception e) {
            rc = 1;
            System.out.println();
            System.out.println("seizure-bench: ABORTED: " + e);
            e.printStackTrace(System.out);
            notes.add("The run was ABORTED: " + e);
        }
        try {
            karafLog();
        } catch (Exception e) {
            System.out.println("(could not read karaf.log: " + e + ")");
        }
        printSummary((System.nanoTime() - t0) / 1e9);
        return rc;
    }

    // ---------------------------------------------------------------- karaf.log and summary

    void karafLog() throws IOException {
        title("Karaf log");
        Path log = home.resolve("data/log/karaf.log");
        if (!Files.exists(log)) {
            System.out.println("no " + log);
            return;
        }
        Map<String, Integer> seen = new LinkedHashMap<>();
        int warn = 0;
        int error = 0;
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            String[] parts = line.split("\\|");
            if (parts.length < 6) continue;
            String level = parts[1].strip();
            if (!level.equals("WARN") && !level.equals("ERROR")) continue;
            if (level.equals("WARN")) warn++;
            else error++;
            String msg = level + " " + parts[3].strip() + ": " + String.join("|", Arrays.copyOfRange(parts, 5, parts.length)).strip();
            msg = msg.replaceAll("\\d{6,}", "N");
            if (msg.length() > 240) msg = msg.substring(0, 240) + "…";
            seen.merge(msg, 1, Integer::sum);
        }
        System.out.println(log + ": " + error + " ERROR, " + warn + " WARN line(s)");
        seen.entrySet().stream().limit(12).forEach(e -> System.out.println("  " + e.getValue() + " x " + e.getKey()));
        if (error > 0) notes.add("karaf.log has " + error + " ERROR line(s); see the 'Karaf log' section above.");
    }

    void printSummary(double totalSecs) {
        title("Summary");
        StringBuilder sb = new StringBuilder();
        sb.append("Live-seizure benchmark, ").append(LocalDateTime.now().withNano(0)).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" CPU(s), MariaDB, ")
                .append(String.format(Locale.ROOT, "run took %.0f s%n", totalSecs));
        int w0 = "Figure".length(), w1 = "Value".length(), w2 = "Target".length();
        for (String[] r : summary) {
            w0 = Math.max(w0, r[0].length());
            w1 = Math.max(w1, r[1].length());
            w2 = Math.max(w2, r[2].length());
        }
        String f = "%-" + w0 + "s | %-" + w1 + "s | %-" + w2 + "s | %s%n";
        sb.append(String.format(Locale.ROOT, f, "Figure", "Value", "Target", "Result"));
        sb.append("-".repeat(w0)).append("-+-").append("-".repeat(w1)).append("-+-").append("-".repeat(w2)).append("-+-------\n");
        for (String[] r : summary) sb.append(String.format(Locale.ROOT, f, (Object[]) r));
        notes.add(0, "Client, platform and MariaDB share the machine; the load generator takes CPU the server would otherwise have. "
                + String.format(Locale.ROOT, "CPU used by other processes peaked at %.2f of %d CPUs during the timed windows",
                procs.maxOthersCpu, Runtime.getRuntime().availableProcessors())
                + (procs.maxOthersCpu > 0.15 ? " (a busy machine: repeat on a quiet one for firm figures)." : "."));
        sb.append("\nNotes:\n");
        for (String n : notes) sb.append("- ").append(n).append('\n');
        System.out.print(sb);
        String result = o.get("result", null);
        if (result != null) {
            try {
                Path p = Path.of(result);
                Files.createDirectories(p.toAbsolutePath().getParent());
                Files.writeString(p, sb.toString(), StandardCharsets.UTF_8);
                System.out.println("\nsummary written to " + p);
            } catch (IOException e) {
                System.out.println("could not write " + result + ": " + e);
            }
        }
    }
}
