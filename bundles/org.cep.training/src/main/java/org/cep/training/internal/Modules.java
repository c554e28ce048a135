package org.cep.training.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.cep.platform.api.AuditLog;
import org.cep.platform.api.CourtContext;
import org.cep.platform.api.Micros;
import org.cep.platform.api.ProblemException;
import org.cep.platform.api.TenantJpa;
import org.cep.training.domain.Changes;
import org.cep.training.domain.Scoring;
import org.cep.training.domain.Stage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * A court's modules: every edit publishes a new version and keeps the earlier ones readable, with who
 * published it and which fields changed; drill questions on a module. Every method works in the court
 * bound to the thread, so a crossing (a partner court reading a shared module) runs the same code.
 */
@Component(service = Modules.class)
public class Modules {
    static final int BODY_MAX = 100_000;
    static final int MAX_QUESTIONS = 100;

    private final JpaTemplate jpa;
    private final AuditLog audit;

    @Activate
    public Modules(@Reference(target = "(osgi.unit.name=cep-training)") JpaTemplate jpa, @Reference AuditLog audit) {
        this.jpa = jpa;
        this.audit = audit;
    }

    Views.ModuleView create(Views.ModuleInput in) {
        Changes.Content content = content(in);
        String note = Texts.optional(in.changeNote(), "changeNote", 500);
        return create(content, note, List.of(), "training.module.created", "");
    }

    /**
     * A module at version 1 with its drill questions, in one transaction (an import writes all of it or nothing).
     * Inputs are validated before: see {@link #content} and {@link #validQuestion}.
     */
    Views.ModuleView create(Changes.Content content, String note, List<ValidQuestion> questions, String action, String detail) {
        String author = CourtContext.current().actor();
        if (questions.size() > MAX_QUESTIONS) {
            throw new ProblemException(409, "TOO_MANY_QUESTIONS", "每个模块最多 " + MAX_QUESTIONS + " 道题",
                    "a module takes at most " + MAX_QUESTIONS + " questions");
        }
        return TenantJpa.inCourt(jpa, em -> {
            ModuleEntity m = new ModuleEntity();
            m.currentVersion = 1;
            m.titleZh = content.titleZh();
            m.stages = Texts.joinStages(content.stages());
            m.createdBy = author;
            m.createdMicros = Micros.now();
            em.persist(m);
            em.flush();
            ModuleVersionEntity v = publish(em, m, 1, content, Changes.between(null, content), note, author);
            for (ValidQuestion q : questions) persistQuestion(em, m.id, q, author);
            audit.record(action, "module:" + m.id, "version=1 title=" + content.titleZh() + (questions.isEmpty() ? "" : " questions=" + questions.size())
                    + detail);
            return Views.ModuleView.of(CourtContext.current().courtId(), m, v);
        });
    }

    /** A new version; {@code baseVersion}, when given, must still be the current one (else someone published in between). */
    Views.ModuleView newVersion(long moduleId, Views.ModuleInput in) {
        Changes.Content content = content(in);
        String note = Texts.required(in.changeNote(), "changeNote", 500);
        String author = CourtContext.current().actor();
        return TenantJpa.inCourt(jpa, em -> {
            ModuleEntity m = module(em, moduleId);
            em.lock(m, LockModeType.PESSIMISTIC_WRITE);
            if (in.baseVersion() != null && in.baseVersion() != m.currentVersion) {
                throw new ProblemException(409, "STALE_VERSION", "该模块已有更新的版本 " + m.currentVersion + "，请先查看再修改",
                        "the module is now at version " + m.currentVersion + "; read it before changing it", "baseVersion");
            }
            ModuleVersionEntity previous = version(em, moduleId, m.currentVersion);
            List<String> changed = Changes.between(contentOf(previous), content);
            if (changed.isEmpty()) {
                throw ProblemException.badField("NOTHING_CHANGED", "bodyZh", "新版本与当前版本内容相同", "the new version changes nothing");
            }
            int number = m.currentVersion + 1;
            m.currentVersion = number;
            m.titleZh = content.titleZh();
            m.stages = Texts.joinStages(content.stages());
            ModuleVersionEntity v = publish(em, m, number, content, changed, note, author);
            audit.record("training.module.versioned", "module:" + m.id, "version=" + number + " changed=" + String.join(",", changed));
            return Views.ModuleView.of(CourtContext.current().courtId(), m, v);
        });
    }

