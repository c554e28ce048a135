package org.cep.seizure.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.cep.platform.api.AuditLog;
import org.cep.platform.api.CourtContext;
import org.cep.platform.api.CourtJobs;
import org.cep.platform.api.Micros;
import org.cep.platform.api.TenantJpa;
import org.cep.seizure.domain.ExpiryEngine;
import org.cep.seizure.domain.SeizureTransition;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Every day at 01:00 Asia/Shanghai, for each court with live seizure on: seizures past their legal
 * period are marked lapsed (they lose priority), and those 30, 7 and 1 day(s) from expiry get a
 * reminder in their timeline and the log. The platform's job runner visits each court under a lock, so two
 * nodes never run one court at once; the work is idempotent besides.
 */
@Component(service = ExpiryJob.class, immediate = true)
public class ExpiryJob {
    private static final Logger LOG = LoggerFactory.getLogger(ExpiryJob.class);
    private static final Set<Long> REMIND_AT_DAYS_LEFT = Set.of(30L, 7L, 1L);
    private static final List<String> IN_FORCE = List.of("ACTIVE", "SALE_REPORTED", "SALE_APPROVED", "VIOLATION");

    private final JpaTemplate jpa;
    private final CourtJobs jobs;
    private final AuditLog audit;
    private final SeizureService seizures;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "cep-seizure-expiry");
        t.setDaemon(true);
        return t;
    });

    /** What one run did in one court. */
    @Schema(name = "ExpiryCheckResult")
    record Result(int lapsed, int reminders) {
    }

    @Activate
    public ExpiryJob(@Reference(target = "(osgi.unit.name=cep-live-seizure)") JpaTemplate jpa,
                     @Reference CourtJobs jobs, @Reference AuditLog audit, @Reference SeizureService seizures) {
        this.jpa = jpa;
        this.seizures = seizures;
        this.jobs = jobs;
        this.audit = audit;
        LocalDateTime now = LocalDateTime.now(Dates.COURT_ZONE);
        LocalDateTime next = now.toLocalDate().atTime(LocalTime.of(1, 0));
        if (!next.isAfter(now)) next = next.plusDays(1);
        executor.scheduleAtFixedRate(this::runForAllCourts, Duration.between(now, next).toMinutes(), TimeUnit.DAYS.toMinutes(1),
                TimeUnit.MINUTES);
    }

    @Deactivate
    void stop() {
        executor.shutdownNow();
    }

    void runForAllCourts() {
        jobs.forEachCourt("seizure-expiry", "live-seizure", () -> {
            Result r = runForCurrentCourt();
            if (r.lapsed() > 0 || r.reminders() > 0) {
                LOG.info("Seizure expiry in {}: {} lapsed, {} reminder(s)", CourtContext.current().courtId(), r.lapsed(), r.reminders());
            }
        });
    }

    /** Runs for the court bound to this thread (the job's, or an officer's asking for it now). */
    Result runForCurrentCourt() {
        LocalDate today = Dates.today();
        return TenantJpa.inCourt(jpa, em -> {
            int lapsed = 0;
            int reminders = 0;
            List<SeizureEntity> open = em.createQuery(
                            "select s from SeizureEntity s where s.state in :states and s.expiryDate <= :until", SeizureEntity.class)
                    .setParameter("states", IN_FORCE).setParameter("until", today.plusDays(30)).getResultList();
            for (SeizureEntity s : open) {
                LocalDate lastDay = seizures.config().calendar().deadline(s.expiryDate);
                if (ExpiryEngine.lapsed(lastDay, today)) {
                    SeizureRecords.move(em, s, SeizureTransition.LAPSE, "期间届满未续行 / period ended " + s.expiryDate
                            + (lastDay.equals(s.expiryDate) ? "" : " (节假日顺延至 / moved past holidays to " + lastDay + ")") + " without renewal");
                    audit.record("seizure.lapsed", "seizure:" + s.id, "expired " + s.expiryDate + ", last day to act " + lastDay);
                    seizures.promoteWaiting(em, s);
                    lapsed++;
                } else if (REMIND_AT_DAYS_LEFT.contains(ExpiryEngine.daysLeft(s.expiryDate, today)) && !remindedToday(em, s, today)) {
                    long left = ExpiryEngine.daysLeft(s.expiryDate, today);
                    SeizureRecords.event(em, s.id, "EXPIRY_REMINDER", "查封即将到期，请及时续行", "expires soon: renew in time",
                            left + " 天后到期 / days left, expiry " + s.expiryDate);
                    reminders++;
                }
            }
            return new Result(lapsed, reminders);
        });
    }

    /** Every node runs the job: the seizure row is locked so that only the first one adds today's reminder. */
    private static boolean remindedToday(EntityManager em, SeizureEntity s, LocalDate today) {
        em.lock(s, LockModeType.PESSIMISTIC_WRITE);
        long startOfDay = Micros.of(today.atStartOfDay(Dates.COURT_ZONE).toInstant());
        return em.createQuery("select count(e) from SeizureEventEntity e where e.seizureId = :s and e.kind = 'EXPIRY_REMINDER'"
                        + " and e.atMicros >= :since", Long.class)
                .setParameter("s", s.id).setParameter("since", startOfDay).getSingleResult() > 0;
    }
}
