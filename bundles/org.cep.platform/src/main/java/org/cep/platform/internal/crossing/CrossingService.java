package org.cep.platform.internal.crossing;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.transaction.TransactionManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.cep.platform.api.CourtContext;
import org.cep.platform.api.CourtDirectory;
import org.cep.platform.api.CrossingPurpose;
import org.cep.platform.api.Crossings;
import org.cep.platform.api.Micros;
import org.cep.platform.api.ProblemException;
import org.cep.platform.internal.audit.AuditService;
import org.cep.platform.internal.persistence.GrantEntity;
import org.cep.platform.internal.persistence.PlatformSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The crossing service: grants checked on every crossing, work pinned to the target court, both chains audited. */
@Component(service = {Crossings.class, CrossingService.class})
public class CrossingService implements Crossings {
    private final JpaTemplate jpa;
    private final AuditService audit;
    private final CourtDirectory courts;
    private final TransactionManager tm;
    private final CourtContext.Binding binding = CourtContext.binding();

    @Activate
    public CrossingService(@Reference(target = "(osgi.unit.name=cep-platform)") JpaTemplate jpa, @Reference AuditService audit,
                           @Reference CourtDirectory courts, @Reference TransactionManager tm, @Reference PlatformSchema schema) {
        this.jpa = jpa;
        this.audit = audit;
        this.courts = courts;
        this.tm = tm;
    }

    @Override
    public <R> R read(Crossing crossing, Supplier<R> work) {
        CourtContext caller = CourtContext.current();
        jpa.tx(TransactionType.Required, em -> admit(em, caller, crossing, "read"));
        CourtContext inTarget = pinned(caller, crossing);
        return RolledBack.run(jpa, tm, () -> binding.call(inTarget, work));
    }

    @Override
    public <R> R write(Crossing crossing, Supplier<R> work) {
        CourtContext caller = CourtContext.current();
        if (crossing != null && crossing.purpose() != null && crossing.purpose().readOnly()) {
            throw new ProblemException(403, "CROSSING_READ_ONLY", "此类跨院事项只能查阅：" + crossing.purpose().labelZh(),
                    "this purpose allows reading only: " + crossing.purpose().labelEn());
        }
        CourtContext inTarget = pinned(caller, crossing);
        return jpa.txExpr(TransactionType.Required, em -> {
            admit(em, caller, crossing, "write");
            return binding.call(inTarget, work);
        });
    }

    private static CourtContext pinned(CourtContext caller, Crossing c) {
        return new CourtContext(caller.userId(), caller.username(), c.targetCourtId(), caller.roles(), caller.requestId(),
                caller.homeCourtId(), c.purpose().name());
    }

    /** Refuses a crossing that no grant or relation covers; otherwise records it in both chains. */
    private void admit(EntityManager em, CourtContext caller, Crossing c, String mode) {
        if (caller.crossing()) {
            throw new IllegalStateException("a crossing cannot start inside another crossing");
        }
        if (c == null || c.purpose() == null) throw ProblemException.required("purpose");
        String target = c.targetCourtId();
        String home = caller.courtId();
        CourtDirectory.Court court = courts.court(target).filter(CourtDirectory.Court::active).orElseThrow(() ->
                ProblemException.courtNotFound(target, "courtId"));
        if (court.id().equals(home)) {
            throw new ProblemException(400, "CROSSING_TO_OWN_COURT", "本院数据无需跨院访问", "this is your own court: no crossing needed",
                    "courtId");
        }
        Long grantId = null;
        switch (c.purpose()) {
            case SUPERVISION, DIRECTION -> requireRelation(courts.isUnder(target, home), target);
            case REPORT -> requireRelation(courts.isUnder(home, target), target);
            default -> grantId = requireGrant(em, home, c).id;
        }
        String detail = "purpose=" + c.purpose() + (grantId == null ? "" : " grant=" + grantId) + " scope=" + c.scope()
                + " mode=" + mode + " what=" + c.what();
        // both heads are locked in court-id order, so crossings in opposite directions cannot deadlock
        for (String courtId : new TreeSet<>(List.of(home, target))) {
            boolean into = courtId.equals(target);
            audit.appendIn(em, courtId, caller.actor(), into ? "crossing.in" : "crossing.out",
                    "court:" + (into ? home : target), detail, caller.requestId());
        }
    }

    private static void requireRelation(boolean holds, String target) {
        if (!holds) {
            throw new ProblemException(403, "NOT_IN_JURISDICTION", "该法院不在本院辖区或上级关系之内：" + target,
                    "no supervision relation between your court and " + target, "courtId");
        }
    }

