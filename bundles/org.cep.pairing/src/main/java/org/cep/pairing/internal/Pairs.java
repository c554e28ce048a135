package org.cep.pairing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.cep.pairing.domain.Periods;
import org.cep.platform.api.AuditLog;
import org.cep.platform.api.CourtContext;
import org.cep.platform.api.CourtDirectory;
import org.cep.platform.api.CourtLevel;
import org.cep.platform.api.CrossingPurpose;
import org.cep.platform.api.Crossings;
import org.cep.platform.api.Micros;
import org.cep.platform.api.ProblemException;
import org.cep.platform.api.TenantJpa;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pairs made, renewed and ended by a high court for two courts of its jurisdiction. The register row comes first
 * (PENDING, so a second overlapping pair is refused meanwhile), then the two PAIRING grants, the file in the mentee
 * court and the link in each court, the mentor's training modules shared, and the register row ACTIVE; a failure on
 * the way cancels the pair and revokes what was issued.
 */
@Component(service = Pairs.class)
public class Pairs {
    private static final Logger LOG = LoggerFactory.getLogger(Pairs.class);
    /** The platform grants for at most a year; a longer pairing is renewed. */
    static final int LONGEST_DAYS = 365;
    static final int MAX_GOALS = 10;

    private final JpaTemplate jpa;
    private final Crossings crossings;
    private final CourtDirectory courts;
    private final AuditLog audit;
    private final PairFiles files;
    private final PairTraining training;

    @Activate
    public Pairs(@Reference(target = "(osgi.unit.name=cep-pairing)") JpaTemplate jpa, @Reference Crossings crossings,
                 @Reference CourtDirectory courts, @Reference AuditLog audit, @Reference PairFiles files, @Reference PairTraining training) {
        this.jpa = jpa;
        this.crossings = crossings;
        this.courts = courts;
        this.audit = audit;
        this.files = files;
        this.training = training;
    }

    Views.PairView create(Views.PairInput in) {
        if (in == null) throw ProblemException.required("mentorCourtId");
        String home = highCourt();
        String mentor = courtBelow(in.mentorCourtId(), "mentorCourtId", home);
        String mentee = courtBelow(in.menteeCourtId(), "menteeCourtId", home);
        if (mentor.equals(mentee)) {
            throw ProblemException.badField("SAME_COURT", "menteeCourtId", "法院不能与自身结对", "a court cannot be paired with itself");
        }
        LocalDate start = Checks.date(in.startDate(), "startDate");
        LocalDate end = Checks.date(in.endDate(), "endDate");
        checkEnd(start, end);
        List<Views.Goal> goals = goals(in.goals());
        String plan = Checks.optional(in.planZh(), "planZh", 4000);
        String actor = CourtContext.current().actor();
        long id = TenantJpa.inCourt(jpa, em -> {
            refuseOverlap(em, mentee, start, end, keys(goals), null);
            RegisterEntity r = new RegisterEntity();
            r.mentorCourtId = mentor;
            r.menteeCourtId = mentee;
            r.startDate = start;
            r.endDate = end;
            r.goals = Views.store(goals);
            r.status = "PENDING";
            r.createdBy = actor;
            r.createdMicros = Micros.now();
            em.persist(r);
            em.flush();
            return r.id;
        });
        List<Long> issued = new ArrayList<>();
        try {
            Instant until = grantUntil(end);
            long mentorGrant = issue(mentee, mentor, id, until, issued);
            long menteeGrant = issue(mentor, mentee, id, until, issued);
            crossings.write(new Crossings.Crossing(mentee, CrossingPurpose.DIRECTION, null, PairFiles.scope(id), "pairing: pair made"),
                    () -> TenantJpa.inCourt(jpa, em -> {
                        PairEntity p = new PairEntity();
                        p.id = id;
                        p.issuerCourtId = home;
                        p.mentorCourtId = mentor;
                        p.menteeCourtId = mentee;
                        p.startDate = start;
                        p.endDate = end;
                        p.goals = Views.store(goals);
                        p.planZh = plan;
                        p.status = "ACTIVE";
                        p.createdMicros = Micros.now();
                        em.persist(p);
                        em.persist(link(id, "MENTEE", mentor, home, menteeGrant, start, end));
                        audit.record("pairing.pair.joined", PairFiles.scope(id), "side=MENTEE mentor=" + mentor + " " + start + ".." + end);
                        return null;
                    }));
            crossings.write(new Crossings.Crossing(mentor, CrossingPurpose.DIRECTION, null, PairFiles.scope(id), "pairing: pair made"),
                    () -> TenantJpa.inCourt(jpa, em -> {
                        em.persist(link(id, "MENTOR", mentee, home, mentorGrant, start, end));
                        audit.record("pairing.pair.joined", PairFiles.scope(id), "side=MENTOR mentee=" + mentee + " " + start + ".." + end);
                        return null;
                    }));
            TenantJpa.inCourt(jpa, em -> {
                RegisterEntity r = em.find(RegisterEntity.class, id);
                r.status = "ACTIVE";
                r.mentorGrantId = mentorGrant;
                r.menteeGrantId = menteeGrant;
                audit.record("pairing.pair.created", PairFiles.scope(id), "mentor=" + mentor + " mentee=" + mentee + " " + start + ".." + end
                        + " goals=" + keys(goals));
                return null;
            });
        } catch (RuntimeException failed) {
            cancel(id, issued);
            throw failed;
        }
        try {
            training.shareByDefault(id, mentor, mentee, grantUntil(end));
        } catch (RuntimeException e) {
            // the pair stands without it: the mentor court can share again from the pair's page
            LOG.warn("pair {}: the mentor's training modules were not shared: {}", id, e.toString());
        }
        return view(id);
    }

