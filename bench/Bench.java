// Benchmark of the CEP Karaf distribution. A program that prints figures, not a test.
// Single-file Java 17 source program without dependencies; normally started by bench/run.sh:
//
//     java bench/Bench.java <extracted distribution folder> <http port> [options]
//
// The distribution folder must be freshly extracted (empty data/) with its HTTP and SSH ports
// already set; run.sh does that. CEP_ADMIN_PASSWORD must be set in the environment: Karaf gets
// it for the first provincial admin and this program logs in with it. See bench/README.md.

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

public class Bench {

    // ---------------------------------------------------------------- targets (from the issue)
    static final double TARGET_COLD_START_S = 10.0;
    static final double TARGET_IDLE_RSS_MIB = 350.0;
    static final double TARGET_APPLY_S = 30.0;
    static final double TARGET_COST_GROWTH_PCT = 5.0;
    /** CPU taken by other processes above which a figure is flagged as disturbed. */
    static final double DISTURBED_CORES = 0.15;

    /** Basic courts removed from the shipped example so that the small setup has exactly 10 courts. */
    static final List<String> REMOVED_FOR_TEN = List.of("hlj-baiquan", "hlj-binxian", "hlj-keshan");
    /** Court used by the authenticated GET workload; it is in the shipped example. */
    static final String PROBE_COURT = "hlj-kedong";

    // ---------------------------------------------------------------- options
    static Path dist;
    static int port;
    static Path outDir;
    static Path resultFile;
    static int threads = 4;
    static int warmupSeconds = 10;
    static int measureSeconds = 15;
    static int settleSeconds = 10;
    static int totalCourts = 3500;
    static boolean keep13 = false;
    static long seed = 20240601L;
    static int quietWaitSeconds = 60;
    static String adminPassword;

