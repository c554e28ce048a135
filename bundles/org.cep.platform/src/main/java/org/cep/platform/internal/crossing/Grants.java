package org.cep.platform.internal.crossing;

import java.time.Duration;
import java.time.Instant;
import java.util.TreeSet;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.cep.platform.api.CourtContext;
import org.cep.platform.api.CourtDirectory;
import org.cep.platform.api.Crossings.Grant;
import org.cep.platform.api.Crossings.NewGrant;
import org.cep.platform.api.Micros;
import org.cep.platform.api.ProblemException;
import org.cep.platform.internal.audit.AuditService;
import org.cep.platform.internal.persistence.GrantEntity;

/** Issuing and revoking grants: who may, for how long, and the record of it in every court involved. */
final class Grants {
    /** A grant opens another court's files: at most a year, then it must be asked for again. */
    static final Duration LONGEST = Duration.ofDays(366);

    private Grants() {
    }

    static Grant issue(JpaTemplate jpa, AuditService audit, CourtDirectory courts, CourtContext ctx, NewGrant n) {
        return create(jpa, audit, courts, ctx, n, false);
    }

    /** The grantee asks; the grant waits for the owning court's decision. */
    static Grant request(JpaTemplate jpa, AuditService audit, CourtDirectory courts, CourtContext ctx, NewGrant n) {
        return create(jpa, audit, courts, ctx, n, true);
    }

