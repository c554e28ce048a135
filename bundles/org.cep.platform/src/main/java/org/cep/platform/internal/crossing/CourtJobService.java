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
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The job runner: each court bound as the system in turn, under a lease that only one node holds. */
@Component(service = CourtJobs.class)
public class CourtJobService implements CourtJobs {
    private static final Logger LOG = LoggerFactory.getLogger(CourtJobService.class);
    /** Longer than any court's job takes; a node that died mid-run frees the court when it ends. */
    static final Duration LEASE = Duration.ofMinutes(30);

    private final JpaTemplate jpa;
    private final CourtDirectory courts;
    private final CourtContext.Binding binding = CourtContext.binding();
    private final String node = UUID.randomUUID().toString();

    @Activate
    public CourtJobService(@Reference(target = "(osgi.unit.name=cep-platform)") JpaTemplate jpa, @Reference CourtDirectory courts,
                           @Reference PlatformSchema schema) {
        this.jpa = jpa;
        this.courts = courts;
    }

    @Override
    public List<Outcome> forEachCourt(String jobName, String capabilityId, Runnable work) {
        List<Outcome> outcomes = new ArrayList<>();
        for (String court : courts.activeCourtsWith(capabilityId)) {
            if (!tryLock(jobName, court)) {
                outcomes.add(new Outcome(court, Outcome.LOCKED_ELSEWHERE, null));
                continue;
            }
            CourtContext system = new CourtContext(0, "system:" + jobName, court, Set.of(), jobName + "-" + UUID.randomUUID());
            try {
                binding.call(system, () -> {
                    work.run();
                    return null;
                });
                outcomes.add(new Outcome(court, Outcome.RAN, null));
            } catch (RuntimeException e) {
                LOG.error("Job {} failed for court {}", jobName, court, e);
                outcomes.add(new Outcome(court, Outcome.FAILED, e.getClass().getSimpleName()));
            } finally {
                release(jobName, court);
            }
        }
        return outcomes;
    }

    /** Takes the (job, court) lease when it is free or ran out; false when another node holds it. */
    boolean tryLock(String job, String court) {
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

    private void release(String job, String court) {
        jpa.tx(TransactionType.Required, em -> {
            JobLockEntity lock = em.find(JobLockEntity.class, new JobLockEntity.Key(job, court), LockModeType.PESSIMISTIC_WRITE);
            if (lock != null && lock.holder.equals(node)) lock.untilMicros = 0;
        });
    }
}
