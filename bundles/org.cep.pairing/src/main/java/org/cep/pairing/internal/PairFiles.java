package org.cep.pairing.internal;

import java.util.function.Supplier;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.cep.platform.api.CourtContext;
import org.cep.platform.api.CrossingPurpose;
import org.cep.platform.api.Crossings;
import org.cep.platform.api.ProblemException;
import org.cep.platform.api.TenantJpa;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The one way to a pair's file, which lives in the mentee court: the mentee works in it locally, the mentor through
 * a PAIRING crossing under the grant its link holds, the high court that made the pair through supervision (read) or
 * direction (write). Any other court finds no pair: 404, whatever the id.
 */
@Component(service = PairFiles.class)
public class PairFiles {
    private final JpaTemplate jpa;
    private final Crossings crossings;

    @Activate
    public PairFiles(@Reference(target = "(osgi.unit.name=cep-pairing)") JpaTemplate jpa, @Reference Crossings crossings) {
        this.jpa = jpa;
        this.crossings = crossings;
    }

    /** Work on a pair's file with the seat of the caller's court in it. */
    interface Work<R> {
        R apply(EntityManager em, PairEntity pair, Views.Seat seat);
    }

    <R> R read(long pairId, String what, Work<R> work) {
        return on(pairId, false, what, work);
    }

    <R> R write(long pairId, String what, Work<R> work) {
        return on(pairId, true, what, work);
    }

    /** The caller's own link to a pair (mentor or mentee), or null. */
    LinkEntity link(long pairId) {
        return TenantJpa.inCourt(jpa, em -> em.createQuery("select l from LinkEntity l where l.pairId = :p", LinkEntity.class)
                .setParameter("p", pairId).getResultList().stream().findFirst().orElse(null));
    }

    /** The crossing that reaches the court {@code target} of the pair from the caller's seat (PAIRING grant or hierarchy). */
    Crossings.Crossing crossingTo(long pairId, String target, boolean write, String what) {
        String home = CourtContext.current().courtId();
        RegisterEntity r = TenantJpa.inCourt(jpa, em -> em.find(RegisterEntity.class, pairId));
        if (r != null) {
            return new Crossings.Crossing(target, write ? CrossingPurpose.DIRECTION : CrossingPurpose.SUPERVISION, null, scope(pairId),
                    "pairing: " + what);
        }
        LinkEntity l = link(pairId);
        if (l == null || !l.partnerCourtId.equals(target) || home.equals(target)) throw Checks.pairNotFound(pairId);
        if (!"ACTIVE".equals(l.status) || l.grantId == null) {
            throw new ProblemException(409, "PAIR_ENDED", "该结对已结束", "this pair has ended", "pairId");
        }
        return new Crossings.Crossing(target, CrossingPurpose.PAIRING, l.grantId, scope(pairId), "pairing: " + what);
    }

    static String scope(long pairId) {
        return "pair:" + pairId;
    }

    private <R> R on(long pairId, boolean write, String what, Work<R> work) {
        Supplier<R> inFile = () -> TenantJpa.inCourt(jpa, em -> {
            PairEntity p = em.find(PairEntity.class, pairId);
            if (p == null) throw Checks.pairNotFound(pairId);
            return work.apply(em, p, seat(p));
        });
        boolean local = TenantJpa.inCourt(jpa, em -> em.find(PairEntity.class, pairId) != null);
        if (local) return inFile.get();
        RegisterEntity r = TenantJpa.inCourt(jpa, em -> em.find(RegisterEntity.class, pairId));
        String target;
        if (r != null) {
            target = r.menteeCourtId;
        } else {
            LinkEntity l = link(pairId);
            if (l == null || !"MENTOR".equals(l.side)) throw Checks.pairNotFound(pairId);
            target = l.partnerCourtId;
        }
        Crossings.Crossing c = crossingTo(pairId, target, write, what);
        return write ? crossings.write(c, inFile) : crossings.read(c, inFile);
    }

    private static Views.Seat seat(PairEntity p) {
        String home = CourtContext.current().homeCourtId();
        if (home.equals(p.menteeCourtId)) return Views.Seat.MENTEE;
        if (home.equals(p.mentorCourtId)) return Views.Seat.MENTOR;
        if (home.equals(p.issuerCourtId)) return Views.Seat.ISSUER;
        // a grant of this scope is held by the pair's courts only; anything else is a pair this court is not in
        throw Checks.pairNotFound(p.id);
    }


    /** 403 unless the caller's seat is one of {@code allowed}. */
    static void require(Views.Seat seat, Views.Seat... allowed) {
        if (!java.util.Arrays.asList(allowed).contains(seat)) {
            throw new ProblemException(403, "WRONG_SIDE", "本院在该结对中无权进行此操作（本院为：" + seat + "）",
                    "your court's side of the pair may not do this (your side: " + seat + ")");
        }
    }
}