    /** A new end date: new grants until then, the old ones revoked; overlaps are checked again for the longer period. */
    Views.PairView renew(long id, Views.RenewInput in) {
        if (in == null) throw ProblemException.required("endDate");
        LocalDate end = Checks.date(in.endDate(), "endDate");
        String reason = Checks.optional(in.reason(), "reason", 500);
        highCourt();
        RegisterEntity r = registered(id);
        if (!"ACTIVE".equals(r.status)) throw ended();
        if (!end.isAfter(r.endDate)) {
            throw ProblemException.badField("INVALID_PERIOD", "endDate", "续期的结束日期须晚于当前结束日期", "a renewal must end after the current end");
        }
        checkEnd(r.startDate, end);
        TenantJpa.inCourt(jpa, em -> {
            refuseOverlap(em, r.menteeCourtId, r.startDate, end, keys(Views.goals(r.goals)), id);
            return null;
        });
        List<Long> issued = new ArrayList<>();
        Instant until = grantUntil(end);
        long mentorGrant;
        long menteeGrant;
        try {
            mentorGrant = issue(r.menteeCourtId, r.mentorCourtId, id, until, issued);
            menteeGrant = issue(r.mentorCourtId, r.menteeCourtId, id, until, issued);
            deliver(r.menteeCourtId, id, "pair renewed", em -> {
                PairEntity p = em.find(PairEntity.class, id);
                p.endDate = end;
                relink(em, id, end, menteeGrant, "ACTIVE");
            });
            deliver(r.mentorCourtId, id, "pair renewed", em -> relink(em, id, end, mentorGrant, "ACTIVE"));
        } catch (RuntimeException failed) {
            revokeQuietly(issued, "续期未完成 / the renewal did not complete");
            throw failed;
        }
        TenantJpa.inCourt(jpa, em -> {
            RegisterEntity fresh = em.find(RegisterEntity.class, id);
            fresh.endDate = end;
            fresh.mentorGrantId = mentorGrant;
            fresh.menteeGrantId = menteeGrant;
            audit.record("pairing.pair.renewed", PairFiles.scope(id), "until=" + end + (reason == null ? "" : " reason=" + reason));
            return null;
        });
        revokeQuietly(List.of(r.mentorGrantId, r.menteeGrantId), "结对续期，换发授权 / pair renewed, grant replaced");
        return view(id);
    }

