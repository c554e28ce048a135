package org.cep.crossenforcement.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.aries.jpa.template.JpaTemplate;
import org.cep.cases.api.CaseService;
import org.cep.cases.api.CaseStatus;
import org.cep.cases.api.CaseView;
import org.cep.crossenforcement.domain.AssetKind;
import org.cep.crossenforcement.domain.Eligibility;
import org.cep.crossenforcement.domain.Measure;
import org.cep.platform.api.AuditLog;
import org.cep.platform.api.CourtContext;
import org.cep.platform.api.ProblemException;
import org.cep.platform.api.TenantJpa;
import org.cep.seizure.domain.SeizurePeriods;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A court's own records on its cases: inquiry and control results, documents, the local-influence flag, eligibility. */
@Component(service = CaseRecords.class)
public class CaseRecords {
    static final long MAX_FEN = 10_000_000_000_000L;
    static final int MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

    private final JpaTemplate jpa;
    private final CaseService cases;
    private final AuditLog audit;
    private final SeizurePeriodsConfig periodsConfig;

    @Activate
    public CaseRecords(@Reference(target = "(osgi.unit.name=cep-cross-enforcement)") JpaTemplate jpa, @Reference CaseService cases,
                       @Reference AuditLog audit, @Reference SeizurePeriodsConfig periodsConfig) {
        this.periodsConfig = periodsConfig;
        this.jpa = jpa;
        this.cases = cases;
        this.audit = audit;
    }

    Views.AssetView addAsset(long caseId, Views.AssetInput in) {
        if (in == null) throw ProblemException.required("kind");
        AssetKind kind = Checks.oneOf(AssetKind.class, in.kind(), "kind");
        Measure measure = in.measure() == null ? Measure.NONE : Checks.oneOf(Measure.class, in.measure(), "measure");
        String description = Checks.text(in.description(), "description", 500);
        if (in.valueFen() == null || in.valueFen() < 0 || in.valueFen() > MAX_FEN) {
            throw ProblemException.badField("INVALID_AMOUNT", "valueFen", "价值须为不小于 0 的整数（单位：分）", "valueFen must be a whole number of fen, 0 or more");
        }
        if (in.foundOn() == null) throw ProblemException.required("foundOn");
        if (in.foundOn().isAfter(Checks.today())) {
            throw ProblemException.badField("DATE_IN_FUTURE", "foundOn", "查控日期不能晚于今天", "foundOn cannot be in the future");
        }
        LocalDate until = null;
        SeizurePeriods periods = periodsConfig.periods();
        if (measure != Measure.NONE) {
            if (in.measureOn() == null) throw ProblemException.required("measureOn");
            if (in.measureOn().isBefore(in.foundOn()) || in.measureOn().isAfter(Checks.today())) {
                throw ProblemException.badField("INVALID_DATE", "measureOn", "措施日期须在查控日期之后且不晚于今天",
                        "measureOn must be between foundOn and today");
            }
            if (measure.lasts()) {
                Period longest = periods.periodOf(kind.seizureType());
                LocalDate latest = in.measureOn().plus(longest);
                until = in.measureUntil() == null ? latest : in.measureUntil();
                if (!until.isAfter(in.measureOn()) || until.isAfter(latest)) {
                    throw ProblemException.badField("INVALID_PERIOD", "measureUntil", "措施期限须晚于措施日期且不超过法定期限 " + longest,
                            "measureUntil must be after measureOn and within the legal period " + longest);
                }
            }
        }
        LocalDate measureUntil = until;
        cases.get(caseId); // 404 when the court has no such case
        return TenantJpa.inCourt(jpa, em -> {
            AssetEntity a = new AssetEntity();
            a.caseId = caseId;
            a.kind = kind.name();
            a.description = description;
            a.valueFen = in.valueFen();
            a.measure = measure.name();
            a.foundOn = in.foundOn();
            a.measureOn = measure == Measure.NONE ? null : in.measureOn();
            a.measureUntil = measureUntil;
            a.recordedBy = CourtContext.current().actor();
            em.persist(a);
            em.flush();
            audit.record("ce.asset.recorded", "case:" + caseId, kind + " " + measure + " value=" + a.valueFen + " fen");
            return Views.AssetView.of(a, periods);
        });
    }

    List<Views.AssetView> assets(long caseId) {
        cases.get(caseId); // 404 when the court has no such case
        return assetsOf(caseId);
    }

    /** Checks the case exists in the court bound now: 404 otherwise. */
    void requireCase(long caseId) {
        cases.get(caseId);
    }

    private List<Views.AssetView> assetsOf(long caseId) {
        SeizurePeriods periods = periodsConfig.periods();
        return TenantJpa.inCourt(jpa, em -> em.createQuery("select a from AssetEntity a where a.caseId = :c order by a.id", AssetEntity.class)
                .setParameter("c", caseId).getResultList().stream().map(a -> Views.AssetView.of(a, periods)).collect(Collectors.toList()));
    }

