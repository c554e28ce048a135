package org.cep.seizure.internal;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.cep.cases.api.CaseService;
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

    @Activate
    public LedgerService(@Reference(target = "(osgi.unit.name=cep-live-seizure)") JpaTemplate jpa,
                         @Reference CaseService cases, @Reference AuditLog audit) {
        this.jpa = jpa;
        this.cases = cases;
        this.audit = audit;
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
        return TenantJpa.inCourt(jpa, em -> {
            // one money write per seizure at a time: the balance check below must see every earlier entry
            SeizureEntity s = em.find(SeizureEntity.class, seizureId, LockModeType.PESSIMISTIC_WRITE);
            if (s == null) throw Problems.notFound("查封", "seizure", seizureId);
            List<LedgerEntity> same = em.createQuery("select l from LedgerEntity l where l.idempotencyKey = :k", LedgerEntity.class)
                    .setParameter("k", idempotencyKey).getResultList();
            if (!same.isEmpty()) {
                LedgerEntity first = same.get(0);
                if (first.seizureId != seizureId || !first.kind.equals(kind.name()) || first.amountFen != amount) {
                    throw Problems.conflict("IDEMPOTENCY_KEY_REUSED", "该 Idempotency-Key 已用于另一笔不同的款项",
                            "this Idempotency-Key was already used for a different payment");
                }
                return new Posted(view(first), true);
            }
            Totals t = totals(em, s.id);
            CaseView c = cases.get(s.caseId);
            SeizureState state = SeizureState.valueOf(s.state);
            if (state != SeizureState.SOLD && state != SeizureState.PROCEEDS_RECEIVED) {
                throw Problems.conflict("NO_SALE_YET", "尚未成交，不能记账（当前：" + state.labelZh() + "）",
                        "no recorded sale yet, nothing to book (now: " + state.labelEn() + ")");
            }
            long balance = t.balance();
            long stillOwed = c.amountOwedFen() - t.paidOut;
            switch (kind) {
                case RECEIVED -> {
                    if (state == SeizureState.SOLD) SeizureRecords.move(em, s, SeizureTransition.RECEIVE_PROCEEDS, amount + " fen from " + in.party());
                }
                case COST -> requireBalance(amount, balance);
                case PAID_OUT -> {
                    requireBalance(amount, balance);
                    if (amount > stillOwed) {
                        throw Problems.conflict("OVERPAYMENT", "支付金额超过尚欠申请人的 " + stillOwed + " 分", "amount exceeds the " + stillOwed + " fen still owed to the applicant");
                    }
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
            e.idempotencyKey = idempotencyKey;
            e.atMicros = Micros.now();
            e.recordedBy = SeizureRecords.actor();
            em.persist(e);
            em.flush();
            SeizureRecords.event(em, s.id, "LEDGER_" + kind.name(), kind.labelZh, kind.name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    amount + " fen, " + in.party());
            audit.record("seizure.money-" + kind.name().toLowerCase(Locale.ROOT), "seizure:" + s.id, amount + " fen " + in.party());
            return new Posted(view(e), false);
        });
    }

    Views.LedgerView ledger(long seizureId) {
        return TenantJpa.inCourt(jpa, em -> {
            SeizureEntity s = SeizureRecords.seizure(em, seizureId);
            CaseView c = cases.get(s.caseId);
            Totals t = totals(em, seizureId);
            List<Views.LedgerEntryView> entries = entries(em, seizureId).stream().map(LedgerService::view).collect(Collectors.toList());
            return new Views.LedgerView(seizureId, c.amountOwedFen(), t.received, t.costs, t.paidOut, t.returned, t.balance(),
                    Math.max(0, c.amountOwedFen() - t.paidOut), entries);
        });
    }

    /** What the applicant is still owed, inside the caller's transaction. */
    long stillOwed(EntityManager em, SeizureEntity s, CaseView c) {
        return Math.max(0, c.amountOwedFen() - totals(em, s.id).paidOut);
    }

    private record Totals(long received, long costs, long paidOut, long returned) {
        long balance() {
            return received - costs - paidOut - returned;
        }
    }

    private static Totals totals(EntityManager em, long seizureId) {
        long received = 0, costs = 0, paid = 0, returned = 0;
        for (LedgerEntity e : entries(em, seizureId)) {
            switch (Kind.valueOf(e.kind)) {
                case RECEIVED -> received = Math.addExact(received, e.amountFen);
                case COST -> costs = Math.addExact(costs, e.amountFen);
                case PAID_OUT -> paid = Math.addExact(paid, e.amountFen);
                case RETURNED -> returned = Math.addExact(returned, e.amountFen);
            }
        }
        return new Totals(received, costs, paid, returned);
    }

    private static List<LedgerEntity> entries(EntityManager em, long seizureId) {
        return em.createQuery("select l from LedgerEntity l where l.seizureId = :s order by l.id", LedgerEntity.class)
                .setParameter("s", seizureId).getResultList();
    }

    private static void requireBalance(long amount, long balance) {
        if (amount > balance) {
            throw Problems.conflict("INSUFFICIENT_BALANCE", "执行款账户中该案余额仅 " + balance + " 分，不能支出 " + amount + " 分",
                    "only " + balance + " fen of this case are in the enforcement account; cannot pay out " + amount);
        }
    }

    private static Views.LedgerEntryView view(LedgerEntity e) {
        return new Views.LedgerEntryView(e.id, e.kind, Kind.valueOf(e.kind).labelZh, e.amountFen, e.party, Micros.iso(e.atMicros), e.recordedBy);
    }
}
