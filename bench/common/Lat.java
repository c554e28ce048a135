package common;

import java.util.Arrays;
import java.util.Locale;

import static common.Stats.ms;

/** Latencies in nanoseconds of one thread; merged afterwards. */
public final class Lat {
    long[] v = new long[1024];
    int n;

    public void add(long nanos) {
        if (n == v.length) v = Arrays.copyOf(v, n * 2);
        v[n++] = nanos;
    }

    public void addAll(Lat other) {
        for (int i = 0; i < other.n; i++) add(other.v[i]);
    }

    public int count() {
        return n;
    }

    public static Lat merge(Lat... parts) {
        Lat all = new Lat();
        for (Lat p : parts) all.addAll(p);
        return all;
    }

    /** Nearest-rank percentile in ms. */
    public double pct(double p) {
        long[] s = Arrays.copyOf(v, n);
        Arrays.sort(s);
        return Stats.percentileMs(s, p);
    }

    public double max() {
        return pct(100);
    }

    public double mean() {
        if (n == 0) return Double.NaN;
        double sum = 0;
        for (int i = 0; i < n; i++) sum += v[i];
        return sum / n / 1e6;
    }

    public String line() {
        return String.format(Locale.ROOT, "n=%d  p50 %s  p95 %s  p99 %s  max %s  mean %s ms", n, ms(pct(50)), ms(pct(95)),
                ms(pct(99)), ms(max()), ms(mean()));
    }
}
