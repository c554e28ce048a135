package org.cep.conduct.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.cep.cases.api.CaseService;
import org.cep.cases.api.CaseView;
import org.cep.conduct.domain.EvidenceType;
import org.cep.conduct.domain.Finding;
import org.cep.conduct.domain.LatePaymentRule;
import org.cep.conduct.domain.Obligation;
import org.cep.conduct.domain.ObligationKind;
import org.cep.conduct.domain.ObligationState;
import org.cep.platform.api.AuditLog;
import org.cep.platform.api.CourtContext;
import org.cep.platform.api.ProblemException;
import org.cep.platform.api.TenantJpa;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/** Conduct obligations of a court's cases, their checks, reports, evidence and substitute performance. */
@Component(service = Obligations.class, configurationPid = LatePaymentRule.PID)
public class Obligations {
    static final ZoneId COURT_ZONE = ZoneId.of("Asia/Shanghai");
    static final long MAX_FEN = 10_000_000_000_000L;
    static final String SUBSTITUTE_COST = "SUBSTITUTE_COST";

    private final JpaTemplate jpa;
    private final CaseService cases;
    private final AuditLog audit;
    private volatile LatePaymentRule rule;
    private volatile int checkEveryDays;

    @Activate
    public Obligations(@Reference(target = "(osgi.unit.name=cep-conduct-enforcement)") JpaTemplate jpa, @Reference CaseService cases,
                       @Reference AuditLog audit, Map<String, Object> properties) {
        this.jpa = jpa;
        this.cases = cases;
        this.audit = audit;
        modified(properties);
    }

    @Modified
    void modified(Map<String, Object> properties) {
        this.rule = LatePaymentRule.from(properties);
        Object every = properties.get("checkEveryDays");
        this.checkEveryDays = every == null ? 30 : Integer.parseInt(String.valueOf(every).trim());
    }

    static LocalDate today() {
        return LocalDate.now(COURT_ZONE);
    }

    Views.ObligationDetail record(long caseId, Views.ObligationInput in) {
        if (in == null) throw ProblemException.required("description");
        ObligationKind kind = Input.oneOf(ObligationKind.class, in.kind(), "kind");
        String description = Input.text(in.description(), "description", 1000, true);
        String source = Input.text(in.sourceDocument(), "sourceDocument", 200, true);
        if (in.deadline() == null) throw ProblemException.required("deadline");
        if (in.deadline().isBefore(today())) {
            throw ProblemException.badField("DEADLINE_IN_PAST", "deadline", "履行期限不能早于今天（" + today() + "）",
                    "the deadline cannot be before today (" + today() + ")");
        }
        if (in.itemNo() != null && (in.itemNo() < 1 || in.itemNo() > 999)) {
            throw ProblemException.badField("INVALID_VALUE", "itemNo", "判项序号须为 1 至 999", "itemNo must be 1 to 999");
        }
        Integer every = in.checkEveryDays();
        if (every != null && (every < 1 || every > 366)) {
            throw ProblemException.badField("INVALID_VALUE", "checkEveryDays", "检查间隔须为 1 至 366 日", "checkEveryDays must be 1 to 366");
        }
        Long daily = Input.fen(in.dailyLateFen(), "dailyLateFen", false);
        Long loss = Input.fen(in.lossFen(), "lossFen", false);
        List<Views.EvidenceInput> evidence = Input.evidence(in.evidence(), false);
        CaseView c = cases.get(caseId); // 404 when the court has no such case
        String obligor = in.obligor() == null || in.obligor().isBlank() ? c.respondent() : Input.text(in.obligor(), "obligor", 200, true);
        return TenantJpa.inCourt(jpa, em -> {
            if (in.itemNo() != null && !em.createQuery("select o.id from ObligationEntity o where o.caseId = :c and o.itemNo = :i", Long.class)
                    .setParameter("c", caseId).setParameter("i", in.itemNo()).getResultList().isEmpty()) {
                throw new ProblemException(409, "ITEM_TAKEN", "本案已有第 " + in.itemNo() + " 项义务", "this case already has item " + in.itemNo(), "itemNo");
            }
            ObligationEntity o = new ObligationEntity();
            o.caseId = caseId;
            o.itemNo = in.itemNo() != null ? in.itemNo() : nextItem(em, caseId);
            o.kind = kind.name();
            o.description = description;
            o.obligor = obligor;
            o.deadline = in.deadline();
            o.sourceDocument = source;
            o.checkEveryDays = every;
            o.dailyLateFen = daily;
            o.lossFen = loss;
            store(o, Obligation.recorded(kind, in.deadline()));
            o.nextCheckOn = in.deadline();
            o.recordedBy = CourtContext.current().actor();
            em.persist(o);
            em.flush();
            attach(em, o.id, "OBLIGATION", null, evidence);
            audit.record("conduct.obligation.recorded", "case:" + caseId, "item " + o.itemNo + " " + kind + " by " + o.obligor + " until "
                    + o.deadline + " (" + source + ")");
            return detail(em, o, today());
        });
    }

