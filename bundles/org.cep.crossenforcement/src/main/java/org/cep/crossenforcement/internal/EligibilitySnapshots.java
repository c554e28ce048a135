package org.cep.crossenforcement.internal;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.aries.jpa.template.JpaTemplate;
import org.cep.crossenforcement.domain.Eligibility;
import org.cep.platform.api.CourtContext;
import org.cep.platform.api.CourtDirectory;
import org.cep.platform.api.CourtJobs;
import org.cep.platform.api.CrossingPurpose;
import org.cep.platform.api.Crossings;
import org.cep.platform.api.Micros;
import org.cep.platform.api.TenantJpa;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * A higher court's view of eligibility over its whole jurisdiction, kept as counts per court: each court
 * reports its counts to every court above it (a REPORT crossing, audited in both chains) every night at
 * 02:00 Asia/Shanghai and when a supervisor asks for a refresh. Reading the view is then one local query,
 * however many courts lie below; the cases behind a count are read court by court (supervision crossing).
 */
@Component(service = EligibilitySnapshots.class, immediate = true)
public class EligibilitySnapshots {
    static final String JOB = "ce-eligibility-counts";
    static final String CAPABILITY = "cross-enforcement";

    private final JpaTemplate jpa;
    private final CaseRecords records;
    private final Crossings crossings;
    private final CourtDirectory courts;
    private final CourtJobs jobs;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "cep-ce-eligibility-counts");
        t.setDaemon(true);
        return t;
    });

    record CourtCount(String courtId, String nameZh, String asOf, int cases, Map<String, Integer> byReason) {
    }

    /** Totals over the courts below, the oldest count's time, and each court's counts. */
    record JurisdictionView(String courtId, String oldestAsOf, int courts, int cases, Map<String, Integer> byReason,
                            List<CourtCount> perCourt) {
    }

    @Activate
    public EligibilitySnapshots(@Reference(target = "(osgi.unit.name=cep-cross-enforcement)") JpaTemplate jpa,
                                @Reference CaseRecords records, @Reference Crossings crossings, @Reference CourtDirectory courts,
                                @Reference CourtJobs jobs) {
        this.jpa = jpa;
        this.records = records;
        this.crossings = crossings;
        this.courts = courts;
        this.jobs = jobs;
        LocalDateTime now = LocalDateTime.now(Checks.COURT_ZONE);
        LocalDateTime next = now.toLocalDate().atTime(LocalTime.of(2, 0));
        if (!next.isAfter(now)) next = next.plusDays(1);
        executor.scheduleAtFixedRate(() -> refresh(null), Duration.between(now, next).toMinutes(), TimeUnit.DAYS.toMinutes(1),
                TimeUnit.MINUTES);
    }

    @Deactivate
    void stop() {
        executor.shutdownNow();
    }

    /** Each court (of {@code only}, or all) counts its eligible cases and reports them to the courts above it. */
    List<CourtJobs.Outcome> refresh(Set<String> only) {
        Set<String> on = new HashSet<>(courts.activeCourtsWith(CAPABILITY));
        return jobs.forEachCourt(JOB, CAPABILITY, () -> {
            String court = CourtContext.current().courtId();
            if (only != null && !only.contains(court)) return;
            Views.EligibleView counts = records.eligible(null, 0, 0);
            long asOf = Micros.now();
            for (String above : above(court)) {
                if (!on.contains(above)) continue;
                crossings.write(new Crossings.Crossing(above, CrossingPurpose.REPORT, null, "eligibility-counts",
                        "eligibility counts"), () -> store(court, counts, asOf));
            }
        });
    }

    private Object store(String court, Views.EligibleView counts, long asOf) {
        return TenantJpa.inCourt(jpa, em -> {
            EligibilityCountEntity e = em.createQuery("select e from EligibilityCountEntity e where e.courtId = :c",
                    EligibilityCountEntity.class).setParameter("c", court).getResultList().stream().findFirst().orElse(null);
            if (e == null) {
                e = new EligibilityCountEntity();
                e.courtId = court;
                em.persist(e);
            }
            e.asOfMicros = asOf;
            e.cases = counts.cases();
            e.unexecuted = counts.byReason().getOrDefault(Eligibility.Reason.UNEXECUTED_SIX_MONTHS.name(), 0);
            e.stalled = counts.byReason().getOrDefault(Eligibility.Reason.STALLED.name(), 0);
            e.flagged = counts.byReason().getOrDefault(Eligibility.Reason.LOCAL_INFLUENCE.name(), 0);
            return null;
        });
    }

    /** The counts the current court holds for the courts of its jurisdiction. */
    JurisdictionView view() {
        String home = CourtContext.current().courtId();
        Map<String, String> below = courts.jurisdiction(home).stream()
                .collect(Collectors.toMap(CourtDirectory.Court::id, CourtDirectory.Court::nameZh, (a, b) -> a, LinkedHashMap::new));
        List<EligibilityCountEntity> rows = TenantJpa.inCourt(jpa, em -> em.createQuery(
                "select e from EligibilityCountEntity e order by e.courtId", EligibilityCountEntity.class).getResultList());
        List<CourtCount> perCourt = new ArrayList<>();
        Map<String, Integer> total = new LinkedHashMap<>();
        int cases = 0;
        Long oldest = null;
        for (EligibilityCountEntity e : rows) {
            if (!below.containsKey(e.courtId)) continue;
            Map<String, Integer> byReason = new LinkedHashMap<>();
            byReason.put(Eligibility.Reason.UNEXECUTED_SIX_MONTHS.name(), e.unexecuted);
            byReason.put(Eligibility.Reason.STALLED.name(), e.stalled);
            byReason.put(Eligibility.Reason.LOCAL_INFLUENCE.name(), e.flagged);
            byReason.forEach((k, v) -> total.merge(k, v, Integer::sum));
            cases += e.cases;
            oldest = oldest == null ? e.asOfMicros : Math.min(oldest, e.asOfMicros);
            perCourt.add(new CourtCount(e.courtId, below.get(e.courtId), Micros.iso(e.asOfMicros), e.cases, byReason));
        }
        return new JurisdictionView(home, oldest == null ? null : Micros.iso(oldest), perCourt.size(), cases, total, perCourt);
    }

    private List<String> above(String court) {
        List<String> chain = new ArrayList<>();
        String parent = courts.court(court).map(CourtDirectory.Court::parentId).orElse(null);
        while (parent != null && !chain.contains(parent)) {
            chain.add(parent);
            parent = courts.court(parent).map(CourtDirectory.Court::parentId).orElse(null);
        }
        return chain;
    }
}
