package org.cep.crossenforcement.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.apache.aries.jpa.template.JpaTemplate;
import org.cep.cases.api.CaseStatus;
import org.cep.cases.api.CaseView;
import org.cep.crossenforcement.domain.CaseKpi;
import org.cep.crossenforcement.domain.DecisionType;
import org.cep.crossenforcement.domain.ReverseCheck;
import org.cep.crossenforcement.domain.SpotSample;
import org.cep.platform.api.AuditLog;
import org.cep.platform.api.CourtContext;
import org.cep.platform.api.CrossingPurpose;
import org.cep.platform.api.Crossings;
import org.cep.platform.api.Micros;
import org.cep.platform.api.ProblemException;
import org.cep.platform.api.TenantJpa;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The higher court's supervision of cross-enforced cases: each transferred case's results in the receiving
 * court beside the original court's on the same case (both read through supervision crossings), the reverse
 * check, and spot checks with recorded findings.
 */
@Component(service = Supervision.class)
public class Supervision {
    static final int MAX_SAMPLE = 200;

    private final JpaTemplate jpa;
    private final CaseRecords records;
    private final Crossings crossings;
    private final AuditLog audit;

    record Comparison(long applicationId, String caseNumber, String originalCourtId, String receivingCourtId, Long receivingCaseId,
                      String receivingCaseNumber, CaseKpi original, CaseKpi receiving, List<String> findings, List<String> findingsZh) {
    }

    record KpiView(CaseKpi.Summary receiving, CaseKpi.Summary original, List<Comparison> cases) {
    }

    record SpotCheckInput(Long seed, Integer size) {
    }

    record FindingInput(String verdict, String finding) {
    }

    record SpotItemView(long id, long applicationId, String verdict, String finding, String recordedBy) {
    }

    record SpotCheckView(long id, long seed, int size, int population, String createdBy, String createdAt, List<SpotItemView> items) {
    }

    /** One side of a case: when that court took it, what it did, whether it closed it. */
    private record Side(CaseView caseData, List<LocalDate> measures, List<CaseKpi.Money> money) {
        LocalDate filed() {
            return Instant.parse(caseData.createdAt()).atZone(Checks.COURT_ZONE).toLocalDate();
        }
    }

    @Activate
    public Supervision(@Reference(target = "(osgi.unit.name=cep-cross-enforcement)") JpaTemplate jpa, @Reference CaseRecords records, @Reference Crossings crossings, @Reference AuditLog audit) {
        this.jpa = jpa;
        this.records = records;
        this.crossings = crossings;
        this.audit = audit;
    }

    KpiView kpis() {
        List<Comparison> all = comparisons();
        return new KpiView(CaseKpi.Summary.of(all.stream().map(Comparison::receiving).collect(Collectors.toList())),
                CaseKpi.Summary.of(all.stream().map(Comparison::original).collect(Collectors.toList())), all);
    }

    List<Comparison> reverseCheck() {
        return comparisons().stream().filter(c -> !c.findings().isEmpty()).collect(Collectors.toList());
    }

    /** Every transferred application of this court that the receiving court has accepted. */
    private List<Comparison> comparisons() {
        String home = CourtContext.current().courtId();
        LocalDate today = Checks.today();
        List<ApplicationEntity> done = TenantJpa.inCourt(jpa, em -> em.createQuery(
                "select a from ApplicationEntity a where a.receivingCaseId is not null order by a.id", ApplicationEntity.class).getResultList());
        List<Comparison> out = new ArrayList<>();
        for (ApplicationEntity a : done) {
            if (!DecisionType.valueOf(a.decision).transfers()) continue;
            Side original = side(a.originalCourtId, a.originalCaseId, home);
            Side receiving = side(a.namedCourtId, a.receivingCaseId, home);
            LocalDate accepted = receiving.filed();
            // the original court's period ends with the transfer; closing by transfer is not a closure by execution
            CaseKpi o = CaseKpi.of(original.filed(), accepted, original.measures(), original.money(), false);
            CaseKpi r = CaseKpi.of(accepted, today, receiving.measures(), receiving.money(),
                    receiving.caseData().status() == CaseStatus.CLOSED);
            List<ReverseCheck.Finding> findings = ReverseCheck.findings(o, r, CaseKpi.daysToFirstRecovery(accepted, today, receiving.money()));
            out.add(new Comparison(a.id, a.caseNumber, a.originalCourtId, a.namedCourtId, a.receivingCaseId,
                    receiving.caseData().caseNumber(), o, r, findings.stream().map(Enum::name).collect(Collectors.toList()),
                    findings.stream().map(ReverseCheck.Finding::labelZh).collect(Collectors.toList())));
        }
        return out;
    }

