package common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Readings from Linux /proc shared by the benchmarks. Times are in clock ticks (see getconf CLK_TCK). */
public final class Proc {
    private Proc() {
    }

    /** User + system CPU ticks of a process so far; -1 when it cannot be read. */
    public static long ticks(long pid) {
        if (pid <= 0) return -1;
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // after "pid (comm) ": f[0] is field 3 (state); utime is field 14, stime field 15
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Busy CPU ticks of the whole machine since boot (user nice system irq softirq steal); -1 when unknown. */
    public static long machineBusyTicks() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/stat"))) {
                if (!line.startsWith("cpu ")) continue;
                String[] f = line.trim().split("\\s+");
                long busy = 0;
                for (int i = 1; i < f.length && i <= 8; i++) {
                    if (i == 4 || i == 5) continue; // idle, iowait
                    busy += Long.parseLong(f[i]);
                }
                return busy;
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** The line of /proc/loadavg, or "?". */
    public static String loadAvg() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "?";
        }
    }
}
