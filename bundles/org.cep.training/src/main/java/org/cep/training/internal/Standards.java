package org.cep.training.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
import org.cep.training.domain.Stage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * Unified procedures per enforcement stage. A court publishes its own; a higher court's publication is
 * shared with every court of its jurisdiction that has training on, by SHARE grants (scope
 * {@code standard:<STAGE>}). The applicable standard is the court's own, else the nearest higher
 * court's it holds a grant for; the high court's is the province's.
 */
@Component(service = Standards.class)
public class Standards {
    private final JpaTemplate jpa;
    private final AuditLog audit;
    private final Crossings crossings;
    private final CourtDirectory courts;

    @Activate
    public Standards(@Reference(target = "(osgi.unit.name=cep-training)") JpaTemplate jpa, @Reference AuditLog audit,
                     @Reference Crossings crossings, @Reference CourtDirectory courts) {
        this.jpa = jpa;
        this.audit = audit;
        this.crossings = crossings;
        this.courts = courts;
    }

    /** Publishes (or replaces) this court's standard for the stage; a higher court's goes to its jurisdiction. */
    Views.StandardView publish(String stageName, Views.StandardInput in) {
        Stage stage = Texts.stage(stageName, "stage");
        if (in == null) throw ProblemException.required("titleZh");
        String title = Texts.required(in.titleZh(), "titleZh", 200);
        List<String> steps = items(in.steps(), "steps", true);
        List<String> documents = items(in.requiredDocuments(), "requiredDocuments", false);
        List<String> deadlines = items(in.deadlines(), "deadlines", false);
        CourtContext ctx = CourtContext.current();
        String home = ctx.courtId();
        Views.StandardView published = TenantJpa.inCourt(jpa, em -> {
            StandardEntity s = em.createQuery("select s from StandardEntity s where s.stage = :s", StandardEntity.class)
                    .setParameter("s", stage.name()).getResultList().stream().findFirst().orElse(null);
            if (s == null) {
                s = new StandardEntity();
                s.stage = stage.name();
                s.revision = 0;
                em.persist(s);
            }
            s.revision++;
            s.titleZh = title;
            s.steps = Texts.json(steps);
            s.documents = Texts.json(documents);
            s.deadlines = Texts.json(deadlines);
            s.publishedBy = ctx.actor();
            s.publishedMicros = Micros.now();
            em.flush();
            audit.record("training.standard.published", "standard:" + stage, "revision=" + s.revision + " title=" + title);
            return view(home, s);
        });
        distribute(home, stage);
        return published;
    }

    List<Views.StandardView> own() {
        String home = CourtContext.current().courtId();
        return TenantJpa.inCourt(jpa, em -> em.createQuery("select s from StandardEntity s order by s.stage", StandardEntity.class)
                .getResultList().stream().map(s -> view(home, s)).toList());
    }

    /** Own, else the nearest higher court's (through its grant), else none: 404 NO_STANDARD. */
    Views.ApplicableStandard applicable(String stageName) {
        Stage stage = Texts.stage(stageName, "stage");
        String home = CourtContext.current().courtId();
        Optional<Views.StandardView> own = find(stage);
        if (own.isPresent()) return new Views.ApplicableStandard("OWN", home, name(home), own.get());
        List<Crossings.Grant> held = crossings.held(CrossingPurpose.SHARE, scope(stage), 1000).stream()
                .filter(g -> g.scope().equals(scope(stage))).toList();
        for (String higher = parent(home); higher != null; higher = parent(higher)) {
            String court = higher;
            Optional<Crossings.Grant> grant = held.stream().filter(g -> g.ownerCourtId().equals(court)).findFirst();
            if (grant.isEmpty()) continue;
            Optional<Views.StandardView> theirs = crossings.read(new Crossings.Crossing(court, CrossingPurpose.SHARE, grant.get().id(),
                    scope(stage), "read enforcement standard"), () -> find(stage));
            if (theirs.isPresent()) {
                boolean province = courts.court(court).map(c -> c.level() == CourtLevel.HIGH).orElse(false);
                return new Views.ApplicableStandard(province ? "PROVINCE" : "HIGHER_COURT", court, name(court), theirs.get());
            }
        }
        throw new ProblemException(404, "NO_STANDARD", "本院及上级法院均未发布该阶段的执行标准：" + stage.labelZh(),
                "neither your court nor a court above it has published a standard for " + stage.labelEn(), "stage");
    }

    /** Grants to the courts below that lack one in force; a republication renews nothing that is still open. */
    private void distribute(String home, Stage stage) {
        Set<String> on = new HashSet<>(courts.activeCourtsWith(Sharing.CAPABILITY));
        Set<String> holding = new HashSet<>();
        for (Crossings.Grant g : crossings.owned(CrossingPurpose.SHARE, scope(stage), 100_000)) {
            if (g.scope().equals(scope(stage))) holding.add(g.granteeCourtId());
        }
        Instant until = Instant.now().plus(Sharing.VALIDITY);
        List<Long> issued = new ArrayList<>();
        for (CourtDirectory.Court c : courts.jurisdiction(home)) {
            if (on.contains(c.id()) && c.active() && !holding.contains(c.id())) {
                issued.add(crossings.issue(new Crossings.NewGrant(CrossingPurpose.SHARE, home, c.id(), scope(stage), until,
                        "执行标准：" + stage.labelZh())).id());
            }
        }
        if (!issued.isEmpty()) {
            TenantJpa.inCourt(jpa, em -> {
                audit.record("training.standard.shared", "standard:" + stage, "courts=" + issued.size());
                return null;
            });
        }
    }

    private Optional<Views.StandardView> find(Stage stage) {
        String court = CourtContext.current().courtId();
        return TenantJpa.inCourt(jpa, em -> em.createQuery("select s from StandardEntity s where s.stage = :s", StandardEntity.class)
                .setParameter("s", stage.name()).getResultList().stream().findFirst().map(s -> view(court, s)));
    }

    private String parent(String courtId) {
        return courts.court(courtId).map(CourtDirectory.Court::parentId).orElse(null);
    }

    private String name(String courtId) {
        return courts.court(courtId).map(CourtDirectory.Court::nameZh).orElse(courtId);
    }

    private static String scope(Stage stage) {
        return "standard:" + stage.name();
    }

    private static List<String> items(List<String> given, String field, boolean required) {
        if (given == null || given.isEmpty()) {
            if (required) throw ProblemException.required(field);
            return List.of();
        }
        if (given.size() > 50) throw ProblemException.badField("TOO_MANY_ITEMS", field, field + " 最多 50 项", field + " takes at most 50 items");
        List<String> items = new ArrayList<>();
        for (String s : given) items.add(Texts.required(s, field, 1000));
        return items;
    }

    private static Views.StandardView view(String courtId, StandardEntity s) {
        TypeReference<List<String>> list = new TypeReference<>() { };
        return new Views.StandardView(courtId, s.stage, Stage.valueOf(s.stage).labelZh(), s.revision, s.titleZh, Texts.fromJson(s.steps, list),
                Texts.fromJson(s.documents, list), Texts.fromJson(s.deadlines, list), s.publishedBy, Micros.iso(s.publishedMicros));
    }
}
