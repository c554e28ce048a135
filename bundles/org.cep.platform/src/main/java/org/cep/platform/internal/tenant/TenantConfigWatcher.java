package org.cep.platform.internal.tenant;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.cep.platform.api.Capability;
import org.cep.platform.internal.PlatformConfig;
import org.cep.platform.internal.capability.CapabilityRegistry;
import org.cep.platform.internal.persistence.CourtEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Applies the court files of the tenant-config folder as desired state, live: every few seconds
 * it re-reads changed files, validates them, and applies those whose content differs from what the
 * database holds. A broken file is reported with its name and line and leaves every other court alone.
 */
@Component(service = TenantConfigWatcher.class, immediate = true, configurationPid = PlatformConfig.PID)
public class TenantConfigWatcher {
    private static final Logger LOG = LoggerFactory.getLogger(TenantConfigWatcher.class);
    private static final String SUFFIX = ".court";
    private static final int CHUNK = 250;
    private static final String ACTOR = "tenant-config";

    private final CourtService courts;
    private final CapabilityRegistry capabilities;
    private final BootstrapAdmin bootstrap;
    private final Map<String, Cached> parsed = new HashMap<>();
    /** Courts whose file this node has read since it started: only their removal deactivates a court. */
    private final Set<String> seenHere = new HashSet<>();
    private volatile Path dir;
    private volatile ScanReport lastReport = new ScanReport(null, null, 0, 0, 0, List.of());
    /** Names, times and sizes of the files at the last complete scan: unchanged files need no database work. */
    private String lastFingerprint;
    private ScheduledExecutorService executor;
    /** File-system notifications for the folder; null where the platform offers none (then every tick reads the folder). */
    private WatchService notifications;
    private long lastFullReadNanos;
    private static final long FULL_READ_NANOS = TimeUnit.SECONDS.toNanos(60);

    private record Cached(long modified, long size, CourtFileParser.ParseResult result) {
    }

