package org.cep.platform.internal.crossing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.cep.platform.api.CourtContext;
import org.cep.platform.api.CourtDirectory;
import org.cep.platform.api.CourtJobs;
import org.cep.platform.api.Micros;
import org.cep.platform.internal.persistence.JobLockEntity;
import org.cep.platform.internal.persistence.PlatformSchema;
import org.cep.platform.internal.audit.AuditService;
import org.cep.platform.internal.metrics.Metrics;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** The job runner: each court bound as the system in turn, under a lease that only one node holds. */
@Component(service = {CourtJobs.class, CourtJobService.class})
public class CourtJobService implements CourtJobs {
    private static final Logger LOG = LoggerFactory.getLogger(CourtJobService.class);
    /** Longer than any court's job takes; a node that died mid-run frees the court when it ends. */
    static final Duration LEASE = Duration.ofMinutes(30);

    private final JpaTemplate jpa;
    private final CourtDirectory courts;
    private final CourtContext.Binding binding = CourtContext.binding();
    private final String node = UUID.randomUUID().toString();

    private final Metrics metrics;
    private final AuditService audit;

    @Activate
    public CourtJobService(@Reference(target = "(osgi.unit.name=cep-platform)") JpaTemplate jpa, @Reference CourtDirectory courts,
                           @Reference PlatformSchema schema, @Reference Metrics metrics, @Reference AuditService audit) {
        this.jpa = jpa;
        this.courts = courts;
        this.metrics = metrics;
        this.audit = audit;
    }

    @Override
    public List<Outcome> forEachCourt(String jobName, String capabilityId, Runnable work) {
        List<Outcome> outcomes = new ArrayList<>();
        for (String court : courts.activeCourtsWith(capabilityId)) {
            if (!tryLock(jobName, court)) {
                outcomes.add(new Outcome(court, Outcome.LOCKED_ELSEWHERE, null));
                metrics.jobRun(jobName, "skipped");
                continue;
            }
            CourtContext system = new CourtContext(0, "system:" + jobName, court, Set.of(), jobName + "-" + UUID.randomUUID());
            MDC.put("requestId", system.requestId());
            MDC.put("court", court);
            MDC.put("capability", capabilityId);
            try {
                binding.call(system, () -> {
                    work.run();
                    return null;
                });
                outcomes.add(new Outcome(court, Outcome.RAN, null));
                metrics.jobRun(jobName, "done");
                anchor(court, system.requestId());
            } catch (RuntimeException e) {
                LOG.error("Job {} failed for court {}", jobName, court, e);
                outcomes.add(new Outcome(court, Outcome.FAILED, e.getClass().getSimpleName()));
                metrics.jobRun(jobName, "failed");
            } finally {
                release(jobName, court);
                MDC.remove("requestId");
                MDC.remove("court");
                MDC.remove("capability");
            }
        }
        return outcomes;
    }

    /** What a job wrote in a court is anchored in its higher court's chain at once (see AuditService#anchorIn). */
    private void anchor(String court, String requestId) {
        String parent = courts.court(court).map(c -> c.parentId()).orElse(null);
        if (parent == null) return;
        try {
            jpa.tx(TransactionType.Required, em -> audit.anchorIn(em, court, parent, requestId));
        } catch (RuntimeException e) {
            LOG.warn("Could not anchor the audit head of {} in {}", court, parent, e);
        }
    }

    /** Takes the (job, court) lease when it is free or ran out; false when another node holds it. */
    public boolean tryLock(String job, String court) {
        long now = Micros.now();
        try {
            return jpa.txExpr(TransactionType.Required, em -> {
                JobLockEntity lock = em.find(JobLockEntity.class, new JobLockEntity.Key(job, court), LockModeType.PESSIMISTIC_WRITE);
                if (lock == null) {
                    lock = new JobLockEntity();
                    lock.jobName = job;
                    lock.courtId = court;
                    em.persist(lock);
                } else if (lock.untilMicros > now && !lock.holder.equals(node)) {
                    return false;
                }
                lock.holder = node;
                lock.untilMicros = now + LEASE.toNanos() / 1000;
                return true;
            });
        } catch (RuntimeException e) {
            // two nodes inserting the first row at once: the loser's key violation means "taken"
            LOG.debug("Lock {}/{} taken by another node", job, court, e);
            return false;
        }
    }

    public void release(String job, String court) {
        jpa.tx(TransactionType.Required, em -> {
            JobLockEntity lock = em.find(JobLockEntity.class, new JobLockEntity.Key(job, court), LockModeType.PESSIMISTIC_WRITE);
            if (lock != null && lock.holder.equals(node)) lock.untilMicros = 0;
        });
    }
}
