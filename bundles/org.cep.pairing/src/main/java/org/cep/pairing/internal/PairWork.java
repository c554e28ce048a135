package org.cep.pairing.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.cep.platform.api.AuditLog;
import org.cep.platform.api.CourtContext;
import org.cep.platform.api.Micros;
import org.cep.platform.api.ProblemException;
import org.cep.platform.api.TenantJpa;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The plan's activities, the outcomes per goal and the mentee's help requests, all in the pair's file. */
@Component(service = PairWork.class)
public class PairWork {
    private static final Logger LOG = LoggerFactory.getLogger(PairWork.class);

    private final JpaTemplate jpa;
    private final PairFiles files;
    private final AuditLog audit;

    @Activate
    public PairWork(@Reference(target = "(osgi.unit.name=cep-pairing)") JpaTemplate jpa, @Reference PairFiles files, @Reference AuditLog audit) {
        this.jpa = jpa;
        this.files = files;
        this.audit = audit;
    }

    Views.ActivityView addActivity(long pairId, Views.ActivityInput in) {
        if (in == null) throw ProblemException.required("kind");
        Views.Kind kind = Checks.oneOf(Views.Kind.class, in.kind(), "kind");
        String title = Checks.text(in.title(), "title", 200);
        String details = Checks.optional(in.details(), "details", 4000);
        LocalDate start = Checks.date(in.startDate(), "startDate");
        LocalDate end = in.endDate() == null ? start : in.endDate();
        Checks.period(start, end, "endDate");
        long allocated = Checks.fen(in.allocatedFen(), "allocatedFen");
        long spent = Checks.fen(in.spentFen(), "spentFen");
        String staff = Checks.optional(in.staffName(), "staffName", 100);
        String from = Checks.optional(in.fromCourtId(), "fromCourtId", 64);
        String to = Checks.optional(in.toCourtId(), "toCourtId", 64);
        if (kind == Views.Kind.STAFF_EXCHANGE) {
            if (staff == null) throw ProblemException.required("staffName");
            if (from == null) throw ProblemException.required("fromCourtId");
            if (to == null) throw ProblemException.required("toCourtId");
        }
        String actor = CourtContext.current().actor();
        return files.write(pairId, "record activity", (em, p, seat) -> {
            active(p);
            PairFiles.require(seat, Views.Seat.MENTOR, Views.Seat.MENTEE);
            Set<String> sides = Set.of(p.mentorCourtId, p.menteeCourtId);
            if (from != null && !sides.contains(from)) {
                throw ProblemException.badField("NOT_IN_PAIR", "fromCourtId", "人员交流只能在结对双方之间", "an exchange is between the two courts of the pair");
            }
            if (to != null && (!sides.contains(to) || to.equals(from))) {
                throw ProblemException.badField("NOT_IN_PAIR", "toCourtId", "人员交流只能在结对双方之间", "an exchange is between the two courts of the pair");
            }
            ActivityEntity a = new ActivityEntity();
            a.pairId = pairId;
            a.kind = kind.name();
            a.title = title;
            a.details = details;
            a.staffName = staff;
            a.fromCourtId = from;
            a.toCourtId = to;
            a.startDate = start;
            a.endDate = end;
            a.allocatedFen = allocated;
            a.spentFen = spent;
            a.recordedBy = actor;
            a.recordedSide = seat.name();
            a.recordedMicros = Micros.now();
            em.persist(a);
            em.flush();
            audit.record("pairing.activity.recorded", PairFiles.scope(pairId), kind + " allocatedFen=" + allocated + " spentFen=" + spent);
            return Views.ActivityView.of(a);
        });
    }

    List<Views.ActivityView> activities(long pairId) {
        return files.read(pairId, "read activities", (em, p, seat) -> em.createQuery(
                "select a from ActivityEntity a where a.pairId = :p order by a.startDate, a.id", ActivityEntity.class)
                .setParameter("p", pairId).getResultList().stream().map(Views.ActivityView::of).toList());
    }

    Views.OutcomeView addOutcome(long pairId, Views.OutcomeInput in) {
        if (in == null) throw ProblemException.required("goalKey");
        String goal = Checks.text(in.goalKey(), "goalKey", 40);
        String description = Checks.text(in.description(), "description", 2000);
        LocalDate on = Checks.date(in.achievedOn(), "achievedOn");
        String actor = CourtContext.current().actor();
        return files.write(pairId, "record outcome", (em, p, seat) -> {
            active(p);
            PairFiles.require(seat, Views.Seat.MENTOR, Views.Seat.MENTEE);
            if (Views.goals(p.goals).stream().noneMatch(g -> g.key().equals(goal))) {
                throw ProblemException.badField("UNKNOWN_GOAL", "goalKey", "结对没有该目标：" + goal, "the pair has no such goal: " + goal);
            }
            if (on.isBefore(p.startDate)) {
                throw ProblemException.badField("INVALID_PERIOD", "achievedOn", "成果日期不能早于结对开始", "an outcome cannot be before the pair began");
            }
            OutcomeEntity o = new OutcomeEntity();
            o.pairId = pairId;
            o.goalKey = goal;
            o.description = description;
            o.achievedOn = on;
            o.recordedBy = actor;
            o.recordedMicros = Micros.now();
            em.persist(o);
            em.flush();
            audit.record("pairing.outcome.recorded", PairFiles.scope(pairId), "goal=" + goal);
            return Views.OutcomeView.of(o);
        });
    }

