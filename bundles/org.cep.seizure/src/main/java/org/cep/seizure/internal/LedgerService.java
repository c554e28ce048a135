package org.cep.seizure.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.cep.cases.api.CaseService;
import org.cep.cases.api.CaseStatus;
import org.cep.cases.api.CaseView;
import org.cep.platform.api.Micros;
import org.cep.platform.api.AuditLog;
import org.cep.platform.api.TenantJpa;
import org.cep.seizure.domain.SeizureState;
import org.cep.seizure.domain.SeizureTransition;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The proceeds ledger: the buyer pays into the court's enforcement account, costs are deducted,
 * the applicant is paid, any surplus goes back to the debtor. It never pays out more than it
 * received, and a repeated request with the same Idempotency-Key moves no money twice.
 */
@Component(service = LedgerService.class)
public class LedgerService {
    enum Kind {
        RECEIVED("买受人付款至法院执行款账户"), COST("执行费用"), PAID_OUT("支付申请执行人"), RETURNED("余款退还被执行人");

        final String labelZh;

        Kind(String labelZh) {
            this.labelZh = labelZh;
        }
    }

    /** The entry and whether it was written now or found from an earlier request with the same key. */
    record Posted(Views.LedgerEntryView entry, boolean replayed) {
    }

    private final JpaTemplate jpa;
    private final CaseService cases;
    private final AuditLog audit;
    private final SeizureService seizures;

    @Activate
    public LedgerService(@Reference(target = "(osgi.unit.name=cep-live-seizure)") JpaTemplate jpa,
                         @Reference CaseService cases, @Reference AuditLog audit, @Reference SeizureService seizures) {
        this.jpa = jpa;
        this.cases = cases;
        this.audit = audit;
        this.seizures = seizures;
    }