    List<Views.ModuleSummary> list(String stage) {
        String filter = stage == null ? null : Texts.stage(stage, "stage").name();
        return TenantJpa.inCourt(jpa, em -> em.createQuery("select m from ModuleEntity m order by m.id desc", ModuleEntity.class)
                .setMaxResults(1000).getResultList().stream()
                .filter(m -> filter == null || Texts.splitStages(m.stages).contains(filter))
                .map(Views.ModuleSummary::of).toList());
    }

    /** The current version, or the numbered one. */
    Views.ModuleView get(long moduleId, Integer number) {
        String court = CourtContext.current().courtId();
        return TenantJpa.inCourt(jpa, em -> {
            ModuleEntity m = module(em, moduleId);
            return Views.ModuleView.of(court, m, version(em, moduleId, number == null ? m.currentVersion : number));
        });
    }

    List<Views.VersionSummary> versions(long moduleId) {
        return TenantJpa.inCourt(jpa, em -> {
            module(em, moduleId);
            return em.createQuery("select v from ModuleVersionEntity v where v.moduleId = :m order by v.number desc", ModuleVersionEntity.class)
                    .setParameter("m", moduleId).getResultList().stream().map(Views.VersionSummary::of).toList();
        });
    }

    Views.QuestionView addQuestion(long moduleId, Views.QuestionInput in) {
        ValidQuestion valid = validQuestion(in);
        String actor = CourtContext.current().actor();
        return TenantJpa.inCourt(jpa, em -> {
            ModuleEntity m = module(em, moduleId);
            em.lock(m, LockModeType.PESSIMISTIC_WRITE);
            long count = em.createQuery("select count(q) from QuestionEntity q where q.moduleId = :m", Long.class)
                    .setParameter("m", moduleId).getSingleResult();
            if (count >= MAX_QUESTIONS) {
                throw new ProblemException(409, "TOO_MANY_QUESTIONS", "每个模块最多 " + MAX_QUESTIONS + " 道题",
                        "a module takes at most " + MAX_QUESTIONS + " questions");
            }
            QuestionEntity q = persistQuestion(em, moduleId, valid, actor);
            audit.record("training.question.added", "module:" + moduleId, "question=" + q.id);
            return Views.QuestionView.of(q);
        });
    }

    /** A drill question that passed every input rule. */
    record ValidQuestion(Scoring.Kind kind, String prompt, List<String> options, Set<Integer> correct, String explanation) {
    }

    static ValidQuestion validQuestion(Views.QuestionInput in) {
        if (in == null) throw ProblemException.required("prompt");
        Scoring.Kind kind = kind(in.kind());
        String prompt = Texts.required(in.prompt(), "prompt", 1000);
        List<String> options = options(in.options());
        Set<Integer> correct = correct(kind, in.correct(), options.size());
        return new ValidQuestion(kind, prompt, options, correct, Texts.required(in.explanation(), "explanation", 2000));
    }

    private static QuestionEntity persistQuestion(EntityManager em, long moduleId, ValidQuestion valid, String actor) {
        QuestionEntity q = new QuestionEntity();
        q.moduleId = moduleId;
        q.kind = valid.kind().name();
        q.prompt = valid.prompt();
        q.options = Texts.json(valid.options());
        q.correct = String.join(",", valid.correct().stream().map(String::valueOf).toList());
        q.explanation = valid.explanation();
        q.addedBy = actor;
        em.persist(q);
        em.flush();
        return q;
    }

    /** The current version and the drill with its answers, read in one transaction: what an export packs. */
    Snapshot snapshot(long moduleId) {
        String court = CourtContext.current().courtId();
        return TenantJpa.inCourt(jpa, em -> {
            ModuleEntity m = module(em, moduleId);
            return new Snapshot(Views.ModuleView.of(court, m, version(em, moduleId, m.currentVersion)),
                    questionRows(em, moduleId).stream().map(Views.QuestionView::of).toList());
        });
    }

    record Snapshot(Views.ModuleView module, List<Views.QuestionView> questions) {
    }

    /** Questions with their model answers: for the module's own trainers. */
    List<Views.QuestionView> questions(long moduleId) {
        return TenantJpa.inCourt(jpa, em -> {
            module(em, moduleId);
            return questionRows(em, moduleId).stream().map(Views.QuestionView::of).toList();
        });
    }

    /** What a taker sees: the questions without the answers. */
    Views.Drill drill(long moduleId) {
        String court = CourtContext.current().courtId();
        return TenantJpa.inCourt(jpa, em -> {
            ModuleEntity m = module(em, moduleId);
            return new Views.Drill(court, m.id, m.currentVersion, m.titleZh,
                    questionRows(em, moduleId).stream().map(Views.DrillQuestion::of).toList());
        });
    }