    Views.ObligationDetail check(long obligationId, Views.CheckInput in) {
        if (in == null) throw ProblemException.required("finding");
        Finding finding = Input.oneOf(Finding.class, in.finding(), "finding");
        LocalDate on = Input.notFuture(in.checkedOn(), "checkedOn");
        String notes = Input.text(in.notes(), "notes", 1000, false);
        List<Views.EvidenceInput> evidence = Input.evidence(in.evidence(), false);
        return TenantJpa.inCourt(jpa, em -> {
            ObligationEntity o = find(em, obligationId);
            Obligation next = machine(o).checked(finding, on);
            store(o, next);
            o.lastCheckedOn = on;
            o.nextCheckOn = next.state() == ObligationState.COMPLIED && ObligationKind.valueOf(o.kind) == ObligationKind.ACT ? null
                    : on.plusDays(o.checkEveryDays != null ? o.checkEveryDays : checkEveryDays);
            CheckEntity ch = new CheckEntity();
            ch.obligationId = o.id;
            ch.checkedOn = on;
            ch.scheduled = Boolean.TRUE.equals(in.scheduled());
            ch.finding = finding.name();
            ch.stateAfter = next.state().name();
            ch.notes = notes;
            ch.checkedBy = CourtContext.current().actor();
            em.persist(ch);
            em.flush();
            attach(em, o.id, "CHECK", ch.id, evidence);
            audit.record("conduct.obligation.checked", "case:" + o.caseId, "item " + o.itemNo + " " + finding + " -> " + next.state());
            return detail(em, o, today());
        });
    }

    Views.ObligationDetail report(long obligationId, Views.ReportInput in) {
        if (in == null) throw ProblemException.required("description");
        LocalDate on = Input.notFuture(in.reportedOn(), "reportedOn");
        String reporter = Input.text(in.reporter(), "reporter", 200, true);
        String description = Input.text(in.description(), "description", 1000, true);
        List<Views.EvidenceInput> evidence = Input.evidence(in.evidence(), true);
        return TenantJpa.inCourt(jpa, em -> {
            ObligationEntity o = find(em, obligationId);
            ObligationState before = ObligationState.valueOf(o.state);
            Obligation next = machine(o).reported(on);
            store(o, next);
            boolean reopened = before != next.state();
            if (reopened) o.nextCheckOn = on;
            ReportEntity r = new ReportEntity();
            r.obligationId = o.id;
            r.reportedOn = on;
            r.reporter = reporter;
            r.description = description;
            r.reopened = reopened;
            r.recordedBy = CourtContext.current().actor();
            em.persist(r);
            em.flush();
            attach(em, o.id, "REPORT", r.id, evidence);
            audit.record("conduct.repeat-infringement.reported", "case:" + o.caseId, "item " + o.itemNo + " by " + reporter
                    + (reopened ? " reopened" : " recorded"));
            return detail(em, o, today());
        });
    }

    Views.ObligationDetail substitute(long obligationId, Views.SubstituteInput in) {
        if (in == null) throw ProblemException.required("performer");
        String performer = Input.text(in.performer(), "performer", 200, true);
        Long cost = Input.fen(in.costFen(), "costFen", true);
        LocalDate on = Input.notFuture(in.performedOn(), "performedOn");
        String note = Input.text(in.note(), "note", 500, false);
        return TenantJpa.inCourt(jpa, em -> {
            ObligationEntity o = find(em, obligationId);
            Obligation next = machine(o).substituted(on);
            store(o, next);
            o.nextCheckOn = null;
            ClaimEntity claim = new ClaimEntity();
            claim.caseId = o.caseId;
            claim.obligationId = o.id;
            claim.kind = SUBSTITUTE_COST;
            claim.performer = performer;
            claim.amountFen = cost;
            claim.performedOn = on;
            claim.note = note;
            claim.recordedBy = CourtContext.current().actor();
            em.persist(claim);
            em.flush();
            audit.record("conduct.substitute.performed", "case:" + o.caseId, "item " + o.itemNo + " by " + performer + ", "
                    + cost + " fen charged to the respondent");
            return detail(em, o, today());
        });
    }

    Views.ObligationDetail get(long obligationId) {
        return TenantJpa.inCourt(jpa, em -> detail(em, find(em, obligationId), today()));
    }

    Views.CaseConduct onCase(long caseId, LocalDate asOf) {
        CaseView c = cases.get(caseId);
        LocalDate day = asOf == null ? today() : asOf;
        LatePaymentRule r = rule;
        return TenantJpa.inCourt(jpa, em -> {
            List<Views.ObligationView> obligations = em.createQuery(
                            "select o from ObligationEntity o where o.caseId = :c order by o.itemNo", ObligationEntity.class)
                    .setParameter("c", caseId).getResultList().stream().map(o -> view(o, day, r)).collect(Collectors.toList());
            List<Views.ClaimView> claims = claims(em, "c.caseId = :k", caseId);
            long late = obligations.stream().mapToLong(Views.ObligationView::lateFen).sum();
            long charged = claims.stream().mapToLong(Views.ClaimView::amountFen).sum();
            return new Views.CaseConduct(caseId, c.caseNumber(), c.respondent(), day, obligations, claims, late, charged, late + charged,
                    rule(r));
        });
    }

