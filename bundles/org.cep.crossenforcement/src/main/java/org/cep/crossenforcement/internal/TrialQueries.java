package org.cep.crossenforcement.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.cep.cases.api.CaseService;
import org.cep.platform.api.AuditLog;
import org.cep.platform.api.CourtContext;
import org.cep.platform.api.Micros;
import org.cep.platform.api.ProblemException;
import org.cep.platform.api.TenantJpa;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * When a judgment's wording is unclear, the enforcement department asks the trial department in writing;
 * the trial department answers, or issues a correcting ruling (裁定补正), by a deadline. Overdue ones are listed.
 */
@Component(service = TrialQueries.class)
public class TrialQueries {
    static final int LONGEST_DAYS = 90;

    private final JpaTemplate jpa;
    private final CaseService cases;
    private final AuditLog audit;

    record QueryInput(String question, LocalDate deadline) {
    }

    record AnswerInput(String kind, String answer) {
    }

    record QueryView(long id, long caseId, String question, String askedBy, String askedAt, LocalDate deadline, String status,
                     boolean overdue, String answerKind, String answer, String answeredBy, String answeredAt) {
        static QueryView of(QueryEntity q, LocalDate today) {
            return new QueryView(q.id, q.caseId, q.question, q.askedBy, Micros.iso(q.askedMicros), q.deadline, q.status,
                    "OPEN".equals(q.status) && today.isAfter(q.deadline), q.answerKind, q.answer, q.answeredBy, Micros.iso(q.answeredMicros));
        }
    }

    @Activate
    public TrialQueries(@Reference(target = "(osgi.unit.name=cep-cross-enforcement)") JpaTemplate jpa, @Reference CaseService cases,
                        @Reference AuditLog audit) {
        this.jpa = jpa;
        this.cases = cases;
        this.audit = audit;
    }

    QueryView ask(long caseId, QueryInput in) {
        if (in == null) throw ProblemException.required("question");
        String question = Checks.text(in.question(), "question", 4000);
        LocalDate today = Checks.today();
        if (in.deadline() == null) throw ProblemException.required("deadline");
        if (!in.deadline().isAfter(today) || in.deadline().isAfter(today.plusDays(LONGEST_DAYS))) {
            throw ProblemException.badField("INVALID_DEADLINE", "deadline", "答复期限须在今天之后且不超过 " + LONGEST_DAYS + " 日",
                    "deadline must be after today and within " + LONGEST_DAYS + " days");
        }
        cases.get(caseId);
        return TenantJpa.inCourt(jpa, em -> {
            QueryEntity q = new QueryEntity();
            q.caseId = caseId;
            q.question = question;
            q.askedBy = CourtContext.current().actor();
            q.askedMicros = Micros.now();
            q.deadline = in.deadline();
            q.status = "OPEN";
            em.persist(q);
            em.flush();
            audit.record("ce.trial-query.asked", "case:" + caseId, "query " + q.id + " deadline=" + q.deadline);
            return QueryView.of(q, today);
        });
    }

    List<QueryView> list(boolean overdueOnly) {
        LocalDate today = Checks.today();
        return TenantJpa.inCourt(jpa, em -> em.createQuery("select q from QueryEntity q order by q.id", QueryEntity.class).getResultList()
                .stream().map(q -> QueryView.of(q, today)).filter(v -> !overdueOnly || v.overdue()).collect(Collectors.toList()));
    }

    QueryView answer(long id, AnswerInput in) {
        String kind = in == null ? null : in.kind();
        if (!"ANSWER".equals(kind) && !"CORRECTING_RULING".equals(kind)) {
            throw ProblemException.badField("INVALID_VALUE", "kind", "kind 的取值须为：ANSWER, CORRECTING_RULING",
                    "kind must be one of: ANSWER, CORRECTING_RULING");
        }
        String answer = Checks.text(in.answer(), "answer", 4000);
        return TenantJpa.inCourt(jpa, em -> {
            QueryEntity q = em.find(QueryEntity.class, id);
            if (q == null) throw new ProblemException(404, "QUERY_NOT_FOUND", "未找到征询：" + id, "no such query: " + id, "queryId");
            em.lock(q, LockModeType.PESSIMISTIC_WRITE);
            if (!"OPEN".equals(q.status)) throw new ProblemException(409, "QUERY_ANSWERED", "该征询已答复", "this query is already answered");
            q.status = "ANSWERED";
            q.answerKind = kind;
            q.answer = answer;
            q.answeredBy = CourtContext.current().actor();
            q.answeredMicros = Micros.now();
            audit.record("ce.trial-query.answered", "case:" + q.caseId, "query " + id + " " + kind);
            return QueryView.of(q, Checks.today());
        });
    }
}
