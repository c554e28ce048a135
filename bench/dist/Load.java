package dist;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import common.Json;

import static common.Stats.percentileMs;
import static common.Json.asList;
import static common.Json.asMap;
import static dist.Bench.*;
import static dist.Measure.*;
import static dist.Courts.*;
import static dist.Api.*;
import static dist.Report.*;

/** Throughput and latency of login and authenticated GETs with a fixed number of client threads. */
final class Load {
    private Load() {
    }

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
                total == 0 ? Double.NaN : sum / total / 1e6, percentileMs(all, 50), percentileMs(all, 99),
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
}