    /** The court's freezes and seizures from inquiry that end within {@code days} days or have ended, soonest first; optionally IP only. */
    List<Views.ExpiringMeasure> expiring(int days, boolean ipOnly) {
        if (days < 0 || days > 3660) throw ProblemException.badField("INVALID_VALUE", "days", "天数须为 0 至 3660", "days must be 0 to 3660");
        LocalDate today = Checks.today();
        SeizurePeriods periods = periodsConfig.periods();
        Map<Long, String> numbers = new HashMap<>();
        List<AssetEntity> found = TenantJpa.inCourt(jpa, em -> em.createQuery("select a from AssetEntity a where a.measureUntil is not null"
                        + " and a.measureUntil <= :d order by a.measureUntil, a.id", AssetEntity.class).setParameter("d", today.plusDays(days))
                .setMaxResults(500).getResultList());
        List<Views.ExpiringMeasure> out = new ArrayList<>();
        for (AssetEntity a : found) {
            Views.AssetView v = Views.AssetView.of(a, periods);
            if (ipOnly && !v.ip()) continue;
            String number = numbers.computeIfAbsent(a.caseId, id -> cases.get(id).caseNumber());
            out.add(new Views.ExpiringMeasure(v, number, java.time.temporal.ChronoUnit.DAYS.between(today, a.measureUntil)));
        }
        return out;
    }

    void flag(long caseId, String reason) {
        String why = Checks.text(reason, "reason", 500);
        cases.get(caseId);
        TenantJpa.inCourt(jpa, em -> {
            List<FlagEntity> existing = em.createQuery("select f from FlagEntity f where f.caseId = :c", FlagEntity.class)
                    .setParameter("c", caseId).getResultList();
            FlagEntity f = existing.isEmpty() ? new FlagEntity() : existing.get(0);
            f.caseId = caseId;
            f.reason = why;
            f.flaggedBy = CourtContext.current().actor();
            if (existing.isEmpty()) em.persist(f);
            audit.record("ce.local-influence.flagged", "case:" + caseId, why);
            return null;
        });
    }

    Views.DocumentView addDocument(long caseId, String name, String mediaType, byte[] content) {
        String n = Checks.text(name, "name", 200);
        if (content == null || content.length == 0) throw ProblemException.required("body");
        if (content.length > MAX_DOCUMENT_BYTES) {
            throw new ProblemException(413, "DOCUMENT_TOO_LARGE", "文件不超过 10 MB", "a document may be at most 10 MB");
        }
        cases.get(caseId);
        String type = mediaType == null || mediaType.isBlank() ? "application/octet-stream" : mediaType;
        return TenantJpa.inCourt(jpa, em -> {
            DocumentEntity d = new DocumentEntity();
            d.caseId = caseId;
            d.name = n;
            d.mediaType = type.length() > 100 ? type.substring(0, 100) : type;
            d.content = content;
            d.sha256 = Checks.sha256(content);
            d.sizeBytes = content.length;
            d.addedBy = CourtContext.current().actor();
            em.persist(d);
            em.flush();
            audit.record("ce.document.added", "case:" + caseId, n + " sha256=" + d.sha256);
            return Views.DocumentView.of(d);
        });
    }

    /** The document list without the bytes: a case file with 200 documents must not pull them all from the database. */
    List<Views.DocumentView> documents(long caseId) {
        return TenantJpa.inCourt(jpa, em -> em.createQuery("select d.id, d.caseId, d.name, d.mediaType, d.sha256, d.sizeBytes, d.addedBy"
                        + " from DocumentEntity d where d.caseId = :c order by d.id", Object[].class).setParameter("c", caseId).getResultList()
                .stream().map(r -> new Views.DocumentView((Long) r[0], (Long) r[1], (String) r[2], (String) r[3], (String) r[4], (Long) r[5],
                        (String) r[6])).collect(Collectors.toList()));
    }

    DocumentEntity document(long caseId, long documentId) {
        return TenantJpa.inCourt(jpa, em -> {
            DocumentEntity d = em.find(DocumentEntity.class, documentId);
            if (d == null || d.caseId != caseId) {
                throw new ProblemException(404, "DOCUMENT_NOT_FOUND", "未找到文件：" + documentId, "no such document: " + documentId, "documentId");
            }
            return d;
        });
    }

