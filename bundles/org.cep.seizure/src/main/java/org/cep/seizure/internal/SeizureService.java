package org.cep.seizure.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.cep.cases.api.CaseService;
import org.cep.cases.api.CaseStatus;
import org.cep.cases.api.CaseView;
import org.cep.platform.api.Micros;
import org.cep.platform.api.AuditLog;
import org.cep.platform.api.ProblemException;
import org.cep.platform.api.TenantJpa;
import org.cep.seizure.domain.AssetType;
import org.cep.seizure.domain.ExpiryEngine;
import org.cep.seizure.domain.Projection;
import org.cep.seizure.domain.SeizureAssessment;
import org.cep.seizure.domain.SeizureLimit;
import org.cep.seizure.domain.SeizureState;
import org.cep.seizure.domain.SeizureTransition;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/** Lots, seizures over them, their legal period, and the moves of their life. */
@Component(service = SeizureService.class, configurationPid = SeizureConfig.PID)
public class SeizureService {
    private final JpaTemplate jpa;
    private final CaseService cases;
    private final AuditLog audit;
    private volatile SeizureConfig config;

    @Activate
    public SeizureService(@Reference(target = "(osgi.unit.name=cep-live-seizure)") JpaTemplate jpa,
                          @Reference CaseService cases, @Reference AuditLog audit, Map<String, Object> properties) {
        this.jpa = jpa;
        this.cases = cases;
        this.audit = audit;
        modified(properties);
    }

    @Modified
    void modified(Map<String, Object> properties) {
        this.config = SeizureConfig.from(properties);
    }

    SeizureConfig config() {
        return config;
    }

    Views.LotView addLot(long caseId, Views.NewLot in) {
        Validation.lot(in);
        return TenantJpa.inCourt(jpa, em -> {
            openCase(caseId);
            LotEntity l = new LotEntity();
            l.caseId = caseId;
            l.label = in.label().trim();
            l.description = in.description();
            l.unit = in.unit() == null ? "头" : in.unit();
            l.unitCount = in.count();
            l.ageMonths = in.ageMonths();
            l.avgWeightKg = in.avgWeightKg();
            l.marketAgeMonths = in.marketAgeMonths();
            l.marketWeightKg = in.marketWeightKg();
            l.valuePerUnitFen = in.valuePerUnitFen();
            l.identifiers = in.identifiers();
            l.health = in.health();
            l.createdMicros = Micros.now();
            em.persist(l);
            em.flush();
            audit.record("seizure.lot-recorded", "lot:" + l.id, "case:" + caseId + " " + l.label + " x" + l.unitCount);
            return Views.LotView.of(l);
        });
    }

    List<Views.LotView> lots(long caseId) {
        return TenantJpa.inCourt(jpa, em -> {
            cases.get(caseId);
            return lotsOf(em, caseId).stream().map(Views.LotView::of).collect(Collectors.toList());
        });
    }

    /** The arithmetic the officer sees before confirming: value seized against debt plus costs, and what is left. */
    SeizureAssessment assess(long caseId, Views.SeizureRequest in) {
        return TenantJpa.inCourt(jpa, em -> assessIn(em, cases.get(caseId), in));
    }

    Views.Created propose(long caseId, Views.SeizureRequest in) {
        AssetType type = Validation.assetType(in.assetType());
        return TenantJpa.inCourt(jpa, em -> {
            CaseView c = openCase(caseId);
            SeizureAssessment a = assessIn(em, c, in);
            boolean confirmed = Boolean.TRUE.equals(in.confirmWarnings());
            if (!a.warningsZhEn().isEmpty() && !confirmed) {
                throw Problems.conflict("SEIZURE_WARNINGS_UNCONFIRMED",
                        "请确认以下提示后再提交（confirmWarnings=true 并说明理由）：" + String.join("；", a.warningsZhEn()),
                        "confirm these warnings (confirmWarnings=true with a reason): " + String.join("; ", a.warningsZhEn()));
            }
            if (confirmed && !a.warningsZhEn().isEmpty() && (in.reason() == null || in.reason().isBlank())) {
                throw Problems.bad("REASON_REQUIRED", "reason", "确认提示时须说明理由", "a reason is required to confirm the warnings");
            }
            SeizureEntity s = new SeizureEntity();
            s.caseId = caseId;
            s.assetType = type.name();
            s.state = SeizureState.PROPOSED.name();
            s.costsFen = in.costsFen() == null ? 0 : in.costsFen();
            s.operatingMinimumFen = operatingMinimum(in);
            s.seizedValueFen = a.seizedValueFen();
            s.reason = in.reason();
            s.custodyTerms = in.custodyTerms();
            s.inspectionDays = in.inspectionIntervalDays() == null ? config.inspectionIntervalDays() : in.inspectionIntervalDays();
            s.createdMicros = Micros.now();
            em.persist(s);
            em.flush();
            for (Map.Entry<String, Long> e : in.items().entrySet()) {
                if (e.getValue() == 0) continue;
                SeizureItemEntity i = new SeizureItemEntity();
                i.seizureId = s.id;
                i.lotId = Long.parseLong(e.getKey());
                i.seizedCount = e.getValue();
                i.expectedCount = e.getValue();
                em.persist(i);
            }
            SeizureRecords.event(em, s.id, "PROPOSED", "拟查封", "proposed",
                    "value " + a.seizedValueFen() + " fen; " + String.join("; ", a.warningsZhEn()));
            audit.record("seizure.proposed", "seizure:" + s.id, "case:" + caseId + " value=" + a.seizedValueFen()
                    + (a.warningsZhEn().isEmpty() ? "" : " warnings confirmed: " + s.reason));
            em.flush();
            return new Views.Created(SeizureRecords.view(em, s, c), a);
        });
    }