    /** What the last scan found: shown by REST and the shell. {@code at} is an ISO-8601 UTC instant. */
    public record ScanReport(String folder, @Schema(format = "date-time") String at, int files, int applied, int deactivated,
                             @ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED)) List<ConfigProblem> problems) {
    }

    @Activate
    public TenantConfigWatcher(@Reference CourtService courts, @Reference CapabilityRegistry capabilities,
                               @Reference BootstrapAdmin bootstrap, PlatformConfig config) {
        this.courts = courts;
        this.capabilities = capabilities;
        this.bootstrap = bootstrap;
        start(config);
    }

    @Modified
    void modified(PlatformConfig config) {
        stop();
        start(config);
    }

    @Deactivate
    void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
        if (notifications != null) {
            try {
                notifications.close();
            } catch (IOException ignored) {
                // closing a watch service that is going away anyway
            }
            notifications = null;
        }
    }

    private void start(PlatformConfig config) {
        String folder = config.tenantConfigDir().isBlank()
                ? System.getProperty("karaf.home", ".") + "/tenant-config" : config.tenantConfigDir();
        dir = Paths.get(folder).toAbsolutePath().normalize();
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "cep-tenant-config");
            t.setDaemon(true);
            return t;
        });
        notifications = watch(dir);
        lastFullReadNanos = System.nanoTime() - FULL_READ_NANOS;
        executor.scheduleWithFixedDelay(this::scanSafely, 0, Math.max(1, config.tenantScanSeconds()), TimeUnit.SECONDS);
        LOG.info("Watching court files in {}", dir);
    }

    private static WatchService watch(Path folder) {
        try {
            WatchService w = folder.getFileSystem().newWatchService();
            folder.register(w, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                    StandardWatchEventKinds.ENTRY_MODIFY);
            return w;
        } catch (IOException | UnsupportedOperationException e) {
            LOG.info("No change notifications for {} ({}); reading it on every tick", folder, e.getMessage());
            return null;
        }
    }

    /**
     * A tick reads the folder only when the file system reported a change, or once a minute anyway
     * (notifications can be missed, e.g. on network file systems): with 3,500 courts an idle node
     * then stays idle.
     */
    private boolean folderMayHaveChanged() {
        boolean changed = notifications == null || System.nanoTime() - lastFullReadNanos >= FULL_READ_NANOS;
        WatchKey key;
        while (notifications != null && (key = notifications.poll()) != null) {
            key.pollEvents();
            changed = true;
            if (!key.reset()) notifications = watch(dir);
        }
        return changed;
    }

    private void scanSafely() {
        try {
            if (folderMayHaveChanged()) {
                lastFullReadNanos = System.nanoTime();
                scan(false);
            }
            bootstrap.ensure();
        } catch (RuntimeException e) {
            LOG.error("Scan of {} failed; will retry", dir, e);
        }
    }

    public ScanReport lastReport() {
        return lastReport;
    }

    /** Reads the folder and applies what changed; the shell and REST ask for this, and always reach the database. */
    public ScanReport scan() {
        return scan(true);
    }

    private String fingerprint() {
        StringBuilder b = new StringBuilder();
        new java.util.TreeMap<>(parsed).forEach((name, c) -> b.append(name).append('|').append(c.modified).append('|').append(c.size).append('\n'));
        return b.toString();
    }

    /** Synchronized: the shell may ask for a scan while the timer runs one. */
    private synchronized ScanReport scan(boolean force) {
        Path folder = dir;
        if (!Files.isDirectory(folder)) {
            ScanReport r = new ScanReport(folder.toString(), Instant.now().toString(), 0, 0, 0,
                    List.of(new ConfigProblem(folder.toString(), 0, null, "法院配置目录不存在", "court folder does not exist")));
            report(r);
            return r;
        }
        List<ConfigProblem> problems = new ArrayList<>();
        List<CourtDefinition> definitions = new ArrayList<>();
        Set<String> present = new HashSet<>();
        Set<String> seenFiles = new HashSet<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                seenFiles.add(name);
                present.add(name.substring(0, name.length() - SUFFIX.length()));
                CourtFileParser.ParseResult result = parse(file, name);
                if (result.ok()) definitions.add(result.definition());
                else problems.addAll(result.problems());
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + folder, e);
        }
        parsed.keySet().retainAll(seenFiles);
        String fingerprint = fingerprint();
        if (!force && fingerprint.equals(lastFingerprint)) {
            return lastReport;
        }

        Map<String, CourtService.Applied> applied = courts.applied();
        Set<String> known = new HashSet<>();
        applied.forEach((id, a) -> {
            if (a.hash() != null) known.add(id);
        });
        CourtSetValidator.ValidationResult validation = CourtSetValidator.validate(definitions, known);
        problems.addAll(validation.problems());
        List<CourtDefinition> toApply = new ArrayList<>();
        for (CourtDefinition d : validation.accepted()) {
            List<ConfigProblem> levelProblems = levelProblems(d);
            if (!levelProblems.isEmpty()) {
                problems.addAll(levelProblems);
            } else if (applied.get(d.id()) == null || !d.contentHash().equals(applied.get(d.id()).hash())) {
                Long mine = modifiedOf(d.sourceFile());
                CourtService.Applied current = applied.get(d.id());
                if (current != null && current.modifiedMillis() != null && mine != null
                        && mine <= current.modifiedMillis()) {
                    // another node applied a newer file for this court, or saw it removed later: newer wins, so this node never flips it back
                    problems.add(new ConfigProblem(d.sourceFile(), 0, null,
                            "本节点的文件早于已生效的版本（" + Instant.ofEpochMilli(current.modifiedMillis()) + "），未应用；请统一各节点的法院配置目录",
                            "this node's file is older than the applied one (" + Instant.ofEpochMilli(current.modifiedMillis())
                                    + "); not applied: give every node the same court folder"));
                } else {
                    toApply.add(d);
                }
            }
        }
        String requestId = "tenant-config-" + UUID.randomUUID();
        int done = applyInChunks(toApply, requestId, problems);
        List<String> gone = new ArrayList<>();
        for (CourtEntity c : courts.list()) {
            // only a removal this node saw deactivates: a node whose folder never had the file leaves the court alone
            if (c.active && c.sourceFile != null && !present.contains(c.id) && seenHere.contains(c.id)) gone.add(c.id);
        }
        seenHere.addAll(present);
        seenHere.removeAll(gone);
        if (!gone.isEmpty()) courts.deactivate(gone, ACTOR, requestId);
        ScanReport r = new ScanReport(folder.toString(), Instant.now().toString(), seenFiles.size(), done, gone.size(), List.copyOf(problems));
        report(r);
        // a court that failed to store, or a file that could not be read, is tried again next time;
        // otherwise an unchanged folder costs only a listing
        lastFingerprint = done == toApply.size() && parsed.size() == seenFiles.size() ? fingerprint : null;
        return r;
    }

    private CourtFileParser.ParseResult parse(Path file, String name) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
            long modified = attrs.lastModifiedTime().toMillis();
            Cached cached = parsed.get(name);
            if (cached != null && cached.modified == modified && cached.size == attrs.size()) {
                return cached.result;
            }
            CourtFileParser.ParseResult result = CourtFileParser.parse(name, Files.readAllBytes(file));
            parsed.put(name, new Cached(modified, attrs.size(), result));
            return result;
        } catch (IOException e) {
            return new CourtFileParser.ParseResult(null,
                    List.of(new ConfigProblem(name, 0, null, "无法读取文件：" + e.getMessage(), "cannot read file: " + e.getMessage())));
        }
    }

    /** Files may list capabilities above the court's level only with an explicit override; installed ones are checked here. */
    private List<ConfigProblem> levelProblems(CourtDefinition d) {
        List<ConfigProblem> list = new ArrayList<>();
        for (String capId : d.capabilities()) {
            Capability cap = capabilities.get(capId);
            if (cap != null && !d.computerization().atLeast(cap.minimumLevel()) && !d.capabilityOverrides().contains(capId)) {
                list.add(new ConfigProblem(d.sourceFile(), 0, "capabilities",
                        "功能“" + cap.nameZh() + "”要求信息化水平至少为“" + cap.minimumLevel().labelZh() + "”，本院为“"
                                + d.computerization().labelZh() + "”；如确需开通，请在 capabilities.override 中列出",
                        "capability '" + capId + "' needs computerization '" + cap.minimumLevel().token() + "' but the court has '"
                                + d.computerization().token() + "'; list it in capabilities.override to switch it on anyway"));
            }
        }
        return list;
    }

    /** Large provinces apply in chunks; a chunk that fails is retried court by court so one bad court cannot block others. */
    private Long modifiedOf(String fileName) {
        Cached c = parsed.get(fileName);
        return c == null ? null : c.modified;
    }

    private int applyInChunks(List<CourtDefinition> toApply, String requestId, List<ConfigProblem> problems) {
        Map<String, Long> modified = new HashMap<>();
        toApply.forEach(d -> modified.put(d.sourceFile(), modifiedOf(d.sourceFile())));
        int done = 0;
        for (int i = 0; i < toApply.size(); i += CHUNK) {
            List<CourtDefinition> chunk = toApply.subList(i, Math.min(toApply.size(), i + CHUNK));
            try {
                courts.applyDefinitions(chunk, modified, ACTOR, requestId);
                done += chunk.size();
            } catch (RuntimeException chunkFailure) {
                for (CourtDefinition d : chunk) {
                    try {
                        courts.applyDefinitions(List.of(d), modified, ACTOR, requestId);
                        done++;
                    } catch (RuntimeException e) {
                        LOG.error("Court file {} could not be applied", d.sourceFile(), e);
                        problems.add(new ConfigProblem(d.sourceFile(), 0, null, "写入数据库失败：" + e.getMessage(),
                                "could not be stored: " + e.getMessage()));
                    }
                }
            }
        }
        return done;
    }

    private void report(ScanReport r) {
        ScanReport previous = lastReport;
        lastReport = r;
        if (r.applied() > 0 || r.deactivated() > 0) {
            LOG.info("Court files in {}: {} file(s), {} applied, {} deactivated", r.folder(), r.files(), r.applied(), r.deactivated());
        }
        if (!r.problems().equals(previous.problems())) {
            for (ConfigProblem p : r.problems()) {
                LOG.warn("Court file problem: {}", p);
            }
        }
    }
}
