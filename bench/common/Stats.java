package common;

/** Latency statistics shared by the benchmarks. */
public final class Stats {
    private Stats() {
    }

    /** Nearest-rank percentile p (0..100] of sorted nanosecond values, in ms; NaN when there are none. */
    public static double percentileMs(long[] sorted, double p) {
        if (sorted.length == 0) return Double.NaN;
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    /** Milliseconds for a table: two decimals below 10, one above; "-" for NaN. */
    public static String ms(double v) {
        return Double.isNaN(v) ? "-" : String.format(java.util.Locale.ROOT, v < 10 ? "%.2f" : "%.1f", v);
    }
}
