package org.cep.training.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.aries.jpa.template.JpaTemplate;
import org.cep.platform.api.AuditLog;
import org.cep.platform.api.CourtContext;
import org.cep.platform.api.CourtDirectory;
import org.cep.platform.api.CourtLevel;
import org.cep.platform.api.CrossingPurpose;
import org.cep.platform.api.Crossings;
import org.cep.platform.api.Micros;
import org.cep.platform.api.ProblemException;
import org.cep.platform.api.TenantJpa;
import org.cep.training.domain.Province;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Sharing a module is issuing SHARE grants (scope {@code module:<id>}) to partner courts through the
 * platform's crossing service; province-wide means one grant to every court of the province that has
 * training switched on at that moment. A receiving court reads, adopts and drills only through a
 * read crossing under its grant, so unsharing (revoking the grants) stops access at once.
 */
@Component(service = Sharing.class)
public class Sharing {
    static final String CAPABILITY = "training";
    /** The platform's longest grant: a share is renewed by sharing again. */
    static final Duration VALIDITY = Duration.ofDays(365);
    /** Far above what a province gives one court (about 200 courts sharing 20 modules each). */
    static final int SHARED_MAX = 20_000;

    private final JpaTemplate jpa;
    private final AuditLog audit;
    private final Crossings crossings;
    private final CourtDirectory courts;
    private final Modules modules;
    private final Drills drills;

    @Activate
    public Sharing(@Reference(target = "(osgi.unit.name=cep-training)") JpaTemplate jpa, @Reference AuditLog audit,
                   @Reference Crossings crossings, @Reference CourtDirectory courts, @Reference Modules modules, @Reference Drills drills) {
        this.jpa = jpa;
        this.audit = audit;
        this.crossings = crossings;
        this.courts = courts;
        this.modules = modules;
        this.drills = drills;
    }

    /** Every target is checked before the first grant is issued, so bad input issues none. */
    List<Views.ShareView> share(long moduleId, Views.ShareInput in) {
        String home = CourtContext.current().courtId();
        boolean province = in != null && Boolean.TRUE.equals(in.provinceWide());
        List<String> named = in == null || in.courtIds() == null ? List.of() : in.courtIds();
        if (!province && named.isEmpty()) throw ProblemException.required("courtIds");
        if (named.size() > 500) throw ProblemException.badField("TOO_MANY_COURTS", "courtIds", "一次最多 500 个法院", "at most 500 courts at once");
        Set<String> on = new LinkedHashSet<>(courts.activeCourtsWith(CAPABILITY));
        Set<String> targets = new LinkedHashSet<>();
        for (String id : named) {
            CourtDirectory.Court c = courts.court(id == null ? "" : id).filter(CourtDirectory.Court::active).orElseThrow(() ->
                    ProblemException.courtNotFound(id, "courtIds"));
            if (c.id().equals(home)) {
                throw ProblemException.badField("SAME_COURT", "courtIds", "不能与本院自身共享", "a court does not share with itself");
            }
            if (!on.contains(c.id())) {
                throw ProblemException.badField("TRAINING_OFF", "courtIds", "该法院未开通培训功能：" + id, "that court has not switched training on: " + id);
            }
            targets.add(c.id());
        }
        if (province) targets.addAll(provinceCourts(home, on));
        targets.remove(home);
        Views.ModuleView module = modules.get(moduleId, null);
        Set<String> already = active(moduleId).stream().map(s -> s.granteeCourtId).collect(Collectors.toSet());
        targets.removeAll(already);
        Instant until = Instant.now().plus(VALIDITY);
        List<Crossings.Grant> issued = new ArrayList<>();
        for (String target : targets) {
            issued.add(crossings.issue(new Crossings.NewGrant(CrossingPurpose.SHARE, home, target, scope(moduleId), until,
                    module.titleZh())));
        }
        String actor = CourtContext.current().actor();
        return TenantJpa.inCourt(jpa, em -> {
            List<Views.ShareView> views = new ArrayList<>();
            for (Crossings.Grant g : issued) {
                ShareEntity s = new ShareEntity();
                s.moduleId = moduleId;
                s.granteeCourtId = g.granteeCourtId();
                s.grantId = g.id();
                s.provinceWide = province && !named.contains(g.granteeCourtId());
                s.sharedBy = actor;
                s.sharedMicros = Micros.now();
                s.validUntil = Micros.of(until);
                em.persist(s);
                em.flush();
                views.add(Views.ShareView.of(s));
            }
            audit.record("training.module.shared", "module:" + moduleId, "courts=" + issued.size() + (province ? " province-wide" : "")
                    + " grants=" + issued.stream().map(g -> String.valueOf(g.id())).collect(Collectors.joining(",")));
            return views;
        });
    }

