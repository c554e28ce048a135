package org.cep.seizure.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.aries.jpa.template.JpaTemplate;
import org.cep.platform.api.AuditLog;
import org.cep.platform.api.ProblemException;
import org.cep.platform.api.TenantJpa;
import org.cep.seizure.domain.InspectionCheck;
import org.cep.seizure.domain.SeizureState;
import org.cep.seizure.domain.SeizureTransition;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Supervision of live-seized stock: follow-up inspections, the debtor's advance sale report, the supervised sale. */
@Component(service = SupervisionService.class)
public class SupervisionService {
    private static final List<String> IN_FORCE = List.of("ACTIVE", "SALE_REPORTED", "SALE_APPROVED", "VIOLATION");

    private final JpaTemplate jpa;
    private final AuditLog audit;

    @Activate
    public SupervisionService(@Reference(target = "(osgi.unit.name=cep-live-seizure)") JpaTemplate jpa,
                              @Reference AuditLog audit) {
        this.jpa = jpa;
        this.audit = audit;
    }

    /** Records a visit; a count below what should be there without an approved sale flags a violation for the judge. */
    Views.InspectionView inspect(long seizureId, Views.NewInspection in) {
        if (in == null || in.date() == null) throw Problems.required("date");
        Validation.notFuture(in.date(), "date");
        Validation.text(in.inspectors(), "inspectors", 300, true);
        Validation.text(in.notes(), "notes", 2000, false);
        Validation.text(in.health(), "health", 500, false);
        if (in.counts() == null || in.counts().isEmpty()) throw Problems.required("counts");
        in.counts().forEach((lot, n) -> Validation.count(n, "counts." + lot, false));
        if (in.weightsKg() != null) in.weightsKg().forEach((lot, w) -> Validation.weight(w, "weightsKg." + lot));
        List<Views.ObligationCheck> checks = in.obligationChecks() == null ? List.of() : in.obligationChecks();
        for (int k = 0; k < checks.size(); k++) {
            Views.ObligationCheck c = checks.get(k);
            if (c == null || c.kept() == null) throw Problems.required("obligationChecks[" + k + "].kept");
            Validation.text(c.obligation(), "obligationChecks[" + k + "].obligation", 190, true);
            Validation.text(c.note(), "obligationChecks[" + k + "].note", 500, false);
        }
        return TenantJpa.inCourt(jpa, em -> {
            SeizureEntity s = SeizureRecords.seizure(em, seizureId);
            if (!IN_FORCE.contains(s.state)) {
                throw Problems.conflict("NOT_UNDER_SUPERVISION", "该查封当前不在监管期内（" + SeizureState.valueOf(s.state).labelZh() + "）",
                        "this seizure is not under supervision now (" + SeizureState.valueOf(s.state).labelEn() + ")");
            }
            if (s.startDate != null && in.date().isBefore(s.startDate)) {
                throw Problems.bad("DATE_BEFORE_SEIZURE", "date", "回访日期早于查封开始日 " + s.startDate, "the visit is before the seizure started on " + s.startDate);
            }
            List<String> findings = new ArrayList<>();
            List<String> obligations = StoredJson.lines(s.obligations);
            for (String o : obligations) {
                Views.ObligationCheck c = checks.stream().filter(x -> x.obligation().trim().equals(o)).findFirst().orElse(null);
                if (c == null) {
                    throw Problems.bad("OBLIGATION_NOT_CHECKED", "obligationChecks", "回访须逐项核对保管义务，缺少：" + o, "every custody obligation must be checked at a visit; missing: " + o);
                }
                if (!c.kept()) findings.add("未履行保管义务：" + o + " / obligation not kept: " + o + (c.note() == null ? "" : " (" + c.note() + ")"));
            }
            for (Views.ObligationCheck c : checks) {
                if (!obligations.contains(c.obligation().trim())) {
                    throw Problems.bad("UNKNOWN_OBLIGATION", "obligationChecks", "该查封无此保管义务：" + c.obligation(), "this seizure has no such obligation: " + c.obligation());
                }
            }
            Map<String, Long> counted = new TreeMap<>(in.counts());
            long missing = 0;
            for (SeizureItemEntity item : SeizureRecords.items(em, seizureId)) {
                Long n = counted.remove(String.valueOf(item.lotId));
                if (n == null) {
                    throw Problems.bad("COUNT_MISSING", "counts", "缺少批次 " + item.lotId + " 的清点数", "no count given for lot " + item.lotId);
                }
                InspectionCheck.Result r = InspectionCheck.compare(item.expectedCount, n, 0);
                if (r.violation()) {
                    missing += r.missing();
                    findings.add("批次 " + item.lotId + "：" + r.messageZh() + " / lot " + item.lotId + ": " + r.messageEn());
                }
            }
            if (!counted.isEmpty()) {
                String lot = counted.keySet().iterator().next();
                throw Problems.bad("UNKNOWN_LOT", "counts." + lot, "该查封不含批次：" + lot, "this seizure holds no lot " + lot);
            }
            InspectionEntity i = new InspectionEntity();
            i.seizureId = seizureId;
            i.inspectionDate = in.date();
            i.inspectors = in.inspectors();
            i.applicantPresent = Boolean.TRUE.equals(in.applicantPresent());
            i.counts = StoredJson.write(new TreeMap<>(in.counts()));
            i.weights = in.weightsKg() == null ? null : StoredJson.write(new TreeMap<String, BigDecimal>(in.weightsKg()));
            i.obligationChecks = checks.isEmpty() ? null : StoredJson.write(checks);
            i.health = in.health();
            i.notes = in.notes();
            i.missingCount = missing;
            i.violation = missing > 0;
            i.recordedBy = SeizureRecords.actor();
            em.persist(i);
            em.flush();
            LocalDate next = in.date().plusDays(s.inspectionDays);
            if (s.nextInspectionDate == null || next.isAfter(s.nextInspectionDate)) s.nextInspectionDate = next;
            SeizureRecords.event(em, seizureId, "INSPECTED", "回访检查", "inspection",
                    in.date() + " " + i.counts + (i.applicantPresent ? " 申请人在场/applicant present" : "") + (missing > 0 ? " 短少/missing " + missing : ""));
            Long violationId = null;
            if (missing > 0) {
                ViolationEntity v = SeizureRecords.openViolation(em, seizureId);
                if (v == null) {
                    v = new ViolationEntity();
                    v.seizureId = seizureId;
                    v.status = "OPEN";
                    em.persist(v);
                }
                v.inspectionId = i.id;
                v.foundDate = in.date();
                v.missingCount = missing;
                String text = String.join("; ", findings);
                v.findings = text.substring(0, Math.min(2000, text.length()));
                em.flush();
                violationId = v.id;
                if (!SeizureState.VIOLATION.name().equals(s.state)) {
                    SeizureRecords.move(em, s, SeizureTransition.FLAG_VIOLATION, String.join("; ", findings));
                }
            }
            audit.record("seizure.inspected", "seizure:" + seizureId, i.counts + (missing > 0 ? " VIOLATION missing=" + missing : ""));
            em.flush();
            return inspectionView(i, findings, violationId);
        });
    }

