package org.cep.platform.internal.audit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.cep.platform.internal.PlatformConfig;
import org.cep.platform.internal.crossing.CourtJobService;
import org.cep.platform.internal.metrics.Metrics;
import org.cep.platform.internal.persistence.CourtEntity;
import org.cep.platform.internal.persistence.PlatformSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anchors every court's audit head in its higher court's chain, lowest courts first, so that the
 * province's head covers them all; then signs the top courts' heads into checkpoint files. Runs every
 * {@code auditAnchorMinutes} on one node at a time (a lease in the database), and on demand.
 */
@Component(service = AuditAnchorJob.class, configurationPid = PlatformConfig.PID)
public class AuditAnchorJob {
    private static final Logger LOG = LoggerFactory.getLogger(AuditAnchorJob.class);
    static final String JOB = "audit-anchor";

    private final JpaTemplate jpa;
    private final AuditService audit;
    private final CourtJobService jobs;
    private final Metrics metrics;
    private java.util.concurrent.ScheduledFuture<?> schedule;
    private int scheduledMinutes = Integer.MIN_VALUE;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "cep-audit-anchor");
        t.setDaemon(true);
        return t;
    });

    /** What one run did: anchors written in higher courts' chains, checkpoint files written. */
    public record Run(int anchored, List<String> checkpoints, boolean ranHere) {
    }

    @Activate
    public AuditAnchorJob(@Reference(target = "(osgi.unit.name=cep-platform)") JpaTemplate jpa, @Reference AuditService audit,
                          @Reference CourtJobService jobs, @Reference Metrics metrics, @Reference PlatformSchema schema,
                          PlatformConfig config) {
        this.jpa = jpa;
        this.audit = audit;
        this.jobs = jobs;
        this.metrics = metrics;
        modified(config);
    }

    /**
     * A change to etc/cep.platform.cfg reschedules in place: without this, any edit of that file (say
     * metricsAllowFrom) would restart this component and, through the references on it, the REST server.
     */
    @Modified
    synchronized void modified(PlatformConfig config) {
        int minutes = config.auditAnchorMinutes();
        if (minutes == scheduledMinutes) return;
        if (schedule != null) schedule.cancel(false);
        schedule = minutes > 0 ? executor.scheduleWithFixedDelay(this::runSafely, minutes, minutes, TimeUnit.MINUTES) : null;
        scheduledMinutes = minutes;
    }

    @Deactivate
    void stop() {
        executor.shutdownNow();
    }

    private void runSafely() {
        try {
            Run r = run(JOB + "-" + UUID.randomUUID());
            if (r.ranHere()) LOG.info("Audit anchors: {} written, checkpoints {}", r.anchored(), r.checkpoints());
        } catch (RuntimeException e) {
            LOG.error("Audit anchoring failed", e);
            metrics.jobRun(JOB, "failed");
        }
    }

    /** Anchors every court now; another node running it at the same moment makes this one a no-op. */
    public Run run(String requestId) {
        if (!jobs.tryLock(JOB, "*")) {
            metrics.jobRun(JOB, "skipped");
            return new Run(0, List.of(), false);
        }
        try {
            List<CourtEntity> courts = jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                    "select c from CourtEntity c", CourtEntity.class).getResultList());
            Map<String, String> parentOf = new HashMap<>();
            courts.forEach(c -> parentOf.put(c.id, c.parentId));
            List<CourtEntity> deepestFirst = new ArrayList<>(courts);
            deepestFirst.sort(Comparator.comparingInt((CourtEntity c) -> depth(c.id, parentOf)).reversed().thenComparing(c -> c.id));
            int anchored = 0;
            List<String> files = new ArrayList<>();
            for (CourtEntity c : deepestFirst) {
                if (c.parentId != null && parentOf.containsKey(c.parentId)) {
                    // one court per transaction: a court's failure leaves the others anchored
                    if (jpa.txExpr(TransactionType.Required, em -> audit.anchorIn(em, c.id, c.parentId, requestId))) anchored++;
                }
            }
            for (CourtEntity c : courts) {
                if (c.parentId == null || !parentOf.containsKey(c.parentId)) {
                    Path file = audit.checkpoint(c.id);
                    if (file != null) files.add(file.getFileName().toString());
                }
            }
            metrics.jobRun(JOB, "done");
            return new Run(anchored, files, true);
        } finally {
            jobs.release(JOB, "*");
        }
    }

    private static int depth(String id, Map<String, String> parentOf) {
        int d = 0;
        for (String p = parentOf.get(id); p != null && d < 20; p = parentOf.get(p)) d++;
        return d;
    }
}