    /** Obligations whose scheduled check falls within the next {@code days} days (or is overdue). */
    List<Views.ObligationView> due(int days) {
        if (days < 0 || days > 366) throw ProblemException.badField("INVALID_VALUE", "days", "天数须为 0 至 366", "days must be 0 to 366");
        LocalDate today = today();
        LatePaymentRule r = rule;
        return TenantJpa.inCourt(jpa, em -> em.createQuery(
                        "select o from ObligationEntity o where o.nextCheckOn is not null and o.nextCheckOn <= :d order by o.nextCheckOn, o.id",
                        ObligationEntity.class).setParameter("d", today.plusDays(days)).setMaxResults(500).getResultList()
                .stream().map(o -> view(o, today, r)).collect(Collectors.toList()));
    }

    static Views.Rule rule(LatePaymentRule r) {
        return new Views.Rule(r.dailyFen(), r.capFen(), r.lossMultiplier(), "有损失的按损失的 " + r.lossMultiplier() + " 倍；无损失的按每日 "
                + r.dailyFen() + " 分" + (r.capFen() > 0 ? "，最高 " + r.capFen() + " 分" : ""));
    }

    private static int nextItem(EntityManager em, long caseId) {
        Integer max = em.createQuery("select max(o.itemNo) from ObligationEntity o where o.caseId = :c", Integer.class)
                .setParameter("c", caseId).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    private static ObligationEntity find(EntityManager em, long id) {
        ObligationEntity o = em.find(ObligationEntity.class, id);
        if (o == null) {
            throw new ProblemException(404, "OBLIGATION_NOT_FOUND", "未找到履行义务：" + id, "no such obligation: " + id, "obligationId");
        }
        return o;
    }

    private static Obligation machine(ObligationEntity o) {
        return new Obligation(ObligationKind.valueOf(o.kind), ObligationState.valueOf(o.state), o.deadline, o.openSince, o.bankedDays);
    }

    private static void store(ObligationEntity o, Obligation m) {
        o.state = m.state().name();
        o.openSince = m.openSince();
        o.bankedDays = m.bankedDays();
    }

    private void attach(EntityManager em, long obligationId, String to, Long toId, List<Views.EvidenceInput> evidence) {
        for (Views.EvidenceInput in : evidence) {
            EvidenceEntity e = new EvidenceEntity();
            e.obligationId = obligationId;
            e.attachedTo = to;
            e.attachedId = toId;
            e.evidenceType = Input.oneOf(EvidenceType.class, in.type(), "evidence.type").name();
            e.description = Input.text(in.description(), "evidence.description", 500, true);
            e.refText = Input.text(in.reference(), "evidence.reference", 500, false);
            e.recordedBy = CourtContext.current().actor();
            em.persist(e);
        }
    }

    private Views.ObligationDetail detail(EntityManager em, ObligationEntity o, LocalDate asOf) {
        em.flush();
        List<Views.CheckView> checks = em.createQuery("select c from CheckEntity c where c.obligationId = :o order by c.checkedOn, c.id",
                CheckEntity.class).setParameter("o", o.id).getResultList().stream().map(Views.CheckView::of).collect(Collectors.toList());
        List<Views.ReportView> reports = em.createQuery("select r from ReportEntity r where r.obligationId = :o order by r.id",
                ReportEntity.class).setParameter("o", o.id).getResultList().stream().map(Views.ReportView::of).collect(Collectors.toList());
        List<Views.EvidenceView> evidence = em.createQuery("select e from EvidenceEntity e where e.obligationId = :o order by e.id",
                EvidenceEntity.class).setParameter("o", o.id).getResultList().stream().map(Views.EvidenceView::of).collect(Collectors.toList());
        return new Views.ObligationDetail(view(o, asOf, rule), checks, reports, evidence, claims(em, "c.obligationId = :k", o.id));
    }

    private static List<Views.ClaimView> claims(EntityManager em, String where, long key) {
        return em.createQuery("select c from ClaimEntity c where " + where + " order by c.id", ClaimEntity.class).setParameter("k", key)
                .getResultList().stream().map(Views.ClaimView::of).collect(Collectors.toList());
    }

    static Views.ObligationView view(ObligationEntity o, LocalDate asOf, LatePaymentRule r) {
        ObligationKind kind = ObligationKind.valueOf(o.kind);
        ObligationState state = ObligationState.valueOf(o.state);
        long delay = machine(o).delayDays(asOf);
        return new Views.ObligationView(o.id, o.caseId, o.itemNo, kind, kind.labelZh(), o.description, o.obligor, o.deadline, o.sourceDocument,
                o.checkEveryDays, state, state.labelZh(), o.lastCheckedOn, o.nextCheckOn, o.dailyLateFen, o.lossFen, delay,
                r.amountFen(delay, o.dailyLateFen, o.lossFen), o.version);
    }
}