    private static Views.InspectionView inspectionView(InspectionEntity i, List<String> findings, Long violationId) {
        return new Views.InspectionView(i.id, i.inspectionDate, i.inspectors, i.applicantPresent, StoredJson.counts(i.counts),
                StoredJson.weights(i.weights), i.health, i.notes, i.missingCount, i.violation, i.recordedBy, findings,
                StoredJson.checks(i.obligationChecks), violationId);
    }

    /** A seizure's visits, newest first. */
    List<Views.InspectionView> inspections(long seizureId) {
        return TenantJpa.inCourt(jpa, em -> {
            SeizureRecords.seizure(em, seizureId);
            Map<Long, Long> violationOf = new java.util.HashMap<>();
            for (ViolationEntity v : em.createQuery("select v from ViolationEntity v where v.seizureId = :s", ViolationEntity.class)
                    .setParameter("s", seizureId).getResultList()) {
                violationOf.put(v.inspectionId, v.id);
            }
            return em.createQuery("select i from InspectionEntity i where i.seizureId = :s order by i.inspectionDate desc, i.id desc",
                            InspectionEntity.class).setParameter("s", seizureId).getResultList().stream()
                    .map(i -> inspectionView(i, List.of(), violationOf.get(i.id))).collect(Collectors.toList());
        });
    }