    /** Revokes the grants (all of the module's, or those to the named courts); records of past drills stay where they are. */
    List<Views.ShareView> unshare(long moduleId, Views.UnshareInput in) {
        String reason = Texts.required(in == null ? null : in.reason(), "reason", 500);
        modules.get(moduleId, null);
        List<ShareEntity> open = active(moduleId).stream()
                .filter(s -> in.courtIds() == null || in.courtIds().isEmpty() || in.courtIds().contains(s.granteeCourtId)).toList();
        for (ShareEntity s : open) {
            try {
                crossings.revoke(s.grantId, reason);
            } catch (ProblemException e) {
                // revoked already through the platform's grant endpoints: the record catches up below
                if (!"GRANT_ALREADY_REVOKED".equals(e.code())) throw e;
            }
        }
        String actor = CourtContext.current().actor();
        return TenantJpa.inCourt(jpa, em -> {
            List<Views.ShareView> views = new ArrayList<>();
            for (ShareEntity o : open) {
                ShareEntity s = em.find(ShareEntity.class, o.id);
                s.revokedBy = actor;
                s.revokedMicros = Micros.now();
                views.add(Views.ShareView.of(s));
            }
            audit.record("training.module.unshared", "module:" + moduleId, "courts=" + views.size() + " reason=" + reason);
            return views;
        });
    }

    List<Views.ShareView> shares(long moduleId) {
        modules.get(moduleId, null);
        return TenantJpa.inCourt(jpa, em -> em.createQuery("select s from ShareEntity s where s.moduleId = :m order by s.id", ShareEntity.class)
                .setParameter("m", moduleId).getResultList().stream().map(Views.ShareView::of).toList());
    }

    /**
     * Modules other courts share with this one: its SHARE grants in force, from one indexed query of the crossing
     * service (no cut at a few hundred grants: a court of a province where every court shares gets thousands).
     */
    List<Views.SharedWithMe> sharedWithMe() {
        Map<String, Integer> adopted = adoptions().stream().collect(Collectors.toMap(a -> a.ownerCourtId + "/" + a.moduleId,
                a -> a.adoptedVersion));
        List<Crossings.HeldGrant> grants = crossings.heldBrief(CrossingPurpose.SHARE, "module:", SHARED_MAX);
        Map<String, String> names = courts.namesZh(grants.stream().map(Crossings.HeldGrant::ownerCourtId).collect(Collectors.toSet()));
        return grants.stream()
                .map(g -> {
                    long module = Long.parseLong(g.scope().substring("module:".length()));
                    return new Views.SharedWithMe(g.id(), g.ownerCourtId(), names.getOrDefault(g.ownerCourtId(), g.ownerCourtId()), module,
                            g.note(), g.validUntil(), adopted.get(g.ownerCourtId() + "/" + module));
                }).toList();
    }

    Views.SharedModule read(String courtId, long moduleId, Long grant, Integer version) {
        Views.ModuleView m = crossings.read(crossing(courtId, moduleId, grant, "read training module"), () -> modules.get(moduleId, version));
        Integer adopted = adoption(courtId, moduleId);
        return new Views.SharedModule(m.courtId(), courtName(m.courtId()), grant, m, m.currentVersion(), adopted,
                adopted != null && adopted < m.currentVersion());
    }

    /** Adopts (or updates to) the current version; the adoption is this court's record. */
    Views.AdoptionView adopt(String courtId, long moduleId, Long grant) {
        Views.ModuleView m = crossings.read(crossing(courtId, moduleId, grant, "adopt training module"), () -> modules.get(moduleId, null));
        String actor = CourtContext.current().actor();
        return TenantJpa.inCourt(jpa, em -> {
            AdoptionEntity a = em.createQuery("select a from AdoptionEntity a where a.ownerCourtId = :o and a.moduleId = :m", AdoptionEntity.class)
                    .setParameter("o", courtId).setParameter("m", moduleId).getResultList().stream().findFirst().orElse(null);
            Integer before = a == null ? null : a.adoptedVersion;
            if (a == null) {
                a = new AdoptionEntity();
                a.ownerCourtId = courtId;
                a.moduleId = moduleId;
                em.persist(a);
            }
            a.grantId = grant;
            a.titleZh = m.titleZh();
            a.adoptedVersion = m.currentVersion();
            a.adoptedBy = actor;
            a.adoptedMicros = Micros.now();
            em.flush();
            audit.record("training.module.adopted", "module:" + courtId + "/" + moduleId,
                    "version=" + a.adoptedVersion + (before == null ? "" : " previous=" + before) + " grant=" + grant);
            return adoptionView(a, m.currentVersion());
        });
    }

