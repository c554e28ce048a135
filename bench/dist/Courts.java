package dist;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import common.Json;

import static common.Json.asList;
import static common.Json.asMap;
import static common.Json.num;
import static dist.Bench.*;
import static dist.Measure.*;
import static dist.Load.*;
import static dist.Api.*;
import static dist.Report.*;

/** Generated court files, applying them to the running platform, its scan report and log. */
final class Courts {
    private Courts() {
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
            } catch (RuntimeException e) { // not JSON, or not an object
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

}