    List<Views.OutcomeView> outcomes(long pairId) {
        return files.read(pairId, "read outcomes", (em, p, seat) -> recorded(em, pairId));
    }

    static List<Views.OutcomeView> recorded(EntityManager em, long pairId) {
        return em.createQuery("select o from OutcomeEntity o where o.pairId = :p order by o.achievedOn, o.id", OutcomeEntity.class)
                .setParameter("p", pairId).getResultList().stream().map(Views.OutcomeView::of).toList();
    }

    /** The mentee asks; the request is in the pair's file, where the mentor court's list finds it. */
    Views.HelpView ask(long pairId, Views.HelpInput in) {
        if (in == null) throw ProblemException.required("title");
        String title = Checks.text(in.title(), "title", 200);
        String body = Checks.text(in.body(), "body", 4000);
        LocalDate deadline = Checks.date(in.deadline(), "deadline");
        LocalDate today = Checks.today();
        if (deadline.isBefore(today)) {
            throw ProblemException.badField("INVALID_DEADLINE", "deadline", "答复期限不能早于今天", "the deadline cannot be before today");
        }
        String actor = CourtContext.current().actor();
        return files.write(pairId, "ask for help", (em, p, seat) -> {
            active(p);
            PairFiles.require(seat, Views.Seat.MENTEE);
            HelpEntity h = new HelpEntity();
            h.pairId = pairId;
            h.title = title;
            h.body = body;
            h.deadline = deadline;
            h.status = "OPEN";
            h.askedBy = actor;
            h.askedMicros = Micros.now();
            em.persist(h);
            em.flush();
            audit.record("pairing.help.asked", PairFiles.scope(pairId), "request=" + h.id + " deadline=" + deadline);
            return Views.HelpView.of(h, p.menteeCourtId, today);
        });
    }

    Views.HelpView answer(long pairId, long requestId, Views.HelpAnswerInput in) {
        String answer = Checks.text(in == null ? null : in.answer(), "answer", 4000);
        String actor = CourtContext.current().actor();
        LocalDate today = Checks.today();
        return files.write(pairId, "answer help request", (em, p, seat) -> {
            PairFiles.require(seat, Views.Seat.MENTOR);
            HelpEntity h = em.find(HelpEntity.class, requestId);
            if (h == null || h.pairId != pairId) throw ProblemException.notFound("帮扶请求", "help request", String.valueOf(requestId));
            em.lock(h, LockModeType.PESSIMISTIC_WRITE);
            if (!"OPEN".equals(h.status)) {
                throw new ProblemException(409, "ALREADY_ANSWERED", "该请求已答复", "this request is already answered");
            }
            h.status = "ANSWERED";
            h.answer = answer;
            h.answeredBy = actor;
            h.answeredMicros = Micros.now();
            audit.record("pairing.help.answered", PairFiles.scope(pairId), "request=" + requestId + (today.isAfter(h.deadline) ? " late" : ""));
            return Views.HelpView.of(h, p.menteeCourtId, today);
        });
    }

    List<Views.HelpView> helpRequests(long pairId) {
        LocalDate today = Checks.today();
        return files.read(pairId, "read help requests", (em, p, seat) -> requests(em, p, today, false));
    }

    /**
     * The court's list: as a mentee its own requests, as a mentor those of every running pair it mentors (one
     * crossing per pair; a mentor holds a handful), {@code open} for the unanswered only.
     */
    List<Views.HelpView> myList(boolean open) {
        LocalDate today = Checks.today();
        List<LinkEntity> links = TenantJpa.inCourt(jpa, em -> em.createQuery("select l from LinkEntity l where l.status = 'ACTIVE'"
                + " order by l.pairId", LinkEntity.class).getResultList());
        List<Views.HelpView> out = new ArrayList<>();
        for (LinkEntity l : links) {
            try {
                out.addAll(files.read(l.pairId, "help requests", (em, p, seat) -> requests(em, p, today, open)));
            } catch (ProblemException e) {
                // a pair whose grant lapsed or was revoked meanwhile: its requests are not this court's to see now
                LOG.debug("pair {} skipped in the help list: {}", l.pairId, e.code());
            }
        }
        out.sort(java.util.Comparator.comparing(Views.HelpView::deadline).thenComparing(Views.HelpView::id));
        return out;
    }

    private static List<Views.HelpView> requests(EntityManager em, PairEntity p, LocalDate today, boolean open) {
        return em.createQuery("select h from HelpEntity h where h.pairId = :p order by h.deadline, h.id", HelpEntity.class)
                .setParameter("p", p.id).getResultList().stream().filter(h -> !open || "OPEN".equals(h.status))
                .map(h -> Views.HelpView.of(h, p.menteeCourtId, today)).toList();
    }

    private static void active(PairEntity p) {
        if (!"ACTIVE".equals(p.status)) throw new ProblemException(409, "PAIR_ENDED", "该结对已结束", "this pair has ended", "pairId");
    }
}