    /** This court's adoptions, each checked against the owner's current version (a crossing per adoption). */
    List<Views.AdoptionView> adopted() {
        List<Views.AdoptionView> views = new ArrayList<>();
        for (AdoptionEntity a : adoptions()) {
            Integer latest;
            try {
                latest = crossings.read(crossing(a.ownerCourtId, a.moduleId, a.grantId, "check training module version"),
                        () -> modules.get(a.moduleId, null).currentVersion());
            } catch (ProblemException e) {
                latest = null;
            }
            views.add(adoptionView(a, latest));
        }
        return views;
    }

    Views.Drill drill(String courtId, long moduleId, Long grant) {
        return crossings.read(crossing(courtId, moduleId, grant, "read training drill"), () -> modules.drill(moduleId));
    }

    /** The answer key is read in the owning court; the attempt is kept in this one. */
    Views.AttemptView attempt(String courtId, long moduleId, Long grant, Views.AttemptInput in) {
        Modules.AnswerKey key = crossings.read(crossing(courtId, moduleId, grant, "score training drill"), () -> modules.answerKey(moduleId));
        return drills.submit(key, in);
    }

    private static Views.AdoptionView adoptionView(AdoptionEntity a, Integer latest) {
        return new Views.AdoptionView(a.ownerCourtId, a.moduleId, a.grantId, a.titleZh, a.adoptedVersion, latest,
                latest != null && latest > a.adoptedVersion, latest != null, a.adoptedBy, Micros.iso(a.adoptedMicros));
    }

    private List<AdoptionEntity> adoptions() {
        return TenantJpa.readInCourt(jpa, em -> em.createQuery("select a from AdoptionEntity a order by a.id", AdoptionEntity.class)
                .setMaxResults(1000).getResultList());
    }

    private Integer adoption(String courtId, long moduleId) {
        return TenantJpa.inCourt(jpa, em -> em.createQuery("select a.adoptedVersion from AdoptionEntity a where a.ownerCourtId = :o"
                + " and a.moduleId = :m", Integer.class).setParameter("o", courtId).setParameter("m", moduleId).getResultList()
                .stream().findFirst().orElse(null));
    }

    /** Shares not revoked and not expired. */
    private List<ShareEntity> active(long moduleId) {
        long now = Micros.now();
        return TenantJpa.inCourt(jpa, em -> em.createQuery("select s from ShareEntity s where s.moduleId = :m and s.revokedMicros is null"
                + " and s.validUntil > :now", ShareEntity.class).setParameter("m", moduleId).setParameter("now", now).getResultList());
    }

    /** The high court over this one and every court of its jurisdiction that has training on. */
    private List<String> provinceCourts(String home, Set<String> on) {
        Function<String, java.util.Optional<Province.Court>> lookup = id -> courts.court(id)
                .map(c -> new Province.Court(c.id(), c.parentId(), c.level() == CourtLevel.HIGH));
        String high = Province.highCourtOf(home, lookup).orElseThrow(() -> new ProblemException(409, "NO_PROVINCE",
                "本院不在任何高级法院辖区内，无法全省共享", "your court is under no high court: share with named courts instead"));
        List<String> all = new ArrayList<>();
        all.add(high);
        courts.jurisdiction(high).forEach(c -> all.add(c.id()));
        return all.stream().filter(on::contains).toList();
    }

    private String courtName(String courtId) {
        return courts.court(courtId).map(CourtDirectory.Court::nameZh).orElse(courtId);
    }

    private static String scope(long moduleId) {
        return "module:" + moduleId;
    }

    private static Crossings.Crossing crossing(String courtId, long moduleId, Long grant, String what) {
        if (courtId == null || courtId.isBlank()) throw ProblemException.required("courtId");
        return new Crossings.Crossing(courtId, CrossingPurpose.SHARE, grant, scope(moduleId), what);
    }
}
