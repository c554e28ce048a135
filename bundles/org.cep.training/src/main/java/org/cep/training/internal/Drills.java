package org.cep.training.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.aries.jpa.template.JpaTemplate;
import org.cep.platform.api.AuditLog;
import org.cep.platform.api.CourtContext;
import org.cep.platform.api.Micros;
import org.cep.platform.api.ProblemException;
import org.cep.platform.api.TenantJpa;
import org.cep.training.domain.Scoring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Scoring an attempt against a module's answer key and keeping it in the taker's own court; the court's completion. */
@Component(service = Drills.class)
public class Drills {
    static final int MAX_ANSWERS = Modules.MAX_QUESTIONS;

    private final JpaTemplate jpa;
    private final AuditLog audit;

    @Activate
    public Drills(@Reference(target = "(osgi.unit.name=cep-training)") JpaTemplate jpa, @Reference AuditLog audit) {
        this.jpa = jpa;
        this.audit = audit;
    }

    /** Must run in the taker's court (never inside a crossing): the key was read before, in the module's court. */
    Views.AttemptView submit(Modules.AnswerKey key, Views.AttemptInput in) {
        List<Views.Answer> answers = in == null || in.answers() == null ? List.of() : in.answers();
        if (answers.size() > MAX_ANSWERS) {
            throw ProblemException.badField("TOO_MANY_ANSWERS", "answers", "答案过多", "too many answers");
        }
        if (key.questions().isEmpty()) {
            throw new ProblemException(409, "DRILL_EMPTY", "该模块尚无演练题", "this module has no drill questions yet");
        }
        Scoring.Result result;
        try {
            result = Scoring.score(key.questions().stream().map(q -> new Scoring.Question(q.id(), Scoring.Kind.valueOf(q.kind()),
                    q.options().size(), new TreeSet<>(q.correct()))).toList(),
                    answers.stream().map(a -> a == null ? null : new Scoring.Answer(a.questionId(), a.chosen())).toList());
        } catch (Scoring.Refusal r) {
            throw ProblemException.fromBilingual(400, r.code(), "answers", r.getMessage());
        }
        CourtContext ctx = CourtContext.current();
        Map<Long, Views.QuestionView> byId = new LinkedHashMap<>();
        for (Views.QuestionView q : key.questions()) byId.put(q.id(), q);
        List<Views.Mark> marks = new ArrayList<>();
        for (Scoring.Mark m : result.marks()) {
            Views.QuestionView q = byId.get(m.questionId());
            marks.add(new Views.Mark(m.questionId(), List.copyOf(m.chosen()), m.correct(), q.correct(), q.explanation()));
        }
        return TenantJpa.inCourt(jpa, em -> {
            AttemptEntity a = new AttemptEntity();
            a.ownerCourtId = key.courtId();
            a.moduleId = key.moduleId();
            a.moduleVersion = key.version();
            a.moduleTitle = key.titleZh();
            a.taker = ctx.actor();
            a.score = result.score();
            a.maxScore = result.maxScore();
            a.answers = Texts.json(marks.stream().map(m -> Map.of("q", m.questionId(), "chosen", m.chosen())).toList());
            a.takenMicros = Micros.now();
            em.persist(a);
            em.flush();
            audit.record("training.drill.taken", "module:" + key.courtId() + "/" + key.moduleId(),
                    "attempt=" + a.id + " score=" + a.score + "/" + a.maxScore);
            return new Views.AttemptView(a.id, a.ownerCourtId, a.moduleId, a.moduleVersion, a.moduleTitle, a.taker, a.score, a.maxScore,
                    result.percent(), Micros.iso(a.takenMicros), marks);
        });
    }

    /** Per officer and module (of any court): attempts, best score, last attempt. Only this court's attempts. */
    List<Views.Completion> completion(String taker) {
        return TenantJpa.inCourt(jpa, em -> {
            var q = em.createQuery("select a.taker, a.ownerCourtId, a.moduleId, count(a), max(a.score), max(a.maxScore), max(a.takenMicros)"
                    + " from AttemptEntity a" + (taker == null ? "" : " where a.taker = :t")
                    + " group by a.taker, a.ownerCourtId, a.moduleId order by a.taker, a.ownerCourtId, a.moduleId", Object[].class);
            if (taker != null) q.setParameter("t", taker);
            List<Views.Completion> rows = new ArrayList<>();
            for (Object[] r : q.setMaxResults(5000).getResultList()) {
                String owner = (String) r[1];
                long module = ((Number) r[2]).longValue();
                rows.add(new Views.Completion((String) r[0], owner, module, title(em, owner, module), ((Number) r[3]).longValue(),
                        ((Number) r[4]).intValue(), ((Number) r[5]).intValue(), Micros.iso(((Number) r[6]).longValue())));
            }
            return rows;
        });
    }

    private static String title(javax.persistence.EntityManager em, String owner, long module) {
        return em.createQuery("select a.moduleTitle from AttemptEntity a where a.ownerCourtId = :o and a.moduleId = :m order by a.id desc",
                String.class).setParameter("o", owner).setParameter("m", module).setMaxResults(1).getResultList().stream()
                .findFirst().orElse("");
    }
}