    /** The officer confirms on site: the seizure takes effect and its legal period starts. */
    Views.SeizureView activate(long id, Views.Transition in) {
        return TenantJpa.inCourt(jpa, em -> {
            SeizureEntity s = SeizureRecords.seizure(em, id);
            SeizureRecords.checkVersion(s, in == null ? null : in.version());
            LocalDate start = in == null || in.date() == null ? Dates.today() : Validation.notFuture(in.date(), "date");
            SeizureRecords.move(em, s, SeizureTransition.ACTIVATE, in == null ? null : in.reason());
            s.startDate = start;
            s.expiryDate = ExpiryEngine.expiry(start, AssetType.valueOf(s.assetType), config.periods());
            s.nextInspectionDate = start.plusDays(s.inspectionDays);
            audit.record("seizure.activated", "seizure:" + id, "from " + start + " until " + s.expiryDate);
            em.flush();
            return SeizureRecords.view(em, s, cases.get(s.caseId));
        });
    }

    Views.SeizureView get(long id) {
        return TenantJpa.inCourt(jpa, em -> {
            SeizureEntity s = SeizureRecords.seizure(em, id);
            return SeizureRecords.view(em, s, cases.get(s.caseId));
        });
    }

    /** 续行查封: a renewal before expiry, bounded again by the legal period. */
    Views.SeizureView renew(long id, Views.Transition in) {
        return TenantJpa.inCourt(jpa, em -> {
            SeizureEntity s = SeizureRecords.seizure(em, id);
            SeizureRecords.checkVersion(s, in == null ? null : in.version());
            if (s.expiryDate == null || SeizureState.valueOf(s.state).isTerminal()) {
                throw Problems.conflict("NOT_RENEWABLE", "该查封不在有效期内，不能续行", "this seizure is not in force and cannot be renewed");
            }
            LocalDate on = in == null || in.date() == null ? Dates.today() : in.date();
            LocalDate before = s.expiryDate;
            try {
                s.expiryDate = ExpiryEngine.renew(before, on, config.periods().periodOf(AssetType.valueOf(s.assetType)));
            } catch (IllegalStateException | IllegalArgumentException e) {
                throw ProblemException.fromBilingual(409, "RENEWAL_REFUSED", "date", e.getMessage());
            }
            s.renewals++;
            SeizureRecords.event(em, id, "RENEWED", "续行查封", "renewed", before + " → " + s.expiryDate);
            audit.record("seizure.renewed", "seizure:" + id, before + " -> " + s.expiryDate);
            em.flush();
            return SeizureRecords.view(em, s, cases.get(s.caseId));
        });
    }

    /** Releases the seizure; with closeCase the case is closed in the same transaction when the applicant has been paid in full. */
    Views.SeizureView release(long id, Views.Release in, LedgerService ledger) {
        return TenantJpa.inCourt(jpa, em -> {
            SeizureEntity s = SeizureRecords.seizure(em, id);
            SeizureRecords.checkVersion(s, in == null ? null : in.version());
            String reason = in == null ? null : in.reason();
            SeizureRecords.move(em, s, SeizureTransition.RELEASE, reason);
            audit.record("seizure.released", "seizure:" + id, reason);
            if (in != null && Boolean.TRUE.equals(in.closeCase())) {
                CaseView c = cases.get(s.caseId);
                long owed = ledger.stillOwed(em, s, c);
                if (owed > 0) {
                    throw Problems.conflict("DEBT_NOT_COVERED", "申请执行人尚未足额受偿（仍欠 " + owed + " 分），不能结案",
                            "the applicant has not been paid in full (" + owed + " fen still owed); the case cannot be closed");
                }
                cases.close(s.caseId, "活查封执行完毕 / live seizure completed: " + (reason == null ? "" : reason));
            }
            em.flush();
            return SeizureRecords.view(em, s, cases.get(s.caseId));
        });
    }

