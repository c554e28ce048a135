package org.cep.platform.internal.audit;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.cep.platform.api.AuditLog;
import org.cep.platform.api.CourtContext;
import org.cep.platform.api.Micros;
import org.cep.platform.internal.PlatformConfig;
import org.cep.platform.internal.metrics.Metrics;
import org.cep.platform.internal.persistence.AuditEntryEntity;
import org.cep.platform.internal.persistence.AuditHeadEntity;
import org.cep.platform.internal.persistence.CourtEntity;
import org.cep.platform.internal.persistence.PlatformSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/**
 * Appends to and verifies the per-court audit chain. Appends join the caller's transaction and
 * lock the court's head row, so entries of one court get gap-free sequence numbers even with
 * several nodes writing at once.
 */
@Component(service = {AuditService.class, AuditLog.class}, configurationPid = PlatformConfig.PID)
public class AuditService implements AuditLog {
    private static final int VERIFY_PAGE = 1000;
    /** The action of an entry in a higher court's chain that records a lower court's head. */
    public static final String ANCHOR = "audit.anchor";
    private static final Pattern ANCHOR_DETAIL = Pattern.compile("seq=(\\d+) hash=([0-9a-f]{64})");
    private volatile Checkpoints checkpoints;

    private final JpaTemplate jpa;
    private final Metrics metrics;

    @Activate
    public AuditService(@Reference(target = "(osgi.unit.name=cep-platform)") JpaTemplate jpa,
                        @Reference PlatformSchema schema, @Reference Metrics metrics, PlatformConfig config) {
        this.jpa = jpa;
        this.metrics = metrics;
        modified(config);
    }

    @Modified
    void modified(PlatformConfig config) {
        String etc = System.getProperty("karaf.etc", "etc"), data = System.getProperty("karaf.data", "data");
        checkpoints = new Checkpoints(Path.of(config.auditCheckpointDir().isBlank() ? data + "/audit-checkpoints" : config.auditCheckpointDir()),
                Path.of(config.auditCheckpointKey().isBlank() ? etc + "/cep-audit-checkpoint.key" : config.auditCheckpointKey()));
    }

    public Checkpoints checkpoints() {
        return checkpoints;
    }

    /** A lower court's head as anchored in its higher court's chain (or a checkpoint): entry {@code seq} had {@code hash}. */
    record Anchor(long seq, String hash, String where) {
    }

    /**
     * Records a court's head in its higher court's chain, inside the caller's transaction, unless the
     * newest anchor there already says the same. Deleting the court's newest entries and moving its
     * head back, which its own chain cannot reveal, then disagrees with the anchor.
     *
     * @return whether an anchor was written
     */
    public boolean anchorIn(EntityManager em, String courtId, String parentId, String requestId) {
        AuditHeadEntity head = em.find(AuditHeadEntity.class, courtId);
        if (head == null || head.lastSeq == 0) return false;
        Anchor last = latestAnchor(em, parentId, courtId);
        if (last != null && last.seq() == head.lastSeq && last.hash().equals(head.lastHash)) return false;
        appendIn(em, parentId, "system:audit-anchor", ANCHOR, "court:" + courtId, "seq=" + head.lastSeq + " hash=" + head.lastHash, requestId);
        return true;
    }

    /** Writes a signed checkpoint file of a top court's head (one without a higher court), unless the newest says the same. */
    public Path checkpoint(String courtId) {
        AuditHeadEntity head = jpa.txExpr(TransactionType.Supports, em -> em.find(AuditHeadEntity.class, courtId));
        if (head == null || head.lastSeq == 0) return null;
        Checkpoints.Checkpoint last = checkpoints.latest(courtId);
        if (last != null && last.signatureValid() && last.seq() == head.lastSeq && head.lastHash.equals(last.hash())) return null;
        return checkpoints.write(courtId, head.lastSeq, head.lastHash, Instant.now());
    }

    private static Anchor latestAnchor(EntityManager em, String parentId, String courtId) {
        List<AuditEntryEntity> found = em.createQuery("select a from AuditEntryEntity a where a.courtId = :p and a.action = :a"
                        + " and a.target = :t order by a.seq desc", AuditEntryEntity.class)
                .setParameter("p", parentId).setParameter("a", ANCHOR).setParameter("t", "court:" + courtId)
                .setMaxResults(1).getResultList();
        if (found.isEmpty()) return null;
        Matcher m = ANCHOR_DETAIL.matcher(found.get(0).detail == null ? "" : found.get(0).detail);
        return m.matches() ? new Anchor(Long.parseLong(m.group(1)), m.group(2), parentId + "#" + found.get(0).seq) : null;
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
        metrics.auditAppended();
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
            VerifyResult chain = AuditChain.verify(courtId, all, head == null ? null : head.lastSeq, head == null ? null : head.lastHash);
            return chain.intact() ? againstAnchor(em, courtId, all, chain) : chain;
        });
    }

    /** An intact chain must still hold the head last anchored in its higher court's chain, or signed in its checkpoint. */
    private VerifyResult againstAnchor(EntityManager em, String courtId, List<StoredEntry> all, VerifyResult chain) {
        CourtEntity court = em.find(CourtEntity.class, courtId);
        Anchor anchor;
        if (court != null && court.parentId != null) {
            anchor = latestAnchor(em, court.parentId, courtId);
        } else {
            Checkpoints.Checkpoint cp = checkpoints.latest(courtId);
            if (cp != null && !cp.signatureValid()) {
                return new VerifyResult(courtId, false, chain.entriesChecked(), null, VerifyResult.CHECKPOINT_INVALID,
                        "审计检查点文件签名无效（文件被改动或非本平台密钥所签）：" + cp.file().getFileName(),
                        "the audit checkpoint file's signature is invalid (altered, or signed with another key): " + cp.file().getFileName());
            }
            anchor = cp == null ? null : new Anchor(cp.seq(), cp.hash(), "checkpoint " + cp.file().getFileName());
        }
        if (anchor == null) return chain;
        boolean holds = anchor.seq() <= all.size() && all.get((int) anchor.seq() - 1).hash().equals(anchor.hash());
        if (holds) return chain;
        return new VerifyResult(courtId, false, chain.entriesChecked(), anchor.seq(), VerifyResult.TRUNCATED,
                "审计链与已锚定的记录不符：第 " + anchor.seq() + " 条（锚定于 " + anchor.where() + "）" + (anchor.seq() > all.size()
                        ? "已不存在，最新条目被删除且链头被回退" : "已被改写"),
                "the audit chain disagrees with its anchor: entry " + anchor.seq() + " (anchored in " + anchor.where() + ") "
                        + (anchor.seq() > all.size() ? "is gone: the newest entries were deleted and the head moved back" : "was rewritten"));
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

}