    private static GrantEntity requireGrant(EntityManager em, String home, Crossing c) {
        if (c.grantId() == null) {
            throw new ProblemException(403, "GRANT_REQUIRED", "跨院访问须有授权：" + c.purpose().labelZh(),
                    "a crossing for " + c.purpose().labelEn() + " needs a grant", "grantId");
        }
        // no shared cache: every crossing reads the grant's committed row, so a revocation on any node counts at once
        GrantEntity g = em.find(GrantEntity.class, c.grantId());
        if (g == null || !g.granteeCourtId.equals(home) || !g.ownerCourtId.equals(c.targetCourtId())) {
            throw new ProblemException(403, "GRANT_NOT_FOUND", "本院没有该法院的此项授权", "your court holds no such grant for that court",
                    "grantId");
        }
        if (!g.purpose.equals(c.purpose().name())) {
            throw new ProblemException(403, "GRANT_WRONG_PURPOSE", "授权用途不符（授权用于：" + CrossingPurpose.valueOf(g.purpose).labelZh() + "）",
                    "the grant is for another purpose: " + g.purpose, "grantId");
        }
        if (!g.scope.equals(c.scope())) {
            throw new ProblemException(403, "GRANT_OUT_OF_SCOPE", "超出授权范围（授权范围：" + g.scope + "）",
                    "outside the grant's scope (" + g.scope + ")", "grantId");
        }
        switch (g.status) {
            case "REVOKED" -> throw new ProblemException(403, "GRANT_REVOKED", "授权已撤销", "the grant was revoked", "grantId");
            case "REQUESTED" -> throw new ProblemException(403, "GRANT_PENDING", "授权申请尚待对方法院审批",
                    "the owning court has not decided the request yet", "grantId");
            case "DENIED" -> throw new ProblemException(403, "GRANT_DENIED", "授权申请已被驳回", "the request was denied", "grantId");
            default -> { }
        }
        if (!g.inForceAt(Micros.now())) {
            throw new ProblemException(403, "GRANT_EXPIRED", "授权不在有效期内", "the grant is not in force now", "grantId");
        }
        return g;
    }

    @Override
    public Grant issue(NewGrant n) {
        return Grants.issue(jpa, audit, courts, CourtContext.current(), n);
    }

    @Override
    public Grant request(NewGrant n) {
        return Grants.request(jpa, audit, courts, CourtContext.current(), n);
    }

    @Override
    public Grant decide(long grantId, boolean approve, String reason) {
        return Grants.decide(jpa, audit, CourtContext.current(), grantId, approve, reason);
    }

    @Override
    public Grant revoke(long grantId, String reason) {
        return Grants.revoke(jpa, audit, CourtContext.current(), grantId, reason);
    }

    @Override
    public Grant grant(long grantId) {
        String home = CourtContext.current().homeCourtId();
        return jpa.txExpr(TransactionType.Supports, em -> Grants.view(Grants.visible(em, home, grantId)));
    }

    @Override
    public List<Grant> grants() {
        String home = CourtContext.current().homeCourtId();
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select g from GrantEntity g where g.ownerCourtId = :c"
                        + " or g.granteeCourtId = :c or g.issuerCourtId = :c order by g.id desc", GrantEntity.class)
                .setParameter("c", home).setMaxResults(500).getResultList().stream().map(Grants::view).collect(Collectors.toList()));
    }

    @Override
    public List<Grant> held(CrossingPurpose purpose, String scopePrefix, int limit) {
        return inForce("granteeCourtId", purpose, scopePrefix, limit);
    }

    @Override
    public List<HeldGrant> heldBrief(CrossingPurpose purpose, String scopePrefix, int limit) {
        String home = CourtContext.current().homeCourtId();
        long now = Micros.now();
        List<Object[]> rows = jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select g.id, g.ownerCourtId, g.scope, g.note,"
                        + " g.validUntilMicros from GrantEntity g where g.granteeCourtId = :c" + IN_FORCE, Object[].class)
                .setParameter("c", home).setParameter("p", purpose.name()).setParameter("now", now).setParameter("s", likePrefix(scopePrefix))
                .setMaxResults(Math.max(1, Math.min(limit, 100_000))).getResultList());
        List<HeldGrant> grants = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            grants.add(new HeldGrant(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], Micros.iso(((Number) r[4]).longValue())));
        }
        return grants;
    }

    @Override
    public List<Grant> owned(CrossingPurpose purpose, String scopePrefix, int limit) {
        return inForce("ownerCourtId", purpose, scopePrefix, limit);
    }

    /** Of one purpose, granted, within its term, with the scope's prefix; newest first. */
    private static final String IN_FORCE = " and g.purpose = :p and g.status = 'GRANTED' and g.validFromMicros <= :now"
            + " and g.validUntilMicros > :now and g.scope like :s escape '!' order by g.id desc";

    /** The prefix is literal: scopes such as standard:LIVE_SEIZURE hold '_', a LIKE wildcard. */
    private static String likePrefix(String scopePrefix) {
        return (scopePrefix == null ? "" : scopePrefix).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    /** One query on the index (grantee_court_id, purpose) or (owner_court_id, purpose): one court's grants, never the whole table. */
    private List<Grant> inForce(String side, CrossingPurpose purpose, String scopePrefix, int limit) {
        String home = CourtContext.current().homeCourtId();
        long now = Micros.now();
        // columns, not entities: a court of a province where every court shares holds thousands of grants
        List<Object[]> rows = jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select g.id, g.ownerCourtId, g.granteeCourtId,"
                        + " g.issuerCourtId, g.scope, g.validFromMicros, g.validUntilMicros, g.issuedBy, g.note, g.decidedBy, g.decisionReason"
                        + " from GrantEntity g where g." + side + " = :c" + IN_FORCE, Object[].class)
                .setParameter("c", home).setParameter("p", purpose.name()).setParameter("now", now).setParameter("s", likePrefix(scopePrefix))
                .setMaxResults(Math.max(1, Math.min(limit, 100_000))).getResultList());
        List<Grant> grants = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            // in force by the query's own condition: granted, within its term, not revoked
            grants.add(new Grant(((Number) r[0]).longValue(), purpose, "GRANTED", (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    Micros.iso(((Number) r[5]).longValue()), Micros.iso(((Number) r[6]).longValue()), (String) r[7], (String) r[8],
                    (String) r[9], (String) r[10], null, null, null, true));
        }
        return grants;
    }
}