    /** The judge's "expiring soon" view of the court: seizures in force whose period ends within the given days. */
    List<Views.ExpiringView> expiring(int days) {
        if (days < 0 || days > 3660) throw Problems.bad("INVALID_DAYS", "days", "days 须在 0 到 3660 之间", "days must be 0..3660");
        LocalDate today = Dates.today();
        return TenantJpa.inCourt(jpa, em -> em.createQuery(
                        "select s from SeizureEntity s where s.state in :states and s.expiryDate <= :until order by s.expiryDate, s.id",
                        SeizureEntity.class)
                .setParameter("states", List.of("ACTIVE", "SALE_REPORTED", "SALE_APPROVED", "VIOLATION"))
                .setParameter("until", today.plusDays(days)).setMaxResults(1000).getResultList().stream()
                .map(s -> new Views.ExpiringView(s.id, s.caseId, s.assetType, s.state, s.expiryDate,
                        ExpiryEngine.daysLeft(s.expiryDate, today)))
                .collect(Collectors.toList()));
    }

    /**
     * "Time for resources": when the seized stock reaches market weight and whether its value, at the
     * officer's price per kg, covers debt plus costs. Ages advance from when each lot was recorded.
     */
    Projection.Result projection(long id, long pricePerKgFen) {
        if (pricePerKgFen <= 0 || pricePerKgFen > Validation.MAX_FEN) {
            throw Problems.bad("INVALID_PRICE", "pricePerKgFen", "每公斤单价须为正整数（分）", "pricePerKgFen must be a positive number of fen");
        }
        return TenantJpa.inCourt(jpa, em -> {
            SeizureEntity s = SeizureRecords.seizure(em, id);
            CaseView c = cases.get(s.caseId);
            LocalDate today = Dates.today();
            List<Projection.LotInput> inputs = new ArrayList<>();
            for (SeizureItemEntity item : SeizureRecords.items(em, id)) {
                LotEntity l = SeizureRecords.lot(em, item.lotId);
                if (l.ageMonths == null || l.avgWeightKg == null || l.marketAgeMonths == null || l.marketWeightKg == null) {
                    throw Problems.conflict("PROJECTION_DATA_MISSING", "批次“" + l.label + "”缺少月龄、体重或出栏标准，无法测算",
                            "lot '" + l.label + "' lacks age, weight or market standard; no projection possible");
                }
                LocalDate recorded = Micros.toInstant(l.createdMicros).atZone(Dates.COURT_ZONE).toLocalDate();
                int age = l.ageMonths + (int) java.time.temporal.ChronoUnit.MONTHS.between(recorded, today);
                inputs.add(new Projection.LotInput(String.valueOf(l.id), item.expectedCount, age, l.avgWeightKg,
                        l.marketAgeMonths, l.marketWeightKg, pricePerKgFen));
            }
            try {
                return Projection.project(inputs, Math.addExact(c.amountOwedFen(), s.costsFen), today);
            } catch (IllegalArgumentException e) {
                throw Problems.fromDomain("INVALID_PROJECTION", "pricePerKgFen", e);
            }
        });
    }

    List<Views.EventView> timeline(long id) {
        return TenantJpa.inCourt(jpa, em -> {
            SeizureRecords.seizure(em, id);
            return em.createQuery("select e from SeizureEventEntity e where e.seizureId = :s order by e.atMicros, e.id",
                            SeizureEventEntity.class).setParameter("s", id).getResultList().stream()
                    .map(e -> new Views.EventView(Micros.iso(e.atMicros), e.kind, e.labelZh, e.labelEn, e.actor, e.detail))
                    .collect(Collectors.toList());
        });
    }

    private SeizureAssessment assessIn(EntityManager em, CaseView c, Views.SeizureRequest in) {
        Validation.seizureRequest(in);
        List<SeizureLimit.Lot> lots = new ArrayList<>();
        for (LotEntity l : lotsOf(em, c.id())) {
            lots.add(new SeizureLimit.Lot(String.valueOf(l.id), l.unitCount, l.valuePerUnitFen));
        }
        Map<String, Long> items = new HashMap<>(in.items());
        try {
            return SeizureLimit.assess(lots, items, c.amountOwedFen(), in.costsFen() == null ? 0 : in.costsFen(), operatingMinimum(in));
        } catch (IllegalArgumentException e) {
            throw Problems.fromDomain("INVALID_SEIZURE", "items", e);
        }
    }

    private long operatingMinimum(Views.SeizureRequest in) {
        return in.operatingMinimumFen() == null ? config.operatingMinimumFen() : in.operatingMinimumFen();
    }

    private CaseView openCase(long caseId) {
        CaseView c = cases.get(caseId);
        if (c.status() != CaseStatus.OPEN) {
            throw Problems.conflict("CASE_CLOSED", "案件已结案", "the case is closed");
        }
        return c;
    }

    static List<LotEntity> lotsOf(EntityManager em, long caseId) {
        return em.createQuery("select l from LotEntity l where l.caseId = :c order by l.id", LotEntity.class)
                .setParameter("c", caseId).getResultList();
    }
}