    /** Money in from the respondent (RECOVERED) or out to the applicant (PAID_OUT); never more out than in. */
    Views.MoneyView addMoney(long caseId, Views.MoneyInput in) {
        if (in == null) throw ProblemException.required("kind");
        String kind = in.kind();
        if (!"RECOVERED".equals(kind) && !"PAID_OUT".equals(kind)) {
            throw ProblemException.badField("INVALID_VALUE", "kind", "kind 的取值须为：RECOVERED, PAID_OUT", "kind must be one of: RECOVERED, PAID_OUT");
        }
        if (in.amountFen() == null || in.amountFen() <= 0 || in.amountFen() > MAX_FEN) {
            throw ProblemException.badField("INVALID_AMOUNT", "amountFen", "金额须为正整数（单位：分）", "amountFen must be a positive whole number of fen");
        }
        if (in.onDate() == null) throw ProblemException.required("onDate");
        if (in.onDate().isAfter(Checks.today())) {
            throw ProblemException.badField("DATE_IN_FUTURE", "onDate", "日期不能晚于今天", "onDate cannot be in the future");
        }
        String note = in.note() == null ? null : Checks.text(in.note(), "note", 500);
        cases.get(caseId);
        return TenantJpa.inCourt(jpa, em -> {
            if ("PAID_OUT".equals(kind)) {
                long balance = em.createQuery("select m from MoneyEntity m where m.caseId = :c", MoneyEntity.class).setParameter("c", caseId)
                        .getResultList().stream().mapToLong(m -> "RECOVERED".equals(m.kind) ? m.amountFen : -m.amountFen).sum();
                if (in.amountFen() > balance) {
                    throw new ProblemException(409, "PAYOUT_EXCEEDS_RECOVERED", "发放金额超过已执行到位的余额（" + balance + " 分）",
                            "pay-out exceeds the money recovered and not yet paid out (" + balance + " fen)", "amountFen");
                }
            }
            MoneyEntity m = new MoneyEntity();
            m.caseId = caseId;
            m.kind = kind;
            m.amountFen = in.amountFen();
            m.onDate = in.onDate();
            m.note = note;
            m.recordedBy = CourtContext.current().actor();
            em.persist(m);
            em.flush();
            audit.record("ce.money." + kind.toLowerCase(java.util.Locale.ROOT), "case:" + caseId, m.amountFen + " fen on " + m.onDate);
            return Views.MoneyView.of(m);
        });
    }

    List<Views.MoneyView> money(long caseId) {
        return TenantJpa.inCourt(jpa, em -> em.createQuery("select m from MoneyEntity m where m.caseId = :c order by m.onDate, m.id",
                MoneyEntity.class).setParameter("c", caseId).getResultList().stream().map(Views.MoneyView::of).collect(Collectors.toList()));
    }

    /** The case, its inquiry results and its document list, in the court bound now (own, or a crossing's target). */
    Views.CaseFile file(long caseId) {
        CaseView c = cases.get(caseId);
        return new Views.CaseFile(CourtContext.current().courtId(), c, assetsOf(caseId), documents(caseId), money(caseId));
    }

    /**
     * The court's open cases that may be cross-enforced, and why each is listed: counts over all of them,
     * items one page at a time. The latest activity and the flags come from aggregate queries, not entities.
     */
    Views.EligibleView eligible(String reasonFilter, int offset, int limit) {
        LocalDate today = Checks.today();
        String court = CourtContext.current().courtId();
        Map<Long, LocalDate> lastActivity = new HashMap<>();
        java.util.Set<Long> flagged = new java.util.HashSet<>();
        TenantJpa.inCourt(jpa, em -> {
            for (Object[] row : em.createQuery("select a.caseId, max(a.foundOn), max(a.measureOn) from AssetEntity a group by a.caseId",
                    Object[].class).getResultList()) {
                LocalDate found = (LocalDate) row[1];
                LocalDate measured = (LocalDate) row[2];
                lastActivity.put((Long) row[0], measured != null && measured.isAfter(found) ? measured : found);
            }
            flagged.addAll(em.createQuery("select f.caseId from FlagEntity f", Long.class).getResultList());
            return null;
        });
        List<Views.EligibleCase> items = new ArrayList<>();
        Map<String, Integer> byReason = new LinkedHashMap<>();
        for (Eligibility.Reason r : Eligibility.Reason.values()) byReason.put(r.name(), 0);
        int listed = 0;
        for (CaseView c : cases.open()) {
            LocalDate filed = java.time.Instant.parse(c.createdAt()).atZone(Checks.COURT_ZONE).toLocalDate();
            List<Eligibility.Reason> reasons = Eligibility.reasons(new Eligibility.CaseFacts(filed, c.status() != CaseStatus.CLOSED,
                    lastActivity.get(c.id()), flagged.contains(c.id())), today);
            if (reasons.isEmpty() || reasonFilter != null && reasons.stream().noneMatch(r -> r.name().equals(reasonFilter))) continue;
            reasons.forEach(r -> byReason.merge(r.name(), 1, Integer::sum));
            if (listed++ < offset || items.size() >= limit) continue;
            items.add(new Views.EligibleCase(court, c.id(), c.caseNumber(), c.respondent(), c.amountOwedFen(), c.createdAt(),
                    reasons.stream().map(Enum::name).collect(Collectors.toList()),
                    reasons.stream().map(Eligibility.Reason::labelZh).collect(Collectors.toList())));
        }
        return new Views.EligibleView(court, listed, byReason, items);
    }
}