    static String base;
    static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3))
            .build();

    static final List<String[]> summary = new ArrayList<>();
    static final List<String> notes = new ArrayList<>();
    static final List<String> header = new ArrayList<>();
    static Karaf karaf;

    public static void main(String[] args) throws Exception {
        parseArgs(args);
        base = "http://localhost:" + port + "/api/v1";
        adminPassword = System.getenv("CEP_ADMIN_PASSWORD");
        if (adminPassword == null || adminPassword.length() < 12) {
            die("CEP_ADMIN_PASSWORD must be set (>= 12 characters, 3 of 4 classes, not containing the user name)");
        }
        if (outDir == null) outDir = dist.getParent();
        Files.createDirectories(outDir);
        karaf = new Karaf(dist, outDir);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (karaf.isRunning()) {
                System.err.println("[bench] exiting: stopping Karaf");
                karaf.kill();
            }
        }));

        printHeader();
        int exit = 0;
        try {
            run();
        } catch (Exception e) {
            exit = 1;
            System.out.println();
            System.out.println("!! Benchmark aborted: " + e);
            notes.add("ABORTED: " + e.getMessage());
            printLogTail(60);
        } finally {
            phase("Stop Karaf");
            if (karaf.isRunning()) {
                double s = karaf.stop();
                System.out.printf(Locale.ROOT, "  stopped in %.1f s%n", s);
            } else {
                System.out.println("  not running");
            }
            copyLog("karaf-final.log");
        }
        printSummary();
        System.exit(exit);
    }

    // ================================================================ phases

    static double coldStart10, loginReady10, rss10, rss10gc, applySeconds = Double.NaN;
    static double coldStart3500, rss3500, rss3500gc;
    static LoadResult login10, get10, login3500, get3500;

    static void run() throws Exception {
        // ---- 0. the small setup
        phase("Prepare the small setup");
        Path tenantDir = dist.resolve("tenant-config");
        if (!keep13) {
            for (String id : REMOVED_FOR_TEN) Files.deleteIfExists(tenantDir.resolve(id + ".court"));
            System.out.println("  removed the basic courts " + String.join(", ", REMOVED_FOR_TEN)
                    + " from tenant-config (option --keep13 keeps all 13)");
        }
        List<Path> existing = courtFiles(tenantDir);
        int smallCourts = existing.size();
        System.out.println("  small setup: " + smallCourts + " court files in " + tenantDir);
        if (!Files.exists(tenantDir.resolve(PROBE_COURT + ".court"))) die("court file " + PROBE_COURT + ".court is missing");
        String small = smallCourts + " courts";

        // ---- 1. cold start
        phase("[1] Cold start, fresh data folder, " + small);
        waitQuiet("the cold start");
        long t0 = System.nanoTime();
        OtherCpu other = new OtherCpu(0);
        karaf.start(adminPassword);
        coldStart10 = waitHealthy(t0, 180);
        System.out.printf(Locale.ROOT, "  GET /health 200 UP after %.2f s (launch of bin/karaf server -> healthy)%n", coldStart10);
        coldStartNote(other, coldStart10);
        String token = waitLogin(60);
        loginReady10 = secondsSince(t0);
        System.out.printf(Locale.ROOT, "  first successful admin login after %.2f s (admin is created after the first court scan)%n", loginReady10);
        System.out.println("  Karaf JVM pid " + karaf.jvm().pid() + "; " + jvmFlags(karaf.jvm().pid()));
        row("Cold start to healthy /health (" + small + ", fresh)", fmt(coldStart10, 2) + " s",
                "< " + fmt(TARGET_COLD_START_S, 0) + " s", coldStart10 < TARGET_COLD_START_S);
        row("  time to first admin login (info)", fmt(loginReady10, 2) + " s", "", null);

        // ---- 2. idle RSS
        phase("[2] Idle resident memory, " + small);
        double[] r = idleRss();
        rss10 = r[0];
        rss10gc = r[1];
        row("Idle RSS (" + small + ")", fmt(rss10, 0) + " MiB", "< " + fmt(TARGET_IDLE_RSS_MIB, 0) + " MiB",
                rss10 < TARGET_IDLE_RSS_MIB);
        row("  idle RSS after jcmd GC.run (info)", Double.isNaN(rss10gc) ? "n/a" : fmt(rss10gc, 0) + " MiB", "", null);
        row("  idle CPU of the Karaf JVM (info)", fmt(r[2], 1) + " % of a CPU", "", null);

        // ---- 3. throughput with the small setup
        phase("[3] Throughput, " + small);
        int n = countActiveCourts(token);
        System.out.println("  GET /courts lists " + n + " active courts");
        listLatency(token, small);
        login10 = load("login   (POST /auth/login)", loginOp());
        get10 = load("auth GET (/auth/me, /courts/" + PROBE_COURT + ")", getOp(token));

        // ---- 4. generate and apply courts
        phase("[4] Apply " + totalCourts + " courts from config");
        int toGenerate = totalCourts - smallCourts;
        Path staging = outDir.resolve("generated-courts");
        List<GeneratedCourt> generated = generate(existing, toGenerate, staging);
        applySeconds = applyCourts(token, generated, staging, tenantDir);
        row("Apply " + toGenerate + " new court files (-> " + totalCourts + " courts)",
                Double.isNaN(applySeconds) ? "did not finish" : fmt(applySeconds, 2) + " s",
                "< " + fmt(TARGET_APPLY_S, 0) + " s", !Double.isNaN(applySeconds) && applySeconds < TARGET_APPLY_S);

        // ---- 5. cold start and idle RSS with 3,500 courts
        phase("[5] Cold start and idle resident memory, " + totalCourts + " courts");
        System.out.println("  stopping Karaf ...");
        System.out.printf(Locale.ROOT, "  stopped in %.1f s%n", karaf.stop());
        copyLog("karaf-run1.log");
        List<String> wiped = wipeDataExceptDatabase();
        System.out.println("  wiped data/" + String.join(", data/", wiped)
                + " (bundle cache etc.); kept data/cep (H2 database with the courts), data/txlog, data/log");
        waitQuiet("the cold start");
        t0 = System.nanoTime();
        other = new OtherCpu(0);
        karaf.start(adminPassword);
        coldStart3500 = waitHealthy(t0, 180);
        System.out.printf(Locale.ROOT, "  GET /health 200 UP after %.2f s%n", coldStart3500);
        coldStartNote(other, coldStart3500);
        token = waitLogin(60);
        System.out.printf(Locale.ROOT, "  first successful admin login after %.2f s%n", secondsSince(t0));
        double scanned = waitFirstFullScan(token, t0, totalCourts, 120);
        if (!Double.isNaN(scanned)) {
            System.out.printf(Locale.ROOT, "  first full scan of the %d files reported after %.2f s%n", totalCourts, scanned);
        }
        row("Cold start to healthy /health (" + totalCourts + " courts, cache wiped)", fmt(coldStart3500, 2) + " s",
                "< " + fmt(TARGET_COLD_START_S, 0) + " s", coldStart3500 < TARGET_COLD_START_S);
        r = idleRss();
        rss3500 = r[0];
        rss3500gc = r[1];
        row("Idle RSS (" + totalCourts + " courts)", fmt(rss3500, 0) + " MiB", "< " + fmt(TARGET_IDLE_RSS_MIB, 0) + " MiB",
                rss3500 < TARGET_IDLE_RSS_MIB);
        row("  idle RSS after jcmd GC.run (info)", Double.isNaN(rss3500gc) ? "n/a" : fmt(rss3500gc, 0) + " MiB", "", null);
        row("  idle CPU of the Karaf JVM (info)", fmt(r[2], 1) + " % of a CPU", "", null);

        // ---- 6. throughput with 3,500 courts
        phase("[6] Throughput, " + totalCourts + " courts");
        n = countActiveCourts(token);
        System.out.println("  GET /courts lists " + n + " active courts");
        listLatency(token, totalCourts + " courts");
        login3500 = load("login   (POST /auth/login)", loginOp());
        get3500 = load("auth GET (/auth/me, /courts/" + PROBE_COURT + ")", getOp(token));

        System.out.println();
        System.out.println("  Per-request cost, " + totalCourts + " courts vs " + small
                + " (wall time per request = 1 / throughput at " + threads + " client threads):");
        compare("login", login10, login3500);
        compare("auth GET", get10, get3500);
    }

    // ================================================================ Karaf process

    static final class Karaf {
        final Path home;
        final Path out;
        Process script;
        ProcessHandle jvm;
        int starts;

        Karaf(Path home, Path out) {
            this.home = home;
            this.out = out;
        }

        void start(String password) throws IOException {
            starts++;
            Path console = out.resolve("karaf-console-" + starts + ".log");
            ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server");
            pb.directory(home.toFile());
            pb.redirectErrorStream(true);
            pb.redirectOutput(Redirect.appendTo(console.toFile()));
            pb.redirectInput(Redirect.from(new java.io.File("/dev/null")));
            pb.environment().put("CEP_ADMIN_PASSWORD", password);
            script = pb.start();
            jvm = null;
        }

        /** The Karaf JVM: a child of the bin/karaf shell script. */
        ProcessHandle jvm() {
            if (jvm != null && jvm.isAlive()) return jvm;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline) {
                if (script != null) {
                    List<ProcessHandle> found = script.toHandle().descendants()
                            .filter(p -> cmdline(p.pid()).contains("-Dkaraf.base=")).toList();
                    if (!found.isEmpty()) return jvm = found.get(0);
                    if (!script.isAlive()) break;
                }
                sleep(100);
            }
            throw new IllegalStateException("Karaf JVM not found (did bin/karaf server exit? see " + out + "/karaf-console-" + starts + ".log)");
        }

        boolean isRunning() {
            return (script != null && script.isAlive()) || (jvm != null && jvm.isAlive());
        }

        /** bin/stop, then wait; forcibly if it takes too long. @return seconds until the JVM was gone */
        double stop() {
            long t0 = System.nanoTime();
            ProcessHandle j = jvm != null ? jvm : script.toHandle().descendants()
                    .filter(p -> cmdline(p.pid()).contains("-Dkaraf.base=")).findFirst().orElse(null);
            try {
                Process p = new ProcessBuilder(home.resolve("bin/stop").toString()).directory(home.toFile())
                        .redirectErrorStream(true).redirectOutput(Redirect.DISCARD).start();
                p.waitFor(30, TimeUnit.SECONDS);
            } catch (IOException | InterruptedException e) {
                System.out.println("  bin/stop failed: " + e);
            }
            if (!waitGone(j, 60)) {
                System.out.println("  Karaf did not stop within 60 s after bin/stop: sending SIGTERM");
                if (j != null) j.destroy();
                if (!waitGone(j, 20)) {
                    System.out.println("  still running: SIGKILL");
                    if (j != null) j.destroyForcibly();
                    waitGone(j, 10);
                }
            }
            double s = secondsSince(t0);
            try {
                if (!script.waitFor(10, TimeUnit.SECONDS)) script.destroyForcibly();
            } catch (InterruptedException e) {
                script.destroyForcibly();
            }
            return s;
        }

        /** Used by the shutdown hook: no waiting for bin/stop. */
        void kill() {
            if (jvm != null && jvm.isAlive()) {
                jvm.destroy();
                waitGone(jvm, 20);
                if (jvm.isAlive()) jvm.destroyForcibly();
            }
            if (script != null && script.isAlive()) {
                script.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
                script.destroyForcibly();
            }
        }

        static boolean waitGone(ProcessHandle p, int seconds) {
            if (p == null) return true;
            try {
                p.onExit().get(seconds, TimeUnit.SECONDS);
                return true;
            } catch (Exception e) {
                return !p.isAlive();
            }
        }
    }

    static String cmdline(long pid) {
        try {
            byte[] b = Files.readAllBytes(Paths.get("/proc/" + pid + "/cmdline"));
            for (int i = 0; i < b.length; i++) if (b[i] == 0) b[i] = ' ';
            return new String(b, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    static void coldStartNote(OtherCpu other, double seconds) {
        double karafCpu = cpuSeconds(karaf.jvm().pid());
        double cores = other.cores(karafCpu);
        System.out.printf(Locale.ROOT, "  Karaf JVM used %.1f s of CPU to get there (%.2f CPUs on average);"
                + " other processes used %.2f CPU meanwhile%n", karafCpu, karafCpu / seconds, cores);
        if (cores > DISTURBED_CORES) {
            notes.add("cold start (" + fmt(seconds, 2) + " s): other processes used " + fmt(cores, 2)
                    + " CPU meanwhile; the figure is disturbed");
        }
    }

    /** Seconds from t0 until GET /health answers 200 with status UP. */
    static double waitHealthy(long t0, int timeoutSeconds) {
        long deadline = t0 + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> resp = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/health"))
                        .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (resp.statusCode() == 200 && resp.body().contains("\"UP\"")) {
                    double s = secondsSince(t0);
                    System.out.println("  health: " + resp.body());
                    return s;
                }
                last = "HTTP " + resp.statusCode();
            } catch (IOException e) {
                last = e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            if (!karaf.script.isAlive()) throw new IllegalStateException("bin/karaf server exited with " + karaf.script.exitValue());
            sleep(100);
        }
        throw new IllegalStateException("GET /health not healthy within " + timeoutSeconds + " s (last: " + last + ")");
    }

    /** Logs in as the bootstrap admin, retrying while the admin does not exist yet. */
    static String waitLogin(int timeoutSeconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        String last = "";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> resp = post("/auth/login", loginBody(), null);
            if (resp.statusCode() == 200) {
                Object token = asMap(Json.parse(resp.body())).get("token");
                if (token instanceof String s && !s.isEmpty()) return s;
                throw new IllegalStateException("login answered 200 without a token: " + resp.body());
            }
            last = "HTTP " + resp.statusCode() + " " + resp.body();
            if (resp.statusCode() == 429) throw new IllegalStateException("admin account locked: " + last);
            sleep(500);
        }
        throw new IllegalStateException("admin login did not succeed within " + timeoutSeconds + " s (last: " + last + ")");
    }

    // ================================================================ memory

    /**
     * @return {VmRSS after settling, VmRSS after jcmd GC.run (NaN if jcmd failed)} in MiB, and
     * {CPU used by the idle Karaf JVM during the settle time, in % of one CPU}
     */
    static double[] idleRss() {
        long pid = karaf.jvm().pid();
        System.out.println("  settling " + settleSeconds + " s with no requests ...");
        double cpu0 = cpuSeconds(pid);
        long t0 = System.nanoTime();
        sleep(settleSeconds * 1000L);
        double idleCpu = (cpuSeconds(pid) - cpu0) / secondsSince(t0) * 100;
        double rss = rssMiB(pid);
        System.out.printf(Locale.ROOT, "  Karaf JVM CPU while idle:         %6.1f %% of one CPU (the court-folder scan runs every 2 s)%n", idleCpu);
        System.out.printf(Locale.ROOT, "  VmRSS idle:                       %6.0f MiB%n", rss);
        double gc = Double.NaN;
        String jcmd = jcmd(pid, "GC.run");
        if (jcmd != null) {
            sleep(2000);
            gc = rssMiB(pid);
            System.out.printf(Locale.ROOT, "  VmRSS 2 s after jcmd GC.run:      %6.0f MiB%n", gc);
        } else {
            System.out.println("  jcmd GC.run failed; no figure after GC");
        }
        String heap = jcmd(pid, "GC.heap_info");
        if (heap != null) {
            heap.lines().filter(l -> l.contains("total") && l.contains("used")).findFirst()
                    .ifPresent(l -> System.out.println("  heap: " + l.strip()));
        }
        return new double[] {rss, gc, idleCpu};
    }

    static double rssMiB(long pid) {
        try {
            for (String line : Files.readAllLines(Paths.get("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    String kb = line.substring(6).trim().split("\\s+")[0];
                    return Long.parseLong(kb) / 1024.0;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("no VmRSS for pid " + pid);
    }

    static String jcmdPath() {
        Path p = Paths.get(System.getProperty("java.home"), "bin", "jcmd");
        return Files.isExecutable(p) ? p.toString() : "jcmd";
    }

    /** @return the output of jcmd, or null when it failed */
    static String jcmd(long pid, String command) {
        try {
            Process p = new ProcessBuilder(jcmdPath(), Long.toString(pid), command).redirectErrorStream(true).start();
            String outText = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) return null;
            return outText;
        } catch (IOException | InterruptedException e) {
            return null;
        }
    }

    static String jvmFlags(long pid) {
        String flags = jcmd(pid, "VM.flags");
        if (flags == null) return "JVM flags unknown (jcmd failed)";
        String gc = Stream.of("UseG1GC", "UseSerialGC", "UseParallelGC", "UseZGC", "UseShenandoahGC")
                .filter(f -> flags.contains("+" + f)).findFirst().orElse("?").replace("Use", "");
        String max = find(flags, "-XX:MaxHeapSize=(\\d+)");
        String init = find(flags, "-XX:InitialHeapSize=(\\d+)");
        return "GC " + gc + ", initial heap " + mib(init) + ", max heap " + mib(max)
                + " (JVM defaults: the distribution sets no -Xmx)";
    }

    static String mib(String bytes) {
        return bytes == null ? "?" : (Long.parseLong(bytes) / (1024 * 1024)) + " MiB";
    }

    static String find(String text, String regex) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /** utime + stime of a process, in seconds. */
    static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Paths.get("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after "pid (comm) ": f[0] is field 3 (state); utime is field 14, stime field 15
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / (double) CLK_TCK;
        } catch (IOException e) {
            return Double.NaN;
        }
    }

    static final long CLK_TCK = clockTicks();

    static long clockTicks() {
        try {
            Process p = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String s = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            p.waitFor(5, TimeUnit.SECONDS);
            return Long.parseLong(s);
        } catch (Exception e) {
            return 100;
        }
    }

    /**
     * CPU used by processes other than Karaf and this program during a time window, in CPUs
     * (1.0 = one core busy all the time): the benchmark shares the machine with them.
     */
    static final class OtherCpu {
        final long t0 = System.nanoTime();
        final double busy0 = systemBusySeconds();
        final double self0 = cpuSeconds(ProcessHandle.current().pid());
        final double karaf0;

        OtherCpu(double karafCpuAtStart) {
            this.karaf0 = karafCpuAtStart;
        }

        double cores(double karafCpuNow) {
            double wall = secondsSince(t0);
            double other = (systemBusySeconds() - busy0) - (cpuSeconds(ProcessHandle.current().pid()) - self0)
                    - (karafCpuNow - karaf0);
            return Math.max(0, other / wall);
        }
    }

    /** CPU time of the running Karaf JVM, 0 when none runs. */
    static double karafCpuNow() {
        if (karaf == null || karaf.jvm == null || !karaf.jvm.isAlive()) return 0;
        return cpuSeconds(karaf.jvm.pid());
    }

    /**
     * Before a timed phase: waits (at most --quiet-wait seconds) until other processes used less
     * than DISTURBED_CORES over one second, so that a build running next to the benchmark does not
     * spoil the figure. Measures anyway after the wait, and says so.
     */
    static void waitQuiet(String what) {
        if (quietWaitSeconds <= 0) return;
        long t0 = System.nanoTime();
        long deadline = t0 + TimeUnit.SECONDS.toNanos(quietWaitSeconds);
        double cores = 0;
        boolean told = false;
        while (true) {
            OtherCpu o = new OtherCpu(karafCpuNow());
            sleep(1000);
            cores = o.cores(karafCpuNow());
            if (cores < DISTURBED_CORES) {
                if (told) System.out.printf(Locale.ROOT, "  machine quiet after %.0f s%n", secondsSince(t0));
                return;
            }
            if (!told) {
                System.out.printf(Locale.ROOT, "  other processes use %.2f CPU: waiting up to %d s for a quiet machine before %s ...%n",
                        cores, quietWaitSeconds, what);
                told = true;
            }
            if (System.nanoTime() >= deadline) {
                System.out.printf(Locale.ROOT, "  still %.2f CPU used by other processes; measuring anyway%n", cores);
                return;
            }
        }
    }

    /** Busy CPU time of the whole machine since boot (all CPUs), from /proc/stat. */
    static double systemBusySeconds() {
        try {
            for (String line : Files.readAllLines(Paths.get("/proc/stat"))) {
                if (line.startsWith("cpu ")) {
                    String[] f = line.trim().split("\\s+");
                    long busy = 0;
                    for (int i = 1; i < f.length && i <= 8; i++) {
                        if (i == 4 || i == 5) continue; // idle, iowait
                        busy += Long.parseLong(f[i]);
                    }
                    return busy / (double) CLK_TCK;
                }
            }
        } catch (IOException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }

    // ================================================================ throughput

    interface Op {
        /** @return the HTTP status */
        int call(int worker, long seq) throws Exception;
    }

    record LoadResult(String name, long ok, long errors, String firstError, double seconds, double rps,
                      double meanMs, double p50Ms, double p99Ms, double maxMs, double serverCpuMsPerReq,
                      double otherCores) {
        double wallMsPerReq() {
            return 1000.0 / rps;
        }
    }

    static Op loginOp() {
        String body = loginBody();
        return (w, seq) -> post("/auth/login", body, null).statusCode();
    }

    static Op getOp(String token) {
        HttpRequest me = HttpRequest.newBuilder(URI.create(base + "/auth/me"))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build();
        HttpRequest court = HttpRequest.newBuilder(URI.create(base + "/courts/" + PROBE_COURT))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build();
        return (w, seq) -> HTTP.send(seq % 2 == 0 ? me : court, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    /**
     * Closed loop: {@code threads} clients, each sending its next request as soon as the previous
     * answered, for warm-up + measure seconds. Counts requests that complete inside the measuring
     * window; their latencies give mean and percentiles.
     */
    static LoadResult load(String name, Op op) throws Exception {
        long pid = karaf.jvm().pid();
        waitQuiet(name.substring(0, name.indexOf(' ')));
        long begin = System.nanoTime();
        long ws = begin + TimeUnit.SECONDS.toNanos(warmupSeconds);
        long we = ws + TimeUnit.SECONDS.toNanos(measureSeconds);
        long[][] latencies = new long[threads][];
        int[] counts = new int[threads];
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            int w = t;
            latencies[w] = new long[4096];
            pool.submit(() -> {
                long seq = 0;
                while (true) {
                    long start = System.nanoTime();
                    if (start >= we) break;
                    int code;
                    String err = null;
                    try {
                        code = op.call(w, seq++);
                    } catch (Exception e) {
                        code = -1;
                        err = e.toString();
                    }
                    long end = System.nanoTime();
                    if (end < ws || end > we) continue;
                    if (code >= 200 && code < 300) {
                        if (counts[w] == latencies[w].length) latencies[w] = Arrays.copyOf(latencies[w], counts[w] * 2);
                        latencies[w][counts[w]++] = end - start;
                    } else {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, err != null ? err : "HTTP " + code);
                    }
                }
            });
        }
        sleepUntil(ws);
        double cpu0 = cpuSeconds(pid);
        OtherCpu other = new OtherCpu(cpu0);
        sleepUntil(we);
        double cpu1 = cpuSeconds(pid);
        double otherCores = other.cores(cpu1);
        pool.shutdown();
        if (!pool.awaitTermination(120, TimeUnit.SECONDS)) pool.shutdownNow();

        int total = 0;
        for (int c : counts) total += c;
        long[] all = new long[total];
        int k = 0;
        for (int t = 0; t < threads; t++) {
            System.arraycopy(latencies[t], 0, all, k, counts[t]);
            k += counts[t];
        }
        Arrays.sort(all);
        double seconds = measureSeconds;
        double sum = 0;
        for (long v : all) sum += v;
        LoadResult r = new LoadResult(name, total, errors.get(), firstError.get(), seconds, total / seconds,
                total == 0 ? Double.NaN : sum / total / 1e6, pct(all, 50), pct(all, 99),
                total == 0 ? Double.NaN : all[total - 1] / 1e6,
                total == 0 ? Double.NaN : (cpu1 - cpu0) * 1000.0 / total, otherCores);
        System.out.printf(Locale.ROOT, "  %-46s %8.1f req/s  mean %7.2f ms  p50 %7.2f ms  p99 %7.2f ms  max %7.1f ms"
                        + "  server CPU %6.3f ms/req%n      (%d ok, %d errors; %d threads, %d s after %d s warm-up;"
                        + " other processes used %.2f CPU meanwhile)%n",
                name, r.rps, r.meanMs, r.p50Ms, r.p99Ms, r.maxMs, r.serverCpuMsPerReq, r.ok, r.errors, threads,
                measureSeconds, warmupSeconds, r.otherCores);
        if (r.errors > 0) System.out.println("    first error: " + r.firstError);
        return r;
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) return Double.NaN;
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    static void compare(String what, LoadResult small, LoadResult large) {
        if (small == null || large == null || small.ok == 0 || large.ok == 0) {
            row(what + " per-request cost, " + totalCourts + " vs small", "n/a", "<= +" + fmt(TARGET_COST_GROWTH_PCT, 0) + " %", false);
            return;
        }
        double wall = (large.wallMsPerReq() / small.wallMsPerReq() - 1) * 100;
        double mean = (large.meanMs / small.meanMs - 1) * 100;
        double cpu = (large.serverCpuMsPerReq / small.serverCpuMsPerReq - 1) * 100;
        System.out.printf(Locale.ROOT, "    %-9s wall/req %.3f -> %.3f ms (%+.1f %%), mean latency %.2f -> %.2f ms (%+.1f %%),"
                        + " server CPU/req %.3f -> %.3f ms (%+.1f %%)%n",
                what, small.wallMsPerReq(), large.wallMsPerReq(), wall, small.meanMs, large.meanMs, mean,
                small.serverCpuMsPerReq, large.serverCpuMsPerReq, cpu);
        boolean errorsFree = small.errors == 0 && large.errors == 0;
        row(what + " per-request cost, " + totalCourts + " vs small (1/throughput)", sign(wall, 1) + " %",
                "<= +" + fmt(TARGET_COST_GROWTH_PCT, 0) + " %", wall <= TARGET_COST_GROWTH_PCT && errorsFree);
        row("  " + what + " throughput small -> " + totalCourts + " (info)",
                fmt(small.rps, 1) + " -> " + fmt(large.rps, 1) + " req/s", "", null);
        row("  " + what + " p50 / p99 small (info)", fmt(small.p50Ms, 2) + " / " + fmt(small.p99Ms, 2) + " ms", "", null);
        row("  " + what + " p50 / p99 " + totalCourts + " (info)", fmt(large.p50Ms, 2) + " / " + fmt(large.p99Ms, 2) + " ms", "", null);
        row("  " + what + " server CPU per request (info)",
                fmt(small.serverCpuMsPerReq, 3) + " -> " + fmt(large.serverCpuMsPerReq, 3) + " ms (" + sign(cpu, 1) + " %)", "", null);
        row("  " + what + " CPU used by other processes (info)",
                fmt(small.otherCores, 2) + " / " + fmt(large.otherCores, 2) + " CPU", "", null);
        if (!errorsFree) notes.add(what + ": errors during measurement (" + small.errors + " / " + large.errors + ")");
        if (Math.max(small.otherCores, large.otherCores) > DISTURBED_CORES) {
            notes.add(what + " throughput: other processes used up to " + fmt(Math.max(small.otherCores, large.otherCores), 2)
                    + " CPU during a measurement; the comparison is disturbed, run again on a quiet machine");
        }
    }

    // ================================================================ courts

    static int countActiveCourts(String token) throws Exception {
        HttpResponse<String> resp = get("/courts", token);
        if (resp.statusCode() != 200) throw new IllegalStateException("GET /courts: HTTP " + resp.statusCode() + " " + resp.body());
        int n = 0;
        for (Object o : asList(Json.parse(resp.body()))) {
            if (Boolean.TRUE.equals(asMap(o).get("active"))) n++;
        }
        return n;
    }

    /** Informational: the full court list grows with the number of courts by nature. */
    static void listLatency(String token, String label) throws Exception {
        double[] ms = new double[5];
        int bytes = 0;
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            HttpResponse<String> resp = get("/courts", token);
            ms[i] = (System.nanoTime() - t) / 1e6;
            bytes = resp.body().getBytes(StandardCharsets.UTF_8).length;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "  GET /courts (whole list, %d KiB): median of 5 calls %.1f ms (info; grows with the list by nature)%n",
                bytes / 1024, ms[2]);
        row("  GET /courts whole list, " + label + " (info)", fmt(ms[2], 1) + " ms, " + bytes / 1024 + " KiB", "", null);
    }

    record GeneratedCourt(String id, String level, String content) {
    }

    static final String[][] PROVINCES = {
            {"北京市", "Beijing"}, {"天津市", "Tianjin"}, {"河北省", "Hebei"}, {"山西省", "Shanxi"},
            {"内蒙古自治区", "Inner Mongolia"}, {"辽宁省", "Liaoning"}, {"吉林省", "Jilin"}, {"上海市", "Shanghai"},
            {"江苏省", "Jiangsu"}, {"浙江省", "Zhejiang"}, {"安徽省", "Anhui"}, {"福建省", "Fujian"},
            {"江西省", "Jiangxi"}, {"山东省", "Shandong"}, {"河南省", "Henan"}, {"湖北省", "Hubei"},
            {"湖南省", "Hunan"}, {"广东省", "Guangdong"}, {"广西壮族自治区", "Guangxi"}, {"海南省", "Hainan"},
            {"重庆市", "Chongqing"}, {"四川省", "Sichuan"}, {"贵州省", "Guizhou"}, {"云南省", "Yunnan"},
            {"西藏自治区", "Tibet"}, {"陕西省", "Shaanxi"}, {"甘肃省", "Gansu"}, {"青海省", "Qinghai"},
            {"宁夏回族自治区", "Ningxia"}, {"新疆维吾尔自治区", "Xinjiang"}};

    /**
     * Builds {@code count} court files in a staging folder, parents before children: up to 30 more
     * provinces with a high court each (31 with the shipped Heilongjiang), about 400 intermediate
     * courts in all, the rest basic. Levels of computerization are mixed; a capability above the
     * court's level is listed only with an override, as the README requires.
     */
    static List<GeneratedCourt> generate(List<Path> existing, int count, Path staging) throws IOException {
        int existingHigh = 0, existingIntermediate = 0;
        for (Path f : existing) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            if (text.lines().anyMatch(l -> l.replace(" ", "").equals("level=high"))) existingHigh++;
            if (text.lines().anyMatch(l -> l.replace(" ", "").equals("level=intermediate"))) existingIntermediate++;
        }
        int highs = Math.max(1, Math.min(PROVINCES.length, Math.min(31 - existingHigh, count / 100)));
        int intermediates = Math.max(highs, (int) Math.round(totalCourts * 400.0 / 3500.0) - existingIntermediate);
        int basics = count - highs - intermediates;
        if (basics < intermediates) throw new IllegalArgumentException("--courts too small: " + totalCourts);

        Random rnd = new Random(seed);
        int[] ipPerProvince = allocate(intermediates, highs, rnd);
        int[] basicPerIp = allocate(basics, intermediates, rnd);

        List<GeneratedCourt> high = new ArrayList<>(), mid = new ArrayList<>(), low = new ArrayList<>();
        int ipIndex = 0;
        for (int p = 0; p < highs; p++) {
            String pz = PROVINCES[p][0], pe = PROVINCES[p][1];
            String pid = String.format(Locale.ROOT, "gen-p%02d", p + 1);
            String highId = pid + "-high";
            String comp = pick(rnd, 0.75, 0.25);
            high.add(court(highId, pz + "高级人民法院", pe + " Higher People's Court (generated)", "high", null,
                    pz, pe, comp, rnd));
            int basicNo = 0;
            for (int i = 1; i <= ipPerProvince[p]; i++, ipIndex++) {
                String ipId = String.format(Locale.ROOT, "%s-ip%03d", pid, i);
                String city = String.format(Locale.ROOT, "第%03d市", i);
                String cityEn = String.format(Locale.ROOT, "City %03d", i);
                mid.add(court(ipId, pz + city + "中级人民法院", pe + " " + cityEn + " Intermediate People's Court (generated)",
                        "intermediate", highId, pz + city, cityEn + ", " + pe, pick(rnd, 0.40, 0.45), rnd));
                for (int b = 0; b < basicPerIp[ipIndex]; b++) {
                    basicNo++;
                    String bId = String.format(Locale.ROOT, "%s-b%04d", ipId, basicNo);
                    String county = String.format(Locale.ROOT, "第%04d县", basicNo);
                    String countyEn = String.format(Locale.ROOT, "County %04d", basicNo);
                    low.add(court(bId, pz + city + county + "人民法院", pe + " " + cityEn + " " + countyEn + " People's Court (generated)",
                            "basic", ipId, pz + city + county, countyEn + ", " + cityEn + ", " + pe, pick(rnd, 0.15, 0.45), rnd));
                }
            }
        }
        List<GeneratedCourt> all = new ArrayList<>(high);
        all.addAll(mid);
        all.addAll(low);

        deleteTree(staging);
        Files.createDirectories(staging);
        for (GeneratedCourt c : all) {
            Files.writeString(staging.resolve(c.id + ".court"), c.content, StandardCharsets.UTF_8);
        }
        long overrides = all.stream().filter(c -> c.content.contains("capabilities.override")).count();
        long[] comp = new long[3];
        for (GeneratedCourt c : all) {
            if (c.content.contains("computerization = basic")) comp[0]++;
            else if (c.content.contains("computerization = standard")) comp[1]++;
            else comp[2]++;
        }
        System.out.printf(Locale.ROOT, "  generated %d court files (seed %d) in %s:%n", all.size(), seed, staging);
        System.out.printf(Locale.ROOT, "    %d high (%d provinces with the shipped one), %d intermediate (%d with the shipped ones),"
                        + " %d basic; computerization basic/standard/advanced %d/%d/%d; %d files with capabilities.override%n",
                high.size(), high.size() + existingHigh, mid.size(), mid.size() + existingIntermediate, low.size(),
                comp[0], comp[1], comp[2], overrides);
        System.out.println("    example: " + low.get(low.size() / 2).id + ".court");
        low.get(low.size() / 2).content.lines().forEach(l -> System.out.println("      " + l));
        return all;
    }

    /** Splits {@code total} over {@code buckets}, at least 1 each, the rest by random weights (largest remainder). */
    static int[] allocate(int total, int buckets, Random rnd) {
        int[] out = new int[buckets];
        Arrays.fill(out, 1);
        int rest = total - buckets;
        double[] w = new double[buckets];
        double sum = 0;
        for (int i = 0; i < buckets; i++) sum += w[i] = 0.4 + 1.2 * rnd.nextDouble();
        double[] frac = new double[buckets];
        int given = 0;
        for (int i = 0; i < buckets; i++) {
            double share = rest * w[i] / sum;
            out[i] += (int) share;
            given += (int) share;
            frac[i] = share - (int) share;
        }
        Integer[] order = new Integer[buckets];
        for (int i = 0; i < buckets; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingDouble(i -> -frac[i]));
        for (int i = 0; given < rest; i++, given++) out[order[i % buckets]]++;
        return out;
    }

    /** @return basic with probability pBasic, standard with pStandard, else advanced */
    static String pick(Random rnd, double pBasic, double pStandard) {
        double x = rnd.nextDouble();
        return x < pBasic ? "basic" : x < pBasic + pStandard ? "standard" : "advanced";
    }

    static GeneratedCourt court(String id, String nameZh, String nameEn, String level, String parent,
                                String region, String regionEn, String computerization, Random rnd) {
        boolean standardOrBetter = !computerization.equals("basic");
        List<String> caps = new ArrayList<>();
        List<String> overrides = new ArrayList<>();
        if (rnd.nextDouble() < 0.75) caps.add("training");
        if (rnd.nextDouble() < 0.50) caps.add("pairing");
        for (String cap : List.of("live-seizure", "cross-enforcement")) {
            double p = cap.equals("live-seizure") ? 0.55 : 0.35;
            if (standardOrBetter && rnd.nextDouble() < p) {
                caps.add(cap);
            } else if (!standardOrBetter && rnd.nextDouble() < 0.05) {
                caps.add(cap); // basic court, explicitly allowed by provincial IT
                overrides.add(cap);
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(nameZh).append(" — generated by bench/Bench.java for the benchmark\n");
        sb.append("id = ").append(id).append('\n');
        sb.append("name.zh = ").append(nameZh).append('\n');
        sb.append("name.en = ").append(nameEn).append('\n');
        sb.append("level = ").append(level).append('\n');
        if (parent != null) sb.append("parent = ").append(parent).append('\n');
        sb.append("region = ").append(region).append('\n');
        sb.append("region.en = ").append(regionEn).append('\n');
        sb.append("computerization = ").append(computerization).append('\n');
        sb.append("capabilities = ").append(String.join(", ", caps)).append('\n');
        if (!overrides.isEmpty()) sb.append("capabilities.override = ").append(String.join(", ", overrides)).append('\n');
        return new GeneratedCourt(id, level, sb.toString());
    }

    /**
     * Moves the staged files into the live folder (parents first, each an atomic rename), then
     * polls every 250 ms until a scan has covered all files and GET /courts lists them all. The
     * end of a scan is seen in GET /admin/tenant-config, or, when that answers no readable report,
     * in the "Court files in ..." lines of data/log/karaf.log.
     *
     * @return seconds from the first move until all courts are listed, NaN on timeout
     */
    static double applyCourts(String token, List<GeneratedCourt> courts, Path staging, Path tenantDir) throws Exception {
        Map<String, Object> before = scanReport(token);
        Object lastAt = before == null ? null : before.get("at");
        int expectedFiles = courtFiles(tenantDir).size() + courts.size();
        LogTail log = new LogTail(dist.resolve("data/log/karaf.log"));
        waitQuiet("applying");

        long t0 = System.nanoTime();
        OtherCpu other = new OtherCpu(cpuSeconds(karaf.jvm().pid()));
        double karafCpu0 = other.karaf0;
        for (GeneratedCourt c : courts) {
            Files.move(staging.resolve(c.id + ".court"), tenantDir.resolve(c.id + ".court"), StandardCopyOption.ATOMIC_MOVE);
        }
        System.out.printf(Locale.ROOT, "  moved %d files into %s in %.2f s; polling every 250 ms%n",
                courts.size(), tenantDir, secondsSince(t0));

        long deadline = t0 + TimeUnit.SECONDS.toNanos(300);
        long nextCount = t0 + TimeUnit.SECONDS.toNanos(5);
        int appliedSum = 0;
        List<Object> lastProblems = List.of();
        List<String> logProblems = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            boolean scanEnded = false;
            boolean allFiles = false;
            Map<String, Object> report = reportReadable ? scanReport(token) : null;
            if (report != null) {
                if (report.get("at") != null && !report.get("at").equals(lastAt)) {
                    lastAt = report.get("at");
                    int files = num(report.get("files")), applied = num(report.get("applied"));
                    lastProblems = asList(report.get("problems"));
                    appliedSum += applied;
                    System.out.printf(Locale.ROOT, "  +%6.2f s  scan report: files=%d applied=%d deactivated=%d problems=%d%n",
                            secondsSince(t0), files, applied, num(report.get("deactivated")), lastProblems.size());
                    scanEnded = true;
                    allFiles = files >= expectedFiles;
                }
            } else {
                for (String line : log.readNew()) {
                    int at = line.indexOf("Court files in ");
                    if (at >= 0) {
                        String what = line.substring(line.indexOf(": ", at + 15) + 2);
                        String applied = find(what, "(\\d+) applied");
                        if (applied != null) appliedSum += Integer.parseInt(applied);
                        System.out.printf(Locale.ROOT, "  +%6.2f s  karaf.log: scan done: %s%n", secondsSince(t0), what);
                        scanEnded = true;
                        allFiles = true; // cannot tell from the log line; GET /courts decides
                    } else if (line.contains("Court file problem: ")) {
                        logProblems.add(line.substring(line.indexOf("Court file problem: ") + 20));
                    }
                }
            }
            if ((scanEnded && allFiles) || System.nanoTime() >= nextCount) {
                int active = countActiveCourts(token);
                double s = secondsSince(t0);
                if (active >= totalCourts) {
                    System.out.printf(Locale.ROOT, "  +%6.2f s  GET /courts lists %d active courts: done (%d courts applied by the scans seen)%n",
                            s, active, appliedSum);
                    double karafCpu = cpuSeconds(karaf.jvm().pid());
                    double cores = other.cores(karafCpu);
                    System.out.printf(Locale.ROOT, "  Karaf JVM used %.1f s of CPU for it; other processes used %.2f CPU meanwhile%n",
                            karafCpu - karafCpu0, cores);
                    if (cores > DISTURBED_CORES) {
                        notes.add("apply: other processes used " + fmt(cores, 2) + " CPU meanwhile; the figure is disturbed");
                    }
                    reportProblems(lastProblems, logProblems);
                    return s;
                }
                System.out.printf(Locale.ROOT, "  +%6.2f s  GET /courts lists %d active courts (want %d)%n", s, active, totalCourts);
                nextCount = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            }
            sleep(250);
        }
        System.out.println("  TIMEOUT: not all courts applied after 300 s");
        reportProblems(lastProblems, logProblems);
        notes.add("apply: not all " + totalCourts + " courts listed after 300 s");
        return Double.NaN;
    }

    static void reportProblems(List<Object> fromReport, List<String> fromLog) {
        if (!fromReport.isEmpty()) {
            System.out.println("  the last scan report lists " + fromReport.size() + " problem(s):");
            printProblems(fromReport);
            notes.add("apply: the last scan report lists " + fromReport.size() + " problem(s)");
        }
        if (!fromLog.isEmpty()) {
            System.out.println("  karaf.log has " + fromLog.size() + " 'Court file problem' line(s) during the apply:");
            fromLog.stream().limit(10).forEach(l -> System.out.println("    " + l));
            notes.add("apply: karaf.log has " + fromLog.size() + " 'Court file problem' line(s)");
        }
        if (fromReport.isEmpty() && fromLog.isEmpty()) System.out.println("  problems: none");
    }

    static void printProblems(List<Object> problems) {
        int shown = 0;
        for (Object p : problems) {
            if (shown++ == 10) {
                System.out.println("    ... and " + (problems.size() - 10) + " more");
                break;
            }
            Map<String, Object> m = asMap(p);
            System.out.println("    problem: " + m.get("file") + ":" + m.get("line") + " [" + m.get("key") + "] " + m.get("messageEn"));
        }
    }

    static boolean reportReadable = true;

    /** @return the last scan report, or null when GET /admin/tenant-config answers no readable report (noted once) */
    static Map<String, Object> scanReport(String token) throws IOException, InterruptedException {
        HttpResponse<String> resp = get("/admin/tenant-config", token);
        String problem;
        if (resp.statusCode() == 200) {
            try {
                return asMap(Json.parse(resp.body()));
            } catch (IllegalStateException e) {
                problem = e.getMessage();
            }
        } else {
            problem = "HTTP " + resp.statusCode();
        }
        if (reportReadable) {
            reportReadable = false;
            String body = resp.body().length() > 400 ? resp.body().substring(0, 400) + "..." : resp.body();
            System.out.println("  !! GET /admin/tenant-config answered HTTP " + resp.statusCode()
                    + " with no readable scan report (" + problem + "); body: " + body);
            System.out.println("  !! falling back to the scan lines of data/log/karaf.log and GET /courts");
            notes.add("GET /admin/tenant-config answers HTTP " + resp.statusCode() + " with a broken body once a scan has run"
                    + " (\"at\" not serializable: " + (body.contains("INVALID_FIELD_TYPE") ? "INVALID_FIELD_TYPE appended" : problem)
                    + "); scan ends taken from karaf.log");
        }
        return null;
    }

    /** New lines of a growing log file. */
    static final class LogTail {
        final Path file;
        long offset;

        LogTail(Path file) throws IOException {
            this.file = file;
            this.offset = Files.exists(file) ? Files.size(file) : 0;
        }

        List<String> readNew() throws IOException {
            if (!Files.exists(file)) return List.of();
            long size = Files.size(file);
            if (size < offset) offset = 0; // rotated
            if (size == offset) return List.of();
            byte[] bytes;
            try (java.nio.channels.SeekableByteChannel ch = Files.newByteChannel(file)) {
                ch.position(offset);
                java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate((int) Math.min(size - offset, 16 << 20));
                while (buf.hasRemaining() && ch.read(buf) > 0) { }
                bytes = Arrays.copyOf(buf.array(), buf.position());
            }
            int end = bytes.length;
            while (end > 0 && bytes[end - 1] != '\n') end--; // keep a partly written line for next time
            offset += end;
            return new String(bytes, 0, end, StandardCharsets.UTF_8).lines().toList();
        }
    }

    /** After a restart: seconds from t0 until a scan report covers all files (NaN when it cannot be seen). */
    static double waitFirstFullScan(String token, long t0, int files, int timeoutSeconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (System.nanoTime() < deadline) {
            Map<String, Object> report = scanReport(token);
            if (report == null) {
                System.out.printf(Locale.ROOT, "  by %.2f s a scan had finished, but its report is unreadable:"
                        + " time of the first full scan not known%n", secondsSince(t0));
                return Double.NaN;
            }
            if (num(report.get("files")) >= files) {
                double s = secondsSince(t0);
                List<Object> problems = asList(report.get("problems"));
                System.out.printf(Locale.ROOT, "  scan report: files=%d applied=%d problems=%d%n",
                        num(report.get("files")), num(report.get("applied")), problems.size());
                if (!problems.isEmpty()) printProblems(problems);
                return s;
            }
            sleep(250);
        }
        System.out.println("  no scan report covering " + files + " files within " + timeoutSeconds + " s");
        return Double.NaN;
    }

    static List<Path> courtFiles(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.court")) {
            for (Path p : ds) out.add(p);
        }
        out.sort(null);
        return out;
    }

    /** Everything in data/ except the database, the transaction log and the log: a cold start on existing data. */
    static List<String> wipeDataExceptDatabase() throws IOException {
        List<String> wiped = new ArrayList<>();
        Path data = dist.resolve("data");
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(data)) {
            for (Path p : ds) {
                String name = p.getFileName().toString();
                if (name.equals("cep") || name.equals("txlog") || name.equals("log")) continue;
                deleteTree(p);
                wiped.add(name);
            }
        }
        wiped.sort(null);
        return wiped;
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(x);
        }
    }

    // ================================================================ HTTP and JSON helpers

    static String loginBody() {
        return "{\"username\":\"admin\",\"password\":\"" + jsonEscape(adminPassword) + "\"}";
    }

    static HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET();
        if (token != null) b.header("Authorization", "Bearer " + token);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, String json, String token) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String jsonEscape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.toString();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object o) {
        if (o instanceof Map<?, ?> m) return (Map<String, Object>) m;
        throw new IllegalStateException("expected a JSON object, got " + o);
    }

    @SuppressWarnings("unchecked")
    static List<Object> asList(Object o) {
        if (o == null) return List.of();
        if (o instanceof List<?> l) return (List<Object>) l;
        throw new IllegalStateException("expected a JSON array, got " + o);
    }

    static int num(Object o) {
        return o instanceof Number n ? n.intValue() : 0;
    }

    /** Just enough JSON: objects, arrays, strings, numbers, booleans, null. */
    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Object parse(String text) {
            Json j = new Json(text);
            Object v = j.value();
            j.ws();
            if (j.i != text.length()) throw j.error("trailing characters");
            return v;
        }

        private Object value() {
            ws();
            if (i >= s.length()) throw error("unexpected end");
            char c = s.charAt(i);
            switch (c) {
                case '{':
                    return object();
                case '[':
                    return array();
                case '"':
                    return string();
                case 't':
                    return literal("true", Boolean.TRUE);
                case 'f':
                    return literal("false", Boolean.FALSE);
                case 'n':
                    return literal("null", null);
                default:
                    return number();
            }
        }

        private Map<String, Object> object() {
            Map<String, Object> m = new LinkedHashMap<>();
            i++;
            ws();
            if (peek() == '}') {
                i++;
                return m;
            }
            while (true) {
                ws();
                if (peek() != '"') throw error("expected a key");
                String key = string();
                ws();
                expect(':');
                m.put(key, value());
                ws();
                char c = s.charAt(i++);
                if (c == '}') return m;
                if (c != ',') throw error("expected , or }");
            }
        }

        private List<Object> array() {
            List<Object> l = new ArrayList<>();
            i++;
            ws();
            if (peek() == ']') {
                i++;
                return l;
            }
            while (true) {
                l.add(value());
                ws();
                char c = s.charAt(i++);
                if (c == ']') return l;
                if (c != ',') throw error("expected , or ]");
            }
        }

        private String string() {
            expect('"');
            StringBuilder sb = new StringBuilder();
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') return sb.toString();
                if (c != '\\') {
                    sb.append(c);
                    continue;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'u' -> {
                        sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> sb.append(e);
                }
            }
        }

        private Number number() {
            int start = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) i++;
            String t = s.substring(start, i);
            if (t.isEmpty()) throw error("unexpected character");
            if (t.contains(".") || t.contains("e") || t.contains("E")) return Double.parseDouble(t);
            return Long.parseLong(t);
        }

        private Object literal(String word, Object v) {
            if (!s.startsWith(word, i)) throw error("expected " + word);
            i += word.length();
            return v;
        }

        private void ws() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        }

        private char peek() {
            return i < s.length() ? s.charAt(i) : '\0';
        }

        private void expect(char c) {
            if (peek() != c) throw error("expected " + c);
            i++;
        }

        private IllegalStateException error(String what) {
            String near = s.substring(Math.max(0, i - 20), Math.min(s.length(), i + 20));
            return new IllegalStateException("bad JSON (" + what + ") at " + i + " near: " + near);
        }
    }

    // ================================================================ output

    static void printHeader() {
        header.add("CEP distribution benchmark, " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        header.add("distribution: " + dist);
        header.add("REST: " + base + "   client threads: " + threads + ", warm-up " + warmupSeconds
                + " s, measure " + measureSeconds + " s, settle " + settleSeconds + " s, quiet-wait up to " + quietWaitSeconds + " s");
        header.add("machine: " + Runtime.getRuntime().availableProcessors() + " CPU(s), load average " + loadAverage()
                + ", Java " + System.getProperty("java.version") + " (" + jcmdPath().replace("/jcmd", "/java") + ")");
        List<String> otherJvms = ProcessHandle.allProcesses()
                .filter(p -> p.pid() != ProcessHandle.current().pid())
                .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
                .map(p -> p.pid() + " " + describeJvm(cmdline(p.pid()))).toList();
        header.add("other JVMs on this machine at start: " + (otherJvms.isEmpty() ? "none" : String.join("; ", otherJvms)));
        System.out.println("=".repeat(100));
        header.forEach(System.out::println);
        System.out.println("=".repeat(100));
    }

    /** A short name for another JVM, to show what the benchmark shares the machine with. */
    static String describeJvm(String cmd) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("-Dkaraf\\.base=(\\S+)").matcher(cmd);
        if (m.find()) return "Karaf " + m.group(1);
        if (cmd.contains("plexus.classworlds")) return "Maven";
        List<String> withValue = List.of("-cp", "-classpath", "--class-path", "-p", "--module-path", "--add-modules",
                "--add-reads", "--add-exports", "--add-opens", "--patch-module");
        String[] parts = cmd.trim().split(" ");
        for (int i = 1; i < parts.length; i++) {
            String a = parts[i];
            if (a.equals("-jar") && i + 1 < parts.length) return "jar " + shorten(parts[i + 1]);
            if (withValue.contains(a)) {
                i++;
            } else if (!a.startsWith("-") && !a.isEmpty()) {
                return shorten(a); // main class, or the file of a source-launched program
            }
        }
        return "java";
    }

    static String shorten(String s) {
        return s.length() > 60 ? "..." + s.substring(s.length() - 60) : s;
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Paths.get("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    static void phase(String title) {
        System.out.println();
        System.out.println("== " + title + " " + "=".repeat(Math.max(3, 96 - title.length())));
    }

    static void row(String figure, String value, String target, Boolean pass) {
        summary.add(new String[] {figure, value, target, pass == null ? "" : pass ? "PASS" : "MISS"});
    }

    static void printSummary() {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("=".repeat(100));
        lines.addAll(header);
        lines.add("-".repeat(100));
        lines.add(String.format(Locale.ROOT, "%-58s %-22s %-12s %s", "Figure", "Value", "Target", "Result"));
        lines.add("-".repeat(100));
        for (String[] r : summary) lines.add(String.format(Locale.ROOT, "%-58s %-22s %-12s %s", r[0], r[1], r[2], r[3]).stripTrailing());
        lines.add("-".repeat(100));
        long pass = summary.stream().filter(r -> r[3].equals("PASS")).count();
        long miss = summary.stream().filter(r -> r[3].equals("MISS")).count();
        lines.add(pass + " PASS, " + miss + " MISS");
        for (String n : notes) lines.add("note: " + n);
        lines.add("=".repeat(100));
        lines.forEach(System.out::println);
        if (resultFile != null) {
            try {
                Files.createDirectories(resultFile.toAbsolutePath().getParent());
                Files.write(resultFile, lines.subList(1, lines.size()), StandardCharsets.UTF_8);
                System.out.println("summary written to " + resultFile);
            } catch (IOException e) {
                System.out.println("could not write " + resultFile + ": " + e);
            }
        }
    }

    static void printLogTail(int n) {
        Path log = dist.resolve("data/log/karaf.log");
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            System.out.println("---- last " + n + " lines of " + log);
            lines.subList(Math.max(0, lines.size() - n), lines.size()).forEach(l -> System.out.println("  " + l));
            System.out.println("----");
        } catch (IOException e) {
            System.out.println("(no " + log + ")");
        }
    }

    static void copyLog(String name) {
        Path log = dist.resolve("data/log/karaf.log");
        try {
            if (Files.exists(log)) Files.copy(log, outDir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            System.out.println("  could not copy " + log + ": " + e);
        }
    }

    static String fmt(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    static String sign(double v, int decimals) {
        return String.format(Locale.ROOT, "%+." + decimals + "f", v);
    }

    static double secondsSince(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static void sleepUntil(long nanoTime) {
        long ms = (nanoTime - System.nanoTime()) / 1_000_000;
        if (ms > 0) sleep(ms);
    }

    static void die(String message) {
        System.err.println("bench: " + message);
        System.exit(2);
    }

    static void parseArgs(String[] args) {
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--warmup" -> warmupSeconds = Integer.parseInt(args[++i]);
                case "--duration" -> measureSeconds = Integer.parseInt(args[++i]);
                case "--settle" -> settleSeconds = Integer.parseInt(args[++i]);
                case "--courts" -> totalCourts = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--quiet-wait" -> quietWaitSeconds = Integer.parseInt(args[++i]);
                case "--keep13" -> keep13 = true;
                case "--out" -> outDir = Paths.get(args[++i]).toAbsolutePath();
                case "--result" -> resultFile = Paths.get(args[++i]).toAbsolutePath();
                case "-h", "--help" -> {
                    System.out.println("usage: java Bench.java <distDir> <httpPort> [--threads N] [--warmup S] [--duration S]"
                            + " [--settle S] [--courts N] [--seed N] [--quiet-wait S] [--keep13] [--out DIR] [--result FILE]");
                    System.exit(0);
                }
                default -> {
                    if (a.startsWith("--")) die("unknown option " + a);
                    positional.add(a);
                }
            }
        }
        if (positional.size() != 2) die("usage: java Bench.java <distDir> <httpPort> [options] (see --help)");
        dist = Paths.get(positional.get(0)).toAbsolutePath().normalize();
        port = Integer.parseInt(positional.get(1));
        if (!Files.isExecutable(dist.resolve("bin/karaf"))) die("not a Karaf distribution: " + dist);
        if (threads < 1 || measureSeconds < 1 || warmupSeconds < 0 || settleSeconds < 0) die("bad option value");
    }
}