    private Side side(String court, long caseId, String home) {
        Supplier<Side> read = () -> {
            Views.CaseFile f = records.file(caseId);
            List<LocalDate> measures = f.assets().stream().filter(x -> x.measureOn() != null).map(Views.AssetView::measureOn)
                    .collect(Collectors.toList());
            List<CaseKpi.Money> money = f.money().stream().map(m -> new CaseKpi.Money(m.onDate(), "RECOVERED".equals(m.kind()), m.amountFen()))
                    .collect(Collectors.toList());
            return new Side(f.caseData(), measures, money);
        };
        if (court.equals(home)) return read.get();
        return crossings.read(new Crossings.Crossing(court, CrossingPurpose.SUPERVISION, null, "case:" + caseId,
                "cross-enforcement KPIs"), read);
    }

    SpotCheckView createSpotCheck(SpotCheckInput in) {
        int size = in == null || in.size() == null ? 0 : in.size();
        if (size < 1 || size > MAX_SAMPLE) {
            throw ProblemException.badField("INVALID_SIZE", "size", "抽查数量须为 1-" + MAX_SAMPLE, "size must be 1-" + MAX_SAMPLE);
        }
        long seed = in.seed() == null ? ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE) : in.seed();
        return TenantJpa.inCourt(jpa, em -> {
            List<Long> population = em.createQuery("select a.id from ApplicationEntity a where a.status in ('DECIDED', 'DONE')", Long.class)
                    .getResultList();
            if (population.isEmpty()) {
                throw new ProblemException(409, "NOTHING_TO_CHECK", "本院尚无已决定的交叉执行申请", "your court has no decided applications to check");
            }
            SpotCheckEntity c = new SpotCheckEntity();
            c.seed = seed;
            c.sampleSize = size;
            c.population = population.size();
            c.createdBy = CourtContext.current().actor();
            c.createdMicros = Micros.now();
            em.persist(c);
            em.flush();
            for (Long appId : SpotSample.draw(population, seed, size)) {
                SpotItemEntity i = new SpotItemEntity();
                i.spotCheckId = c.id;
                i.applicationId = appId;
                em.persist(i);
            }
            em.flush();
            audit.record("ce.spot-check.drawn", "spot-check:" + c.id, "seed=" + seed + " size=" + size + " of " + population.size());
            return view(em, c);
        });
    }

    SpotCheckView spotCheck(long id) {
        return TenantJpa.inCourt(jpa, em -> view(em, findCheck(em, id)));
    }

    SpotCheckView recordFinding(long checkId, long itemId, FindingInput in) {
        String verdict = in == null ? null : in.verdict();
        if (!"OK".equals(verdict) && !"ISSUE".equals(verdict)) {
            throw ProblemException.badField("INVALID_VALUE", "verdict", "verdict 的取值须为：OK, ISSUE", "verdict must be one of: OK, ISSUE");
        }
        String finding = Checks.text(in.finding(), "finding", 2000);
        return TenantJpa.inCourt(jpa, em -> {
            SpotCheckEntity c = findCheck(em, checkId);
            SpotItemEntity i = em.find(SpotItemEntity.class, itemId);
            if (i == null || i.spotCheckId != checkId) {
                throw new ProblemException(404, "SPOT_ITEM_NOT_FOUND", "抽查中无此项：" + itemId, "no such item in this spot check: " + itemId, "itemId");
            }
            i.verdict = verdict;
            i.finding = finding;
            i.recordedBy = CourtContext.current().actor();
            audit.record("ce.spot-check.finding", "spot-check:" + checkId, "application " + i.applicationId + " " + verdict);
            em.flush();
            return view(em, c);
        });
    }

    private static SpotCheckEntity findCheck(javax.persistence.EntityManager em, long id) {
        SpotCheckEntity c = em.find(SpotCheckEntity.class, id);
        if (c == null) throw new ProblemException(404, "SPOT_CHECK_NOT_FOUND", "未找到抽查：" + id, "no such spot check: " + id, "spotCheckId");
        return c;
    }

    private static SpotCheckView view(javax.persistence.EntityManager em, SpotCheckEntity c) {
        List<SpotItemView> items = em.createQuery("select i from SpotItemEntity i where i.spotCheckId = :c order by i.id", SpotItemEntity.class)
                .setParameter("c", c.id).getResultList().stream()
                .map(i -> new SpotItemView(i.id, i.applicationId, i.verdict, i.finding, i.recordedBy)).collect(Collectors.toList());
        return new SpotCheckView(c.id, c.seed, c.sampleSize, c.population, c.createdBy, Micros.iso(c.createdMicros), items);
    }
}