    /** A seizure's sale reports, oldest first. */
    List<Views.SaleView> sales(long seizureId) {
        return TenantJpa.inCourt(jpa, em -> {
            SeizureRecords.seizure(em, seizureId);
            return em.createQuery("select s from SaleEntity s where s.seizureId = :s order by s.id", SaleEntity.class)
                    .setParameter("s", seizureId).getResultList().stream().map(Views.SaleView::of).collect(Collectors.toList());
        });
    }

    /** Seizures in force whose next visit is overdue. */
    List<Views.ExpiringView> overdueInspections() {
        LocalDate today = Dates.today();
        return TenantJpa.inCourt(jpa, em -> em.createQuery(
                        "select s from SeizureEntity s where s.state in :states and s.nextInspectionDate < :today order by s.nextInspectionDate",
                        SeizureEntity.class).setParameter("states", IN_FORCE).setParameter("today", today).setMaxResults(1000)
                .getResultList().stream()
                .map(s -> Views.ExpiringView.visit(s.id, s.caseId, s.assetType, s.state, s.nextInspectionDate,
                        s.nextInspectionDate.toEpochDay() - today.toEpochDay()))
                .collect(Collectors.toList()));
    }

    /** Court staff enter the debtor's advance report of a planned sale (of all or part of what is seized). */
    Views.SaleView reportSale(long seizureId, Views.SaleReport in) {
        if (in == null) throw Problems.required("buyer");
        Validation.text(in.buyer(), "buyer", 200, true);
        long price = Validation.positiveMoney(in.expectedPriceFen(), "expectedPriceFen");
        if (in.expectedDate() == null) throw Problems.required("expectedDate");
        return TenantJpa.inCourt(jpa, em -> {
            SeizureEntity s = SeizureRecords.seizure(em, seizureId);
            SeizureRecords.move(em, s, SeizureTransition.REPORT_SALE, in.buyer() + " " + price + " fen on " + in.expectedDate());
            SaleEntity sale = new SaleEntity();
            sale.seizureId = seizureId;
            sale.status = "REPORTED";
            sale.buyer = in.buyer();
            sale.expectedPriceFen = price;
            sale.expectedDate = in.expectedDate();
            sale.reportedBy = SeizureRecords.actor();
            em.persist(sale);
            em.flush();
            audit.record("seizure.sale-reported", "seizure:" + seizureId, "sale:" + sale.id + " buyer=" + sale.buyer + " price=" + price);
            return Views.SaleView.of(sale);
        });
    }

    /** The judge decides; whoever entered the report cannot (four eyes). */
    Views.SaleView decide(long seizureId, long saleId, Views.SaleDecision in) {
        if (in == null || in.approve() == null) throw Problems.required("approve");
        Validation.text(in.note(), "note", 500, false);
        return TenantJpa.inCourt(jpa, em -> {
            SeizureEntity s = SeizureRecords.seizure(em, seizureId);
            SaleEntity sale = sale(em, seizureId, saleId, "REPORTED");
            String actor = SeizureRecords.actor();
            if (actor.equals(sale.reportedBy)) {
                throw new ProblemException(409, "FOUR_EYES", "登记出售报告的人不能批准该出售", "whoever recorded the sale report cannot decide on it", "approve");
            }
            boolean approve = in.approve();
            SeizureRecords.move(em, s, approve ? SeizureTransition.APPROVE_SALE : SeizureTransition.REJECT_SALE, in.note());
            sale.status = approve ? "APPROVED" : "REJECTED";
            sale.decisionNote = in.note();
            sale.decidedBy = actor;
            audit.record(approve ? "seizure.sale-approved" : "seizure.sale-rejected", "sale:" + saleId, in.note());
            em.flush();
            return Views.SaleView.of(sale);
        });
    }