    /** Ends a pair at once: the grants and the pair's training shares revoked, the records kept in the mentee court. */
    Views.PairView end(long id, Views.EndInput in) {
        String reason = Checks.text(in == null ? null : in.reason(), "reason", 500);
        highCourt();
        RegisterEntity r = registered(id);
        if (!"ACTIVE".equals(r.status)) throw ended();
        List<Long> shares = new ArrayList<>();
        String actor = CourtContext.current().actor();
        deliver(r.menteeCourtId, id, "pair ended", em -> {
            PairEntity p = em.find(PairEntity.class, id);
            p.status = "ENDED";
            p.endedReason = reason;
            p.trainingShared = false;
            relink(em, id, null, null, "ENDED");
            for (ShareEntity s : PairTraining.open(em, id)) {
                s.revokedMicros = Micros.now();
                s.revokedBy = actor;
                shares.add(s.grantId);
            }
        });
        deliver(r.mentorCourtId, id, "pair ended", em -> relink(em, id, null, null, "ENDED"));
        TenantJpa.inCourt(jpa, em -> {
            RegisterEntity fresh = em.find(RegisterEntity.class, id);
            fresh.status = "ENDED";
            fresh.endedReason = reason;
            audit.record("pairing.pair.ended", PairFiles.scope(id), "reason=" + reason);
            return null;
        });
        List<Long> grants = new ArrayList<>(List.of(r.mentorGrantId, r.menteeGrantId));
        grants.addAll(shares);
        revokeQuietly(grants, "结对结束 / pair ended: " + reason);
        return view(id);
    }

    /** The high court: its register; another court: the pairs it belongs to, from its own links. */
    List<Views.PairSummary> list() {
        String home = CourtContext.current().courtId();
        return TenantJpa.inCourt(jpa, em -> {
            List<Views.PairSummary> out = new ArrayList<>();
            for (RegisterEntity r : em.createQuery("select r from RegisterEntity r where r.status <> 'CANCELLED' order by r.id desc",
                    RegisterEntity.class).setMaxResults(1000).getResultList()) {
                out.add(new Views.PairSummary(r.id, "ISSUER", home, r.mentorCourtId, name(r.mentorCourtId), r.menteeCourtId,
                        name(r.menteeCourtId), r.startDate, r.endDate, "PENDING".equals(r.status) ? "ACTIVE" : r.status));
            }
            for (LinkEntity l : em.createQuery("select l from LinkEntity l order by l.pairId desc", LinkEntity.class)
                    .setMaxResults(1000).getResultList()) {
                boolean mentor = "MENTOR".equals(l.side);
                String mentorId = mentor ? home : l.partnerCourtId;
                String menteeId = mentor ? l.partnerCourtId : home;
                out.add(new Views.PairSummary(l.pairId, l.side, l.issuerCourtId, mentorId, name(mentorId), menteeId, name(menteeId),
                        l.startDate, l.endDate, l.status));
            }
            return out;
        });
    }

    Views.PairView view(long id) {
        LocalDate today = Checks.today();
        return files.read(id, "read pair", (em, p, seat) -> {
            long allocated = 0;
            long spent = 0;
            int count = 0;
            for (ActivityEntity a : em.createQuery("select a from ActivityEntity a where a.pairId = :p", ActivityEntity.class)
                    .setParameter("p", id).getResultList()) {
                allocated = Math.addExact(allocated, a.allocatedFen);
                spent = Math.addExact(spent, a.spentFen);
                count++;
            }
            long open = em.createQuery("select count(h) from HelpEntity h where h.pairId = :p and h.status = 'OPEN'", Long.class)
                    .setParameter("p", id).getSingleResult();
            String status = "ACTIVE".equals(p.status) && today.isAfter(p.endDate) ? "EXPIRED" : p.status;
            return new Views.PairView(p.id, seat.name(), p.issuerCourtId, p.mentorCourtId, name(p.mentorCourtId), p.menteeCourtId,
                    name(p.menteeCourtId), p.startDate, p.endDate, Views.goals(p.goals), p.planZh, status, p.endedReason, p.trainingShared,
                    allocated, spent, count, (int) open);
        });
    }

