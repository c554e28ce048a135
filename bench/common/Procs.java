package common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads /proc: who is who, and their CPU time. */
public final class Procs {
    public final long launcherPid;
    /** Highest CPU use of other processes seen by report over a window of 2 s or more. */
    public double maxOthersCpu = 0;
    public long karafPid = -1;
    public long dbPid = -1;

    /** CPU ticks (1/100 s) of the whole machine and of Karaf, MariaDB and this program. */
    public record Cpu(long busy, long karaf, long db, long self, long nanos) {
    }

    public Procs(long launcherPid) {
        this.launcherPid = launcherPid;
        this.dbPid = findDb();
    }

    public void resolveKaraf() {
        if (launcherPid <= 0) return;
        Optional<ProcessHandle> launcher = ProcessHandle.of(launcherPid);
        if (launcher.isEmpty()) return;
        if (launcher.get().info().command().orElse("").endsWith("/java")) {
            karafPid = launcherPid;
            return;
        }
        karafPid = launcher.get().descendants().filter(p -> p.info().command().orElse("").endsWith("/java"))
                .mapToLong(ProcessHandle::pid).findFirst().orElse(-1);
    }

    public long findDb() {
        try (Stream<Path> ps = Files.list(Path.of("/proc"))) {
            for (Path p : ps.filter(x -> x.getFileName().toString().matches("\\d+")).collect(Collectors.toList())) {
                try {
                    String comm = Files.readString(p.resolve("comm")).strip();
                    if (comm.equals("mariadbd") || comm.equals("mysqld")) return Long.parseLong(p.getFileName().toString());
                } catch (IOException ignored) {
                    // gone
                }
            }
        } catch (IOException ignored) {
            // no /proc
        }
        return -1;
    }

    public Cpu cpu() {
        return new Cpu(machineBusy(), ticks(karafPid), ticks(dbPid), ticks(ProcessHandle.current().pid()), System.nanoTime());
    }

    public double others(Cpu a, Cpu b) {
        double s = (b.nanos() - a.nanos()) / 1e9;
        long o = (b.busy() - a.busy()) - (b.karaf() - a.karaf()) - (b.db() - a.db()) - (b.self() - a.self());
        return Math.max(0, o) / 100.0 / s;
    }

    public String report(Cpu a, Cpu b) {
        double s = (b.nanos() - a.nanos()) / 1e9;
        double others = others(a, b);
        if (s >= 2) maxOthersCpu = Math.max(maxOthersCpu, others);
        return String.format(Locale.ROOT, "Karaf %.2f, MariaDB %.2f, bench client %.2f, other processes %.2f CPU",
                (b.karaf() - a.karaf()) / 100.0 / s, (b.db() - a.db()) / 100.0 / s, (b.self() - a.self()) / 100.0 / s, others);
    }

    public static long machineBusy() {
        return Math.max(0, Proc.machineBusyTicks());
    }

    public static long ticks(long pid) {
        return Math.max(0, Proc.ticks(pid));
    }

    public static String loadAvg() {
        return Proc.loadAvg();
    }

    public static long memTotalMiB() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (l.startsWith("MemTotal:")) return Long.parseLong(l.replaceAll("\\D", "")) / 1024;
            }
        } catch (IOException | RuntimeException ignored) {
            // not Linux
        }
        return -1;
    }

    /** Java processes other than this one, described by main class or jar and karaf.base. */
    public static List<String> otherJvms(Procs self) {
        List<String> out = new ArrayList<>();
        long me = ProcessHandle.current().pid();
        ProcessHandle.allProcesses().forEach(p -> {
            if (p.pid() == me || p.pid() == self.karafPid || !p.info().command().orElse("").endsWith("/java")) return;
            String[] args = p.info().arguments().orElse(new String[0]);
            String what = "?";
            String karafBase = null;
            for (int i = 0; i < args.length; i++) {
                if (args[i].startsWith("-Dkaraf.base=")) karafBase = args[i].substring(13);
                if (args[i].equals("-jar") && i + 1 < args.length) what = "-jar " + Path.of(args[i + 1]).getFileName();
                if (!args[i].startsWith("-") && (i == 0 || !args[i - 1].matches("-cp|-classpath|--class-path|-jar"))
                        && what.equals("?")) what = args[i];
            }
            if (what.length() > 70) what = what.substring(0, 70) + "…";
            out.add("pid " + p.pid() + ": " + what + (karafBase == null ? "" : " (karaf.base " + karafBase + ")"));
        });
        return out;
    }
}
