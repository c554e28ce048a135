package dist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import common.Json;
import common.Proc;

import static common.Json.asMap;
import static dist.Bench.*;
import static dist.Courts.*;
import static dist.Api.*;
import static dist.Report.*;

/** Readings of the running Karaf: health, login, resident memory, CPU, JVM flags, a quiet machine. */
final class Measure {
    private Measure() {
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
        long ticks = Proc.ticks(pid);
        return ticks < 0 ? Double.NaN : ticks / (double) CLK_TCK;
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
        long ticks = Proc.machineBusyTicks();
        return ticks < 0 ? Double.NaN : ticks / (double) CLK_TCK;
    }
}