    /** Everything needed to score an attempt, read in the module's court. */
    AnswerKey answerKey(long moduleId) {
        String court = CourtContext.current().courtId();
        return TenantJpa.inCourt(jpa, em -> {
            ModuleEntity m = module(em, moduleId);
            return new AnswerKey(court, m.id, m.currentVersion, m.titleZh, questionRows(em, moduleId).stream().map(Views.QuestionView::of).toList());
        });
    }

    record AnswerKey(String courtId, long moduleId, int version, String titleZh, List<Views.QuestionView> questions) {
    }

    static ModuleEntity module(EntityManager em, long moduleId) {
        ModuleEntity m = em.find(ModuleEntity.class, moduleId);
        if (m == null) throw ProblemException.notFound("培训模块", "training module", String.valueOf(moduleId));
        return m;
    }

    private static ModuleVersionEntity version(EntityManager em, long moduleId, int number) {
        return em.createQuery("select v from ModuleVersionEntity v where v.moduleId = :m and v.number = :n", ModuleVersionEntity.class)
                .setParameter("m", moduleId).setParameter("n", number).getResultList().stream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("模块版本", "module version", moduleId + "/" + number));
    }

    private static List<QuestionEntity> questionRows(EntityManager em, long moduleId) {
        return em.createQuery("select q from QuestionEntity q where q.moduleId = :m order by q.id", QuestionEntity.class)
                .setParameter("m", moduleId).getResultList();
    }

    private static ModuleVersionEntity publish(EntityManager em, ModuleEntity m, int number, Changes.Content c, List<String> changed,
                                               String note, String author) {
        ModuleVersionEntity v = new ModuleVersionEntity();
        v.moduleId = m.id;
        v.number = number;
        v.titleZh = c.titleZh();
        v.titleEn = c.titleEn();
        v.bodyZh = c.bodyZh();
        v.bodyEn = c.bodyEn();
        v.stages = Texts.joinStages(c.stages());
        v.changed = String.join(",", changed);
        v.changeNote = note;
        v.author = author;
        v.createdMicros = Micros.now();
        em.persist(v);
        return v;
    }

    static Changes.Content content(Views.ModuleInput in) {
        if (in == null) throw ProblemException.required("titleZh");
        return new Changes.Content(Texts.required(in.titleZh(), "titleZh", 200), Texts.optional(in.titleEn(), "titleEn", 200),
                Texts.required(in.bodyZh(), "bodyZh", BODY_MAX), Texts.optional(in.bodyEn(), "bodyEn", BODY_MAX), Texts.stages(in.stages()));
    }

    private static Changes.Content contentOf(ModuleVersionEntity v) {
        Set<Stage> stages = new LinkedHashSet<>();
        for (String s : Texts.splitStages(v.stages)) stages.add(Stage.valueOf(s));
        return new Changes.Content(v.titleZh, v.titleEn, v.bodyZh, v.bodyEn, stages);
    }

    private static Scoring.Kind kind(String kind) {
        if (kind == null) throw ProblemException.required("kind");
        try {
            return Scoring.Kind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField("INVALID_VALUE", "kind", "题型须为 SINGLE 或 MULTIPLE", "kind must be SINGLE or MULTIPLE");
        }
    }

    private static List<String> options(List<String> given) {
        if (given == null || given.size() < 2 || given.size() > 10) {
            throw ProblemException.badField("INVALID_OPTIONS", "options", "选项须为 2-10 个", "give 2-10 options");
        }
        List<String> options = new ArrayList<>();
        for (String o : given) options.add(Texts.required(o, "options", 300));
        return options;
    }

    private static Set<Integer> correct(Scoring.Kind kind, List<Integer> given, int optionCount) {
        Set<Integer> correct = new TreeSet<>();
        for (Integer i : given == null ? List.<Integer>of() : given) {
            if (i == null || i < 0 || i >= optionCount) {
                throw ProblemException.badField("INVALID_ANSWER", "correct", "标准答案须为选项序号（从 0 开始）", "correct answers are option indexes from 0");
            }
            correct.add(i);
        }
        if (correct.isEmpty() || kind == Scoring.Kind.SINGLE && correct.size() != 1) {
            throw ProblemException.badField("INVALID_ANSWER", "correct", "单选题须有一个标准答案，多选题至少一个",
                    "a single-choice question has exactly one correct option, a multiple-choice one at least one");
        }
        return correct;
    }

    static List<String> optionsOf(QuestionEntity q) {
        return Texts.fromJson(q.options, new TypeReference<List<String>>() { });
    }
}
