package common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import common.Procs.Cpu;

/**
 * A closed loop: N client threads, each sending its next request as soon as the previous one answered; a warm-up,
 * then a measured window. Latencies are kept for the answers with the expected status inside the window; every other
 * answer is counted by "status code" (or "I/O error").
 */
public final class ClosedLoop {
    /** One request of client thread t; null when the server did not answer. */
    public interface Call {
        Reply call(int t) throws Exception;
    }

    public final int threads;
    public final int seconds;
    /** Latencies of the expected answers in the window. */
    public Lat lat;
    /** Requests completed in the window, and of those the expected answers. */
    public int sent;
    public int ok;
    /** Expected answers over the whole run, warm-up included. */
    public int okTotal;
    /** Answers other than the expected one over the whole run, warm-up included. */
    public int otherTotal;
    /** Other answers in the window by "status code", with an example each. */
    public final Map<String, Integer> kinds = new TreeMap<>();
    public final Map<String, String> examples = new TreeMap<>();
    /** CPU readings at the start and the end of the window (null if not taken). */
    public Cpu cpu0;
    public Cpu cpu1;

    private ClosedLoop(int threads, int seconds) {
        this.threads = threads;
        this.seconds = seconds;
    }

    public static ClosedLoop run(Procs procs, int threads, int warm, int duration, int expected, Call call) throws InterruptedException {
        ClosedLoop res = new ClosedLoop(threads, duration);
        Lat[] lats = new Lat[threads];
        Map<String, AtomicInteger> kinds = new ConcurrentHashMap<>();
        Map<String, String> examples = new ConcurrentHashMap<>();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger okTotal = new AtomicInteger();
        AtomicInteger otherTotal = new AtomicInteger();
        AtomicInteger sent = new AtomicInteger();
        long start = System.nanoTime() + 200_000_000L;
        long windowStart = start + warm * 1_000_000_000L;
        long windowEnd = windowStart + duration * 1_000_000_000L;
        Cpu[] cpu = new Cpu[2];
        List<Thread> ts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Lat l = lats[t] = new Lat();
            int me = t;
            Thread th = new Thread(() -> {
                while (System.nanoTime() < start) Thread.onSpinWait();
                while (true) {
                    long now = System.nanoTime();
                    if (now >= windowEnd) break;
                    Reply r;
                    try {
                        r = call.call(me);
                    } catch (Exception e) {
                        r = null;
                    }
                    long end = System.nanoTime();
                    boolean good = r != null && r.status() == expected;
                    if (good) okTotal.incrementAndGet();
                    else otherTotal.incrementAndGet();
                    if (now < windowStart || end > windowEnd) continue;
                    sent.incrementAndGet();
                    if (good) {
                        ok.incrementAndGet();
                        l.add(r.nanos());
                    } else {
                        String key = r == null ? "I/O error" : r.status() + " " + r.code();
                        kinds.computeIfAbsent(key, x -> new AtomicInteger()).incrementAndGet();
                        examples.putIfAbsent(key, r == null ? "no answer" : r.toString());
                    }
                }
            }, "client-" + t);
            ts.add(th);
            th.start();
        }
        Thread sampler = new Thread(() -> {
            try {
                KarafRun.sleepUntil(windowStart);
                cpu[0] = procs.cpu();
                KarafRun.sleepUntil(windowEnd);
                cpu[1] = procs.cpu();
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        });
        sampler.start();
        for (Thread th : ts) th.join();
        sampler.join();
        res.lat = Lat.merge(lats);
        res.sent = sent.get();
        res.ok = ok.get();
        res.okTotal = okTotal.get();
        res.otherTotal = otherTotal.get();
        kinds.forEach((k, v) -> res.kinds.put(k, v.get()));
        res.examples.putAll(examples);
        res.cpu0 = cpu[0];
        res.cpu1 = cpu[1];
        return res;
    }

    /** Expected answers per second in the window. */
    public double perSecond() {
        return ok / (double) seconds;
    }

    /** Other answers in the window whose key starts with the prefix (e.g. "409"); all of them for "". */
    public int others(String prefix) {
        return kinds.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).mapToInt(Map.Entry::getValue).sum();
    }

    /** The CPU of the window, or "?". */
    public String cpuReport(Procs procs) {
        return cpu0 == null || cpu1 == null ? "?" : procs.report(cpu0, cpu1);
    }

    /** One line per kind of other answer, indented. */
    public void printKinds() {
        kinds.forEach((k, v) -> System.out.println("  " + v + " x " + k + "   e.g. " + examples.get(k)));
    }
}
