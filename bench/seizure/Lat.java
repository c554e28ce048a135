package seizure;

import java.util.Arrays;
import java.util.Locale;

import common.Stats;

import static seizure.SeizureRun.ms;

/** Latencies in nanoseconds of one thread; merged afterwards. */
final class Lat {
    long[] v = new long[1024];
    int n;

    void add(long nanos) {
        if (n == v.length) v = Arrays.copyOf(v, n * 2);
        v[n++] = nanos;
    }

    int count() {
        return n;
    }

    static Lat merge(Lat... parts) {
        Lat all = new Lat();
        for (Lat p : parts) for (int i = 0; i < p.n; i++) all.add(p.v[i]);
        return all;
    }

    /** Nearest-rank percentile in ms. */
    double pct(double p) {
        long[] s = Arrays.copyOf(v, n);
        Arrays.sort(s);
        return Stats.percentileMs(s, p);
    }

    double max() {
        return pct(100);
    }

    double mean() {
        if (n == 0) return Double.NaN;
        double sum = 0;
        for (int i = 0; i < n; i++) sum += v[i];
        return sum / n / 1e6;
    }

    String line() {
        return String.format(Locale.ROOT, "n=%d  p50 %s  p95 %s  p99 %s  max %s  mean %s ms", n, ms(pct(50)), ms(pct(95)),
                ms(pct(99)), ms(max()), ms(mean()));
    }
}