    /**
     * At the sale the officer records count, weight, price and buyer; the stock expected under seizure
     * (and the lot) falls by what was sold. What is left stays seized and supervised; when nothing is left
     * the seizure is sold. The judge who approved the sale does not record it.
     */
    Views.SaleView recordSale(long seizureId, long saleId, Views.SaleRecord in) {
        if (in == null) throw Problems.required("priceFen");
        long price = Validation.positiveMoney(in.priceFen(), "priceFen");
        Validation.count(in.soldCount(), "soldCount", true);
        Validation.weight(in.weightKg(), "weightKg");
        Validation.text(in.buyer(), "buyer", 200, false);
        if (in.date() != null) Validation.notFuture(in.date(), "date");
        return TenantJpa.inCourt(jpa, em -> {
            SeizureEntity s = SeizureRecords.seizure(em, seizureId);
            SaleEntity sale = sale(em, seizureId, saleId, "APPROVED");
            String actor = SeizureRecords.actor();
            if (actor.equals(sale.decidedBy)) {
                throw new ProblemException(409, "FOUR_EYES", "批准出售的法官不能同时记录成交", "the judge who approved the sale cannot also record it", "soldCount");
            }
            List<SeizureItemEntity> items = SeizureRecords.items(em, seizureId);
            long expected = items.stream().mapToLong(i -> i.expectedCount).sum();
            if (in.soldCount() > expected) {
                throw Problems.bad("INVALID_COUNT", "soldCount", "售出数量 " + in.soldCount() + " 超过在押数量 " + expected,
                        "soldCount " + in.soldCount() + " exceeds the " + expected + " units under seizure");
            }
            boolean all = in.soldCount() == expected;
            SeizureRecords.move(em, s, all ? SeizureTransition.RECORD_SALE : SeizureTransition.RECORD_PARTIAL_SALE,
                    in.soldCount() + " units, " + in.weightKg() + " kg, " + price + " fen" + (all ? "" : "; " + (expected - in.soldCount()) + " left under seizure"));
            long left = in.soldCount();
            for (SeizureItemEntity i : items) {
                long take = Math.min(left, i.expectedCount);
                i.expectedCount -= take;
                left -= take;
                if (take > 0) {
                    LotEntity l = SeizureRecords.lot(em, i.lotId);
                    l.unitCount = Math.max(0, l.unitCount - take);
                }
            }
            sale.status = "SOLD";
            sale.soldCount = in.soldCount();
            sale.weightKg = in.weightKg();
            sale.priceFen = price;
            sale.soldDate = in.date() == null ? Dates.today() : in.date();
            sale.soldBy = actor;
            if (in.buyer() != null && !in.buyer().isBlank()) sale.buyer = in.buyer();
            audit.record("seizure.sold", "sale:" + saleId, sale.soldCount + " units " + sale.weightKg + " kg " + price + " fen to " + sale.buyer);
            em.flush();
            return Views.SaleView.of(sale);
        });
    }

    private static SaleEntity sale(javax.persistence.EntityManager em, long seizureId, long saleId, String status) {
        SaleEntity sale = em.find(SaleEntity.class, saleId);
        if (sale == null || sale.seizureId != seizureId) throw Problems.notFound("出售报告", "sale report", saleId);
        if (!sale.status.equals(status)) {
            throw Problems.conflict("SALE_STATE", "出售报告当前状态为 " + sale.status, "the sale report is " + sale.status);
        }
        return sale;
    }
}