    private static Grant create(JpaTemplate jpa, AuditService audit, CourtDirectory courts, CourtContext ctx, NewGrant n,
                                boolean asRequest) {
        if (n == null || n.purpose() == null) throw ProblemException.required("purpose");
        if (n.purpose().standing()) {
            throw ProblemException.badField("GRANT_NOT_NEEDED", "purpose", "该用途基于法院层级，无需授权：" + n.purpose().labelZh(),
                    "this purpose rests on the court hierarchy and takes no grant: " + n.purpose());
        }
        String issuer = ctx.homeCourtId();
        String owner = activeCourt(courts, n.ownerCourtId(), "ownerCourtId");
        String grantee = activeCourt(courts, n.granteeCourtId(), "granteeCourtId");
        if (owner.equals(grantee)) {
            throw ProblemException.badField("SAME_COURT", "granteeCourtId", "授权对象不能是本院自身", "a court cannot be granted its own data");
        }
        boolean ownGrant = owner.equals(issuer);
        boolean higherCourtOverBoth = courts.isUnder(owner, issuer) && (grantee.equals(issuer) || courts.isUnder(grantee, issuer));
        if (asRequest && !grantee.equals(issuer)) {
            throw new ProblemException(403, "OTHER_COURT", "只能为本院申请授权", "a court can only ask for grants to itself",
                    "granteeCourtId");
        }
        if (!asRequest && !ownGrant && !higherCourtOverBoth) {
            throw new ProblemException(403, "NOT_IN_JURISDICTION", "只能授权本院数据，或由上级法院在其辖区内授权",
                    "only the owning court, or a higher court over both courts, may issue this grant", "ownerCourtId");
        }
        String scope = n.scope() == null ? null : n.scope().trim();
        if (scope == null || scope.isEmpty() || scope.length() > 200) {
            throw ProblemException.badField("INVALID_SCOPE", "scope", "授权范围须为 1-200 个字符", "scope must be 1-200 characters");
        }
        Instant now = Instant.now();
        if (n.validUntil() == null) throw ProblemException.required("validUntil");
        if (!n.validUntil().isAfter(now) || n.validUntil().isAfter(now.plus(LONGEST))) {
            throw ProblemException.badField("INVALID_VALIDITY", "validUntil", "有效期须在将来且不超过一年",
                    "validUntil must be in the future and at most a year away");
        }
        if (n.note() != null && n.note().length() > 500) {
            throw ProblemException.badField("INVALID_NOTE", "note", "说明不超过 500 字", "note must be at most 500 characters");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            GrantEntity g = new GrantEntity();
            g.purpose = n.purpose().name();
            g.ownerCourtId = owner;
            g.granteeCourtId = grantee;
            g.issuerCourtId = issuer;
            g.scope = scope;
            g.status = asRequest ? "REQUESTED" : "GRANTED";
            g.validFromMicros = Micros.of(now);
            g.validUntilMicros = Micros.of(n.validUntil());
            g.issuedBy = ctx.actor();
            g.note = n.note();
            em.persist(g);
            em.flush();
            record(em, audit, ctx, g, asRequest ? "grant.requested" : "grant.issued", "purpose=" + g.purpose + " owner=" + owner + " grantee=" + grantee
                    + " scope=" + scope + " until=" + Micros.iso(g.validUntilMicros));
            return view(g);
        });
    }

    static Grant decide(JpaTemplate jpa, AuditService audit, CourtContext ctx, long grantId, boolean approve, String reason) {
        String why = reason == null ? "" : reason.trim();
        if (!approve && why.isEmpty() || why.length() > 500) {
            throw ProblemException.badField("INVALID_REASON", "reason", "驳回须说明理由（不超过 500 字）",
                    "a denial needs a reason (at most 500 characters)");
        }
        String home = ctx.homeCourtId();
        return jpa.txExpr(TransactionType.Required, em -> {
            GrantEntity g = visible(em, home, grantId);
            em.lock(g, LockModeType.PESSIMISTIC_WRITE);
            if (!home.equals(g.ownerCourtId)) {
                throw new ProblemException(403, "NOT_GRANTOR", "只有被申请调卷的法院可以审批", "only the owning court decides");
            }
            if (!"REQUESTED".equals(g.status)) {
                throw new ProblemException(409, "GRANT_ALREADY_DECIDED", "该申请已处理：" + g.status, "already decided: " + g.status);
            }
            long now = Micros.now();
            if (approve && g.validUntilMicros <= now) {
                throw new ProblemException(409, "GRANT_REQUEST_LAPSED", "申请的期限已过，请重新申请",
                        "the requested period is over; ask again");
            }
            g.status = approve ? "GRANTED" : "DENIED";
            g.validFromMicros = now;
            g.decidedBy = ctx.actor();
            g.decisionReason = why.isEmpty() ? null : why;
            record(em, audit, ctx, g, approve ? "grant.approved" : "grant.denied", "reason=" + why);
            return view(g);
        });
    }

    static Grant revoke(JpaTemplate jpa, AuditService audit, CourtContext ctx, long grantId, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw ProblemException.badField("INVALID_REASON", "reason", "撤销须说明理由（不超过 500 字）", "give a reason (at most 500 characters)");
        }
        String home = ctx.homeCourtId();
        return jpa.txExpr(TransactionType.Required, em -> {
            GrantEntity g = visible(em, home, grantId);
            em.lock(g, LockModeType.PESSIMISTIC_WRITE);
            if (!home.equals(g.ownerCourtId) && !home.equals(g.issuerCourtId)) {
                throw new ProblemException(403, "NOT_GRANTOR", "只有授权法院或签发法院可以撤销", "only the owning or issuing court may revoke");
            }
            if (g.revokedMicros != null) {
                throw new ProblemException(409, "GRANT_ALREADY_REVOKED", "授权已撤销", "the grant is already revoked");
            }
            g.status = "REVOKED";
            g.revokedMicros = Micros.now();
            g.revokedBy = ctx.actor();
            g.revokeReason = reason.trim();
            record(em, audit, ctx, g, "grant.revoked", "reason=" + g.revokeReason);
            return view(g);
        });
    }

    /** A grant of the caller's court (owner, grantee or issuer); 404 for any other, so ids reveal nothing. */
    static GrantEntity visible(EntityManager em, String home, long grantId) {
        GrantEntity g = em.find(GrantEntity.class, grantId);
        if (g == null || !(home.equals(g.ownerCourtId) || home.equals(g.granteeCourtId) || home.equals(g.issuerCourtId))) {
            throw new ProblemException(404, "GRANT_NOT_FOUND", "未找到授权：" + grantId, "no such grant: " + grantId, "grantId");
        }
        return g;
    }

    static Grant view(GrantEntity g) {
        return new Grant(g.id, org.cep.platform.api.CrossingPurpose.valueOf(g.purpose), g.status, g.ownerCourtId,
                g.granteeCourtId, g.issuerCourtId, g.scope, Micros.iso(g.validFromMicros), Micros.iso(g.validUntilMicros),
                g.issuedBy, g.note, g.decidedBy, g.decisionReason, g.revokedMicros == null ? null : Micros.iso(g.revokedMicros), g.revokedBy, g.revokeReason, g.inForceAt(Micros.now()));
    }

    private static String activeCourt(CourtDirectory courts, String id, String field) {
        if (id == null || id.isBlank()) throw ProblemException.required(field);
        return courts.court(id).filter(CourtDirectory.Court::active).map(CourtDirectory.Court::id).orElseThrow(() ->
                ProblemException.courtNotFound(id, field));
    }

    /** Every court involved gets the entry, heads locked in court-id order. */
    private static void record(EntityManager em, AuditService audit, CourtContext ctx, GrantEntity g, String action, String detail) {
        for (String court : new TreeSet<>(java.util.List.of(g.ownerCourtId, g.granteeCourtId, g.issuerCourtId))) {
            audit.appendIn(em, court, ctx.actor(), action, "grant:" + g.id, detail, ctx.requestId());
        }
    }
}
