package org.cep.pairing.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.cep.platform.api.AuditLog;
import org.cep.platform.api.CourtContext;
import org.cep.platform.api.CourtDirectory;
import org.cep.platform.api.CrossingPurpose;
import org.cep.platform.api.Crossings;
import org.cep.platform.api.Micros;
import org.cep.platform.api.ProblemException;
import org.cep.training.api.TrainingCatalog;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Inside a pair the mentor's training modules reach the mentee by default: one SHARE grant per module (the training
 * capability's own sharing mechanism, so the mentee finds them under {@code GET /training/shared}), recorded in the
 * pair's file. The mentor court may revoke them and share again.
 */
@Component(service = PairTraining.class)
public class PairTraining {
    static final String TRAINING = "training";

    private final Crossings crossings;
    private final CourtDirectory courts;
    private final TrainingCatalog catalog;
    private final PairFiles files;
    private final AuditLog audit;

    @Activate
    public PairTraining(@Reference Crossings crossings, @Reference CourtDirectory courts, @Reference TrainingCatalog catalog,
                        @Reference PairFiles files, @Reference AuditLog audit) {
        this.crossings = crossings;
        this.courts = courts;
        this.catalog = catalog;
        this.files = files;
        this.audit = audit;
    }

    /** Run by the high court when it makes the pair: it may issue grants between two courts of its jurisdiction. */
    void shareByDefault(long pairId, String mentor, String mentee, Instant until) {
        List<String> on = courts.activeCourtsWith(TRAINING);
        if (!on.contains(mentor) || !on.contains(mentee)) return;
        List<TrainingCatalog.ModuleRef> modules = crossings.read(new Crossings.Crossing(mentor, CrossingPurpose.SUPERVISION, null,
                PairFiles.scope(pairId), "pairing: the mentor's training modules"), catalog::modules);
        record(pairId, issue(modules, Set.of(), mentor, mentee, until, pairId));
    }

    /** The mentor court shares its current modules (those not shared in this pair yet) with the mentee. */
    List<Views.PairShareView> share(long pairId) {
        Views.PairView pair = mentorSide(pairId);
        if (!courts.activeCourtsWith(TRAINING).contains(pair.menteeCourtId())) {
            throw new ProblemException(409, "TRAINING_OFF", "受援法院未开通培训功能", "the mentee court has not switched training on");
        }
        Set<Long> already = new HashSet<>();
        shares(pairId).stream().filter(s -> s.revokedAt() == null).forEach(s -> already.add(s.moduleId()));
        Instant until = java.time.Instant.now().plus(java.time.Duration.ofDays(Pairs.LONGEST_DAYS));
        Instant end = pair.endDate().plusDays(1).atStartOfDay(Checks.COURT_ZONE).toInstant();
        record(pairId, issue(catalog.modules(), already, pair.mentorCourtId(), pair.menteeCourtId(), end.isBefore(until) ? end : until, pairId));
        return shares(pairId);
    }

    /** The mentor court revokes every module shared in the pair; the mentee's drill results stay where they are. */
    List<Views.PairShareView> revoke(long pairId, Views.RevokeInput in) {
        String reason = Checks.text(in == null ? null : in.reason(), "reason", 500);
        mentorSide(pairId);
        List<Long> grants = files.read(pairId, "pair shares", (em, p, seat) -> open(em, pairId).stream().map(s -> s.grantId).toList());
        for (Long g : grants) {
            try {
                crossings.revoke(g, reason);
            } catch (ProblemException e) {
                if (!"GRANT_ALREADY_REVOKED".equals(e.code())) throw e;
            }
        }
        String actor = CourtContext.current().actor();
        files.write(pairId, "revoke shared modules", (em, p, seat) -> {
            for (ShareEntity s : open(em, pairId)) {
                s.revokedMicros = Micros.now();
                s.revokedBy = actor;
            }
            p.trainingShared = false;
            audit.record("pairing.training.revoked", PairFiles.scope(pairId), "grants=" + grants.size() + " reason=" + reason);
            return null;
        });
        return shares(pairId);
    }

    List<Views.PairShareView> shares(long pairId) {
        return files.read(pairId, "pair shares", (em, p, seat) -> em.createQuery("select s from ShareEntity s where s.pairId = :p order by s.id",
                ShareEntity.class).setParameter("p", pairId).getResultList().stream().map(Views.PairShareView::of).toList());
    }

    static List<ShareEntity> open(EntityManager em, long pairId) {
        return em.createQuery("select s from ShareEntity s where s.pairId = :p and s.revokedMicros is null", ShareEntity.class)
                .setParameter("p", pairId).getResultList();
    }

    private Views.PairView mentorSide(long pairId) {
        Views.PairView pair = files.read(pairId, "pair", (em, p, seat) -> {
            PairFiles.require(seat, Views.Seat.MENTOR);
            if (!"ACTIVE".equals(p.status)) throw new ProblemException(409, "PAIR_ENDED", "该结对已结束", "this pair has ended", "pairId");
            return new Views.PairView(p.id, seat.name(), p.issuerCourtId, p.mentorCourtId, null, p.menteeCourtId, null, p.startDate,
                    p.endDate, List.of(), null, p.status, null, p.trainingShared, 0, 0, 0, 0);
        });
        return pair;
    }

    private record Issued(long moduleId, String titleZh, long grantId) {
    }

    private List<Issued> issue(List<TrainingCatalog.ModuleRef> modules, Set<Long> skip, String mentor, String mentee, Instant until,
                               long pairId) {
        List<Issued> issued = new ArrayList<>();
        for (TrainingCatalog.ModuleRef m : modules) {
            if (skip.contains(m.id())) continue;
            long g = crossings.issue(new Crossings.NewGrant(CrossingPurpose.SHARE, mentor, mentee, "module:" + m.id(), until,
                    m.titleZh() + "（结对帮扶 " + pairId + "）")).id();
            issued.add(new Issued(m.id(), m.titleZh(), g));
        }
        return issued;
    }

    private void record(long pairId, List<Issued> issued) {
        files.write(pairId, "training modules shared", (em, p, seat) -> {
            for (Issued i : issued) {
                ShareEntity s = new ShareEntity();
                s.pairId = pairId;
                s.moduleId = i.moduleId();
                s.titleZh = i.titleZh();
                s.grantId = i.grantId();
                s.sharedMicros = Micros.now();
                em.persist(s);
            }
            p.trainingShared = true;
            audit.record("pairing.training.shared", PairFiles.scope(pairId), "modules=" + issued.size());
            return null;
        });
    }
}