    Posted post(long seizureId, String idempotencyKey, Views.Money in) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 100) {
            throw Problems.bad("IDEMPOTENCY_KEY_REQUIRED", "Idempotency-Key",
                    "资金操作须带 Idempotency-Key 请求头（1–100 字符）", "money writes need an Idempotency-Key header (1-100 characters)");
        }
        if (in == null || in.kind() == null) throw Problems.required("kind");
        Kind kind;
        try {
            kind = Kind.valueOf(in.kind().trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw Problems.bad("UNKNOWN_KIND", "kind", "未知的款项类型：" + in.kind(), "unknown kind: " + in.kind());
        }
        long amount = Validation.positiveMoney(in.amountFen(), "amountFen");
        Validation.text(in.party(), "party", 200, true);
        Validation.text(in.reason(), "reason", 500, false);
        String reason = in.reason() == null || in.reason().isBlank() ? null : in.reason();
        return TenantJpa.inCourt(jpa, em -> {
            SeizureEntity found = SeizureRecords.seizure(em, seizureId);
            // one money write per case at a time: the checks below must see every earlier entry of every seizure of the case
            SeizureEntity s = null;
            for (SeizureEntity each : em.createQuery("select s from SeizureEntity s where s.caseId = :c order by s.id", SeizureEntity.class)
                    .setParameter("c", found.caseId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()) {
                if (each.id == seizureId) s = each;
            }
            List<LedgerEntity> same = em.createQuery("select l from LedgerEntity l where l.idempotencyKey = :k", LedgerEntity.class)
                    .setParameter("k", idempotencyKey).getResultList();
            if (!same.isEmpty()) {
                LedgerEntity first = same.get(0);
                if (first.seizureId != seizureId || !first.kind.equals(kind.name()) || first.amountFen != amount
                        || !first.party.equals(in.party()) || !java.util.Objects.equals(first.reason, reason)) {
                    throw new org.cep.platform.api.ProblemException(409, "IDEMPOTENCY_KEY_REUSED", "该 Idempotency-Key 已用于另一笔不同的款项（重复提交须与首次完全相同）",
                            "this Idempotency-Key was already used for a different payment (a repeat must carry the same body in every field)", "Idempotency-Key");
                }
                return new Posted(view(first), true);
            }
            CaseView c = cases.get(s.caseId);
            if (c.status() != CaseStatus.OPEN && kind != Kind.RETURNED) {
                throw Problems.conflict("CASE_CLOSED", "案件已结案，只能退还余款", "the case is closed; only a surplus can be returned");
            }
            long soldFen = soldFen(em, s.id);
            if (soldFen == 0) {
                throw Problems.conflict("NO_SALE_YET", "尚未成交，不能记账（当前：" + SeizureState.valueOf(s.state).labelZh() + "）",
                        "no recorded sale yet, nothing to book (now: " + SeizureState.valueOf(s.state).labelEn() + ")");
            }
            Totals t = totals(entries(em, s.id));
            long balance = t.balance();
            long stillOwed = Math.max(0, c.amountOwedFen() - caseTotals(em, s.caseId).paidOutOrPending());
            boolean flagged = false;
            String status = "BOOKED";
            switch (kind) {
                case RECEIVED -> {
                    if (Math.addExact(t.received, amount) > soldFen) {
                        if (reason == null) {
                            throw new org.cep.platform.api.ProblemException(409, "RECEIVED_EXCEEDS_SALE",
                                    "到账合计将超过已记录的成交价 " + soldFen + " 分，须说明理由（reason）", "the money received would exceed the recorded sale price of "
                                    + soldFen + " fen; give a reason", "reason");
                        }
                        flagged = true;
                    }
                    if (SeizureState.SOLD.name().equals(s.state)) {
                        SeizureRecords.move(em, s, SeizureTransition.RECEIVE_PROCEEDS, amount + " fen from " + in.party());
                    }
                }
                case COST -> requireBalance(amount, balance);
                case PAID_OUT -> {
                    requireBalance(amount, balance);
                    if (amount > stillOwed) {
                        throw new org.cep.platform.api.ProblemException(409, "OVERPAYMENT", "支付金额超过全案尚欠申请人的 " + stillOwed + " 分（含本案其他查封的支付）",
                                "amount exceeds the " + stillOwed + " fen still owed to the applicant over the whole case (payouts of its other seizures included)", "amountFen");
                    }
                    if (amount > seizures.config().payoutSecondPersonAboveFen()) status = "PENDING";
                }
                case RETURNED -> {
                    requireBalance(amount, balance);
                    if (stillOwed > 0) {
                        throw Problems.conflict("DEBT_NOT_COVERED", "申请人未足额受偿前不能退还余款", "the surplus can only go back once the applicant is paid in full");
                    }
                }
            }
            LedgerEntity e = new LedgerEntity();
            e.seizureId = s.id;
            e.kind = kind.name();
            e.amountFen = amount;
            e.party = in.party();
            e.reason = reason;
            e.flagged = flagged;
            e.status = status;
            e.idempotencyKey = idempotencyKey;
            e.atMicros = Micros.now();
            e.recordedBy = SeizureRecords.actor();
            em.persist(e);
            em.flush();
            SeizureRecords.event(em, s.id, "LEDGER_" + kind.name(), kind.labelZh, kind.name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    amount + " fen, " + in.party() + ("PENDING".equals(status) ? " 待第二人批准 / waiting for a second person" : "")
                            + (flagged ? " 超过成交价，已标记 / above the sale price, flagged: " + reason : ""));
            audit.record("seizure.money-" + kind.name().toLowerCase(Locale.ROOT), "seizure:" + s.id, amount + " fen " + in.party()
                    + " " + status + (flagged ? " flagged: " + reason : ""));
            return new Posted(view(e), false);
        });
    }

    /** The second person (an enforcement judge who did not enter it) books or rejects a payout above the configured amount. */
    Views.LedgerEntryView decidePayout(long seizureId, long entryId, Views.PayoutDecision in) {
        if (in == null || in.approve() == null) throw Problems.required("approve");
        Validation.text(in.note(), "note", 500, false);
        return TenantJpa.inCourt(jpa, em -> {
            SeizureEntity found = SeizureRecords.seizure(em, seizureId);
            em.createQuery("select s from SeizureEntity s where s.caseId = :c order by s.id", SeizureEntity.class)
                    .setParameter("c", found.caseId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
            LedgerEntity e = em.find(LedgerEntity.class, entryId);
            if (e == null || e.seizureId != seizureId) throw Problems.notFound("款项", "ledger entry", entryId);
            if (!"PENDING".equals(e.status)) {
                throw Problems.conflict("NOT_PENDING", "该笔款项不在待批准状态（" + e.status + "）", "this entry is not waiting for approval (" + e.status + ")");
            }
            String actor = SeizureRecords.actor();
            if (actor.equals(e.recordedBy)) {
                throw new org.cep.platform.api.ProblemException(409, "FOUR_EYES", "录入该笔支付的人不能批准它，须由另一人批准",
                        "whoever entered this payout cannot approve it; a second person must", "approve");
            }
            if (in.approve() && cases.get(found.caseId).status() != CaseStatus.OPEN) {
                throw Problems.conflict("CASE_CLOSED", "案件已结案，只能退还余款", "the case is closed; only a surplus can be returned");
            }
            e.status = in.approve() ? "BOOKED" : "REJECTED";
            e.decidedBy = actor;
            SeizureRecords.event(em, seizureId, in.approve() ? "PAYOUT_APPROVED" : "PAYOUT_REJECTED", in.approve() ? "批准支付" : "驳回支付",
                    in.approve() ? "payout approved" : "payout rejected", e.amountFen + " fen " + e.party + (in.note() == null ? "" : "; " + in.note()));
            audit.record(in.approve() ? "seizure.payout-approved" : "seizure.payout-rejected", "seizure:" + seizureId,
                    "entry:" + entryId + " " + e.amountFen + " fen, entered by " + e.recordedBy);
            em.flush();
            return view(e);
        });
    }

    Views.LedgerView ledger(long seizureId) {
        return TenantJpa.inCourt(jpa, em -> {
            SeizureEntity s = SeizureRecords.seizure(em, seizureId);
            CaseView c = cases.get(s.caseId);
            return seizureLedger(em, s, c, Math.max(0, c.amountOwedFen() - caseTotals(em, s.caseId).paidOut));
        });
    }

    /** The case's money over all its seizures: received, paid and still owed. */
    Views.CaseMoney caseMoney(long caseId) {
        return TenantJpa.inCourt(jpa, em -> {
            CaseView c = cases.get(caseId);
            Totals t = caseTotals(em, caseId);
            long owed = Math.max(0, c.amountOwedFen() - t.paidOut);
            List<Views.LedgerView> per = new ArrayList<>();
            for (SeizureEntity s : SeizureService.seizuresOf(em, caseId)) per.add(seizureLedger(em, s, c, owed));
            return new Views.CaseMoney(caseId, c.amountOwedFen(), t.received, t.costs, t.paidOut, t.returned, t.balance(), owed,
                    t.pendingPayout, c.status().name(), per);
        });
    }

    private static Views.LedgerView seizureLedger(EntityManager em, SeizureEntity s, CaseView c, long caseOwed) {
        List<LedgerEntity> all = entries(em, s.id);
        Totals t = totals(all);
        return new Views.LedgerView(s.id, c.amountOwedFen(), t.received, t.costs, t.paidOut, t.returned, t.balance(), caseOwed,
                t.pendingPayout, all.stream().map(LedgerService::view).collect(Collectors.toList()));
    }

    /** What the applicant is still owed over the whole case, inside the caller's transaction. */
    long stillOwed(EntityManager em, CaseView c) {
        return Math.max(0, c.amountOwedFen() - caseTotals(em, c.id()).paidOut);
    }

    private record Totals(long received, long costs, long paidOut, long pendingPayout, long returned) {
        long balance() {
            return received - costs - paidOut - pendingPayout - returned;
        }

        long paidOutOrPending() {
            return paidOut + pendingPayout;
        }
    }

    private static Totals totals(List<LedgerEntity> entries) {
        long received = 0, costs = 0, paid = 0, pending = 0, returned = 0;
        for (LedgerEntity e : entries) {
            if ("REJECTED".equals(e.status)) continue;
            switch (Kind.valueOf(e.kind)) {
                case RECEIVED -> received = Math.addExact(received, e.amountFen);
                case COST -> costs = Math.addExact(costs, e.amountFen);
                case PAID_OUT -> {
                    if ("PENDING".equals(e.status)) pending = Math.addExact(pending, e.amountFen);
                    else paid = Math.addExact(paid, e.amountFen);
                }
                case RETURNED -> returned = Math.addExact(returned, e.amountFen);
            }
        }
        return new Totals(received, costs, paid, pending, returned);
    }

    private static Totals caseTotals(EntityManager em, long caseId) {
        return totals(em.createQuery("select l from LedgerEntity l, SeizureEntity s where l.seizureId = s.id and s.caseId = :c order by l.id",
                LedgerEntity.class).setParameter("c", caseId).getResultList());
    }

    /** The prices of the recorded sales of a seizure. */
    private static long soldFen(EntityManager em, long seizureId) {
        Long sum = em.createQuery("select sum(s.priceFen) from SaleEntity s where s.seizureId = :s and s.status = 'SOLD'", Long.class)
                .setParameter("s", seizureId).getSingleResult();
        return sum == null ? 0 : sum;
    }

    private static List<LedgerEntity> entries(EntityManager em, long seizureId) {
        return em.createQuery("select l from LedgerEntity l where l.seizureId = :s order by l.id", LedgerEntity.class)
                .setParameter("s", seizureId).getResultList();
    }

    private static void requireBalance(long amount, long balance) {
        if (amount > balance) {
            throw Problems.conflict("INSUFFICIENT_BALANCE", "执行款账户中该查封余额仅 " + balance + " 分，不能支出 " + amount + " 分",
                    "only " + balance + " fen of this seizure are in the enforcement account; cannot pay out " + amount);
        }
    }

    private static Views.LedgerEntryView view(LedgerEntity e) {
        return new Views.LedgerEntryView(e.id, e.kind, Kind.valueOf(e.kind).labelZh, e.amountFen, e.party, Micros.iso(e.atMicros), e.recordedBy,
                e.status, e.reason, e.flagged, e.decidedBy);
    }
}
