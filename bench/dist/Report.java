package dist;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import common.Proc;

import static dist.Bench.*;
import static dist.Measure.*;
import static dist.Load.*;

/** The printed header, phase titles, summary rows, notes and small formatting helpers. */
final class Report {
    private Report() {
    }

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
        String[] f = Proc.loadAvg().split(" ");
        return f.length < 3 ? "?" : f[0] + " " + f[1] + " " + f[2];
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
}