    private long issue(String owner, String grantee, long id, Instant until, List<Long> issued) {
        long g = crossings.issue(new Crossings.NewGrant(CrossingPurpose.PAIRING, owner, grantee, PairFiles.scope(id), until,
                "结对帮扶 pairing " + id)).id();
        issued.add(g);
        return g;
    }

    private void deliver(String court, long id, String what, java.util.function.Consumer<EntityManager> work) {
        crossings.write(new Crossings.Crossing(court, CrossingPurpose.DIRECTION, null, PairFiles.scope(id), "pairing: " + what),
                () -> TenantJpa.inCourt(jpa, em -> {
                    work.accept(em);
                    audit.record("pairing.pair.changed", PairFiles.scope(id), what);
                    return null;
                }));
    }

    private static void relink(EntityManager em, long id, LocalDate end, Long grant, String status) {
        for (LinkEntity l : em.createQuery("select l from LinkEntity l where l.pairId = :p", LinkEntity.class).setParameter("p", id)
                .getResultList()) {
            if (end != null) l.endDate = end;
            if (grant != null) l.grantId = grant;
            l.status = status;
        }
    }

    private void cancel(long id, List<Long> issued) {
        revokeQuietly(issued, "结对未建立 / the pair was not made");
        try {
            TenantJpa.inCourt(jpa, em -> {
                em.find(RegisterEntity.class, id).status = "CANCELLED";
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warn("pair {} could not be marked cancelled: {}", id, e.toString());
        }
    }

    private void revokeQuietly(List<Long> grants, String reason) {
        for (Long g : grants) {
            if (g == null) continue;
            try {
                crossings.revoke(g, reason);
            } catch (ProblemException e) {
                if (!"GRANT_ALREADY_REVOKED".equals(e.code())) LOG.warn("grant {} not revoked: {}", g, e.code());
            }
        }
    }

    private static LinkEntity link(long id, String side, String partner, String issuer, long grant, LocalDate start, LocalDate end) {
        LinkEntity l = new LinkEntity();
        l.pairId = id;
        l.side = side;
        l.partnerCourtId = partner;
        l.issuerCourtId = issuer;
        l.grantId = grant;
        l.startDate = start;
        l.endDate = end;
        l.status = "ACTIVE";
        return l;
    }

    /** Another pair of the same mentee, running or pending, whose period meets this one and that shares a goal. */
    private static void refuseOverlap(EntityManager em, String mentee, LocalDate start, LocalDate end, Set<String> goals, Long except) {
        for (RegisterEntity o : em.createQuery("select r from RegisterEntity r where r.menteeCourtId = :m and r.status in ('PENDING', 'ACTIVE')",
                RegisterEntity.class).setParameter("m", mentee).getResultList()) {
            if (o.id.equals(except) || !Periods.overlap(start, end, o.startDate, o.endDate)) continue;
            Set<String> shared = Periods.sharedGoals(goals, keys(Views.goals(o.goals)));
            if (!shared.isEmpty()) {
                throw new ProblemException(409, "OVERLAPPING_PAIR", "该受援法院在同一期间已有相同目标的结对（结对 " + o.id + "，目标：" + shared + "）",
                        "the mentee already has a pair with the same goal in that period (pair " + o.id + ", goals " + shared + ")", "goals");
            }
        }
    }

    private static void checkEnd(LocalDate start, LocalDate end) {
        Checks.period(start, end, "endDate");
        LocalDate today = Checks.today();
        if (end.isBefore(today)) {
            throw ProblemException.badField("INVALID_PERIOD", "endDate", "结束日期已过", "the end date is in the past");
        }
        if (end.isAfter(today.plusDays(LONGEST_DAYS))) {
            throw ProblemException.badField("PERIOD_TOO_LONG", "endDate", "结对每次最长一年，到期可续期",
                    "a pair runs at most a year at a time; renew it before it ends");
        }
    }

    /** The grants last until the end date is over in the courts' zone, within the platform's longest grant. */
    private static Instant grantUntil(LocalDate end) {
        Instant afterEnd = end.plusDays(1).atStartOfDay(Checks.COURT_ZONE).toInstant();
        Instant longest = Instant.now().plus(java.time.Duration.ofDays(LONGEST_DAYS));
        return afterEnd.isAfter(longest) ? longest : afterEnd;
    }

    static List<Views.Goal> goals(List<Views.Goal> in) {
        if (in == null || in.isEmpty()) throw ProblemException.required("goals");
        if (in.size() > MAX_GOALS) {
            throw ProblemException.badField("TOO_MANY_GOALS", "goals", "目标最多 " + MAX_GOALS + " 项", "at most " + MAX_GOALS + " goals");
        }
        Set<String> seen = new HashSet<>();
        List<Views.Goal> out = new ArrayList<>();
        for (Views.Goal g : in) {
            if (g == null || g.key() == null || !Checks.GOAL_KEY.matcher(g.key()).matches()) {
                throw ProblemException.badField("INVALID_GOAL", "goals", "目标代码须为 1-40 个小写字母、数字或连字符",
                        "a goal key is 1-40 lower-case letters, digits or hyphens");
            }
            if (!seen.add(g.key())) {
                throw ProblemException.badField("INVALID_GOAL", "goals", "目标代码重复：" + g.key(), "goal key repeated: " + g.key());
            }
            String zh = Checks.text(g.titleZh(), "goals", 200);
            String en = Checks.optional(g.titleEn(), "goals", 200);
            if (zh.matches("(?s).*[\\t\\n].*") || en != null && en.matches("(?s).*[\\t\\n].*")) {
                throw ProblemException.badField("INVALID_GOAL", "goals", "目标名称须为一行", "a goal title is one line");
            }
            out.add(new Views.Goal(g.key(), zh, en));
        }
        return out;
    }

    static Set<String> keys(List<Views.Goal> goals) {
        return goals.stream().map(Views.Goal::key).collect(Collectors.toSet());
    }

    /** The caller's court, which must be a high court; pairs are made by it alone. */
    String highCourt() {
        String home = CourtContext.current().courtId();
        CourtLevel level = courts.court(home).map(CourtDirectory.Court::level).orElse(null);
        if (level != CourtLevel.HIGH) {
            throw new ProblemException(403, "NOT_HIGH_COURT", "结对由高级法院建立、续期和结束", "pairs are made, renewed and ended by the high court");
        }
        return home;
    }

    private String courtBelow(String id, String field, String high) {
        if (id == null || id.isBlank()) throw ProblemException.required(field);
        CourtDirectory.Court c = courts.court(id).filter(CourtDirectory.Court::active).orElseThrow(() -> ProblemException.courtNotFound(id, field));
        if (!courts.isUnder(c.id(), high)) {
            throw new ProblemException(403, "NOT_IN_JURISDICTION", "该法院不在本院辖区内：" + id, "that court is not in your jurisdiction: " + id, field);
        }
        return c.id();
    }

    private RegisterEntity registered(long id) {
        RegisterEntity r = TenantJpa.inCourt(jpa, em -> em.find(RegisterEntity.class, id));
        if (r == null || "CANCELLED".equals(r.status)) throw Checks.pairNotFound(id);
        return r;
    }

    private static ProblemException ended() {
        return new ProblemException(409, "PAIR_ENDED", "该结对已结束", "this pair has ended", "pairId");
    }

    String name(String courtId) {
        return courts.court(courtId).map(CourtDirectory.Court::nameZh).orElse(courtId);
    }
}
