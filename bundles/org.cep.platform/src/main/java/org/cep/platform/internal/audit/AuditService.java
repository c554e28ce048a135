package org.cep.platform.internal.audit;

import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.cep.platform.api.AuditLog;
import org.cep.platform.api.CourtContext;
import org.cep.platform.internal.persistence.AuditEntryEntity;
import org.cep.platform.internal.persistence.AuditHeadEntity;
import org.cep.platform.api.Micros;
import org.cep.platform.internal.persistence.PlatformSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Appends to and verifies the per-court audit chain. Appends join the caller's transaction and
 * lock the court's head row, so entries of one court get gap-free sequence numbers even with
 * several nodes writing at once.
 */
@Component(service = {AuditService.class, AuditLog.class})
public class AuditService implements AuditLog {
    private static final int VERIFY_PAGE = 1000;

    private final JpaTemplate jpa;

    @Activate
    public AuditService(@Reference(target = "(osgi.unit.name=cep-platform)") JpaTemplate jpa,
                        @Reference PlatformSchema schema) {
        this.jpa = jpa;
    }

    @Override
    public void record(String action, String target, String detail) {
        CourtContext ctx = CourtContext.current();
        append(ctx.courtId(), ctx.actor(), action, target, detail, ctx.requestId());
    }


    /** Appends one entry to the chain of {@code courtId}, inside the current transaction if there is one. */
    public void append(String courtId, String actor, String action, String target, String detail, String requestId) {
        jpa.tx(TransactionType.Required, em -> appendIn(em, courtId, actor, action, target, detail, requestId));
    }

    public void appendIn(EntityManager em, String courtId, String actor, String action, String target,
                         String detail, String requestId) {
        AuditHeadEntity head = em.find(AuditHeadEntity.class, courtId, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            head = newHead(em, courtId);
        }
        long atMicros = Micros.now();
        AuditFields fields = new AuditFields(courtId, head.lastSeq + 1, Micros.toInstant(atMicros), actor, action,
                clip(target, 255), requestId, clip(detail, 2000), head.lastHash);
        AuditEntryEntity e = new AuditEntryEntity();
        e.courtId = courtId;
        e.seq = fields.seq();
        e.atMicros = atMicros;
        e.actor = clip(actor, 200);
        e.action = action;
        e.target = fields.target();
        e.requestId = requestId;
        e.detail = fields.detail();
        e.prevHash = head.lastHash;
        e.hash = AuditChain.hash(new AuditFields(courtId, e.seq, fields.at(), e.actor, action, e.target,
                requestId, e.detail, e.prevHash));
        em.persist(e);
        head.lastSeq = e.seq;
        head.lastHash = e.hash;
    }

    /** Creates the empty chain of a new court, so the first append finds a row to lock. */
    public void ensureHead(EntityManager em, String courtId) {
        if (em.find(AuditHeadEntity.class, courtId) == null) {
            newHead(em, courtId);
        }
    }

    private static AuditHeadEntity newHead(EntityManager em, String courtId) {
        AuditHeadEntity head = new AuditHeadEntity();
        head.courtId = courtId;
        head.lastSeq = 0;
        head.lastHash = AuditChain.GENESIS;
        em.persist(head);
        return head;
    }

    public List<AuditEntryEntity> list(String courtId, long afterSeq, int limit) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                        "select a from AuditEntryEntity a where a.courtId = :c and a.seq > :s order by a.seq",
                        AuditEntryEntity.class)
                .setParameter("c", courtId).setParameter("s", afterSeq).setMaxResults(limit).getResultList());
    }

    /** Reads the whole chain of a court page by page and reports the first entry that breaks it. */
    public VerifyResult verify(String courtId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            AuditHeadEntity head = em.find(AuditHeadEntity.class, courtId);
            List<StoredEntry> all = new ArrayList<>();
            long after = Long.MIN_VALUE;
            while (true) {
                List<AuditEntryEntity> page = em.createQuery(
                                "select a from AuditEntryEntity a where a.courtId = :c and a.seq > :s order by a.seq",
                                AuditEntryEntity.class)
                        .setParameter("c", courtId).setParameter("s", after).setMaxResults(VERIFY_PAGE).getResultList();
                for (AuditEntryEntity e : page) {
                    all.add(new StoredEntry(new AuditFields(e.courtId, e.seq, Micros.toInstant(e.atMicros), e.actor,
                            e.action, e.target, e.requestId, e.detail, e.prevHash), e.hash));
                }
                if (page.size() < VERIFY_PAGE) break;
                after = page.get(page.size() - 1).seq;
                em.clear();
            }
            return AuditChain.verify(courtId, all, head == null ? null : head.lastSeq, head == null ? null : head.lastHash);
        });
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

}
