package org.cep.crossenforcement.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.cep.cases.api.CaseService;
import org.cep.cases.api.CaseView;
import org.cep.crossenforcement.domain.DecisionType;
import org.cep.platform.api.AuditLog;
import org.cep.platform.api.CourtContext;
import org.cep.platform.api.CourtDirectory;
import org.cep.platform.api.CrossingPurpose;
import org.cep.platform.api.Crossings;
import org.cep.platform.api.ProblemException;
import org.cep.platform.api.TenantJpa;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Art. 237 applications at the higher court: entered by its staff, decided by its supervisors; the
 * decision reaches the original court as an order (a DIRECTION crossing), and a transfer decision opens
 * the original court's case to the receiving court with a TRANSFER grant.
 */
@Component(service = Applications.class)
public class Applications {
    /** How long after the deadline the receiving court may still fetch the package. */
    static final int TRANSFER_GRACE_DAYS = 60;

    private final JpaTemplate jpa;
    private final CaseService cases;
    private final AuditLog audit;
    private final Crossings crossings;
    private final CourtDirectory courts;

    record ApplicationInput(String originalCourtId, String caseNumber, String applicant, String grounds, LocalDate receivedOn) {
    }

    record DecisionInput(String type, String namedCourtId, LocalDate deadline, String reason) {
    }

    record DoneInput(String note) {
    }

    record ApplicationView(long id, String originalCourtId, long originalCaseId, String caseNumber, String applicant, String grounds,
                           LocalDate receivedOn, String status, String decision, String decisionZh, String namedCourtId,
                           LocalDate deadline, String decisionReason, String decidedBy, Long orderId, Long grantId, boolean overdue,
                           String doneNote, Long receivingCaseId) {
        static ApplicationView of(ApplicationEntity a, LocalDate today) {
            return new ApplicationView(a.id, a.originalCourtId, a.originalCaseId, a.caseNumber, a.applicant, a.grounds, a.receivedOn,
                    a.status, a.decision, a.decision == null ? null : DecisionType.valueOf(a.decision).labelZh(), a.namedCourtId,
                    a.deadline, a.decisionReason, a.decidedBy, a.orderId, a.grantId, Applications.overdue(a.status, a.deadline, today), a.doneNote,
                    a.receivingCaseId);
        }
    }

    record OrderView(long id, String fromCourtId, long applicationId, long caseId, String decision, String decisionZh,
                     String namedCourtId, Long grantId, LocalDate deadline, String reason, String status, boolean overdue) {
        static OrderView of(OrderEntity o, LocalDate today) {
            return new OrderView(o.id, o.fromCourtId, o.applicationId, o.caseId, o.decision, DecisionType.valueOf(o.decision).labelZh(),
                    o.namedCourtId, o.grantId, o.deadline, o.reason, o.status, Applications.overdue(o.status, o.deadline, today));
        }
    }

    @Activate
    public Applications(@Reference(target = "(osgi.unit.name=cep-cross-enforcement)") JpaTemplate jpa, @Reference CaseService cases,
                        @Reference AuditLog audit, @Reference Crossings crossings, @Reference CourtDirectory courts) {
        this.jpa = jpa;
        this.cases = cases;
        this.audit = audit;
        this.crossings = crossings;
        this.courts = courts;
    }

    static boolean overdue(String status, LocalDate deadline, LocalDate today) {
        return ("DECIDED".equals(status) || "OPEN".equals(status)) && deadline != null && today.isAfter(deadline);
    }

    ApplicationView enter(ApplicationInput in) {
        if (in == null) throw ProblemException.required("originalCourtId");
        String home = CourtContext.current().courtId();
        String original = courtBelow(in.originalCourtId(), "originalCourtId", home);
        String number = Checks.text(in.caseNumber(), "caseNumber", 40);
        String applicant = Checks.text(in.applicant(), "applicant", 200);
        String grounds = Checks.text(in.grounds(), "grounds", 2000);
        if (in.receivedOn() == null) throw ProblemException.required("receivedOn");
        if (in.receivedOn().isAfter(Checks.today())) {
            throw ProblemException.badField("DATE_IN_FUTURE", "receivedOn", "收到申请日期不能晚于今天", "receivedOn cannot be in the future");
        }
        CaseView c = crossings.read(new Crossings.Crossing(original, CrossingPurpose.SUPERVISION, null, "case-number:" + number,
                        "art. 237 application: look up the case"), () -> cases.findByNumber(number))
                .orElseThrow(() -> new ProblemException(404, "CASE_NOT_FOUND", "原执行法院无此案号：" + number,
                        "the original court has no case " + number, "caseNumber"));
        return TenantJpa.inCourt(jpa, em -> {
            ApplicationEntity a = new ApplicationEntity();
            a.originalCourtId = original;
            a.originalCaseId = c.id();
            a.caseNumber = c.caseNumber();
            a.applicant = applicant;
            a.grounds = grounds;
            a.receivedOn = in.receivedOn();
            a.enteredBy = CourtContext.current().actor();
            a.status = "PENDING";
            em.persist(a);
            em.flush();
            audit.record("ce.application.entered", "application:" + a.id, original + " " + c.caseNumber());
            return ApplicationView.of(a, Checks.today());
        });
    }

    List<ApplicationView> list(boolean overdueOnly) {
        LocalDate today = Checks.today();
        return TenantJpa.inCourt(jpa, em -> em.createQuery("select a from ApplicationEntity a order by a.id", ApplicationEntity.class)
                .getResultList().stream().map(a -> ApplicationView.of(a, today)).filter(v -> !overdueOnly || v.overdue())
                .collect(Collectors.toList()));
    }

    ApplicationView get(long id) {
        return TenantJpa.inCourt(jpa, em -> ApplicationView.of(find(em, id), Checks.today()));
    }

    /**
     * Only the court holding the application decides. Steps: the TRANSFER grant (for a transfer), the
     * order in the original court (one per application, so a retry finds it), then the application.
     */
    ApplicationView decide(long id, DecisionInput in) {
        if (in == null) throw ProblemException.required("type");
        DecisionType type = Checks.oneOf(DecisionType.class, in.type(), "type");
        String reason = Checks.text(in.reason(), "reason", 2000);
        LocalDate today = Checks.today();
        if (in.deadline() == null) throw ProblemException.required("deadline");
        if (!in.deadline().isAfter(today) || in.deadline().isAfter(today.plusYears(1))) {
            throw ProblemException.badField("INVALID_DEADLINE", "deadline", "期限须在今天之后且不超过一年", "deadline must be after today and within a year");
        }
        String home = CourtContext.current().courtId();
        ApplicationEntity a = TenantJpa.inCourt(jpa, em -> find(em, id));
        if (!"PENDING".equals(a.status)) {
            throw new ProblemException(409, "ALREADY_DECIDED", "该申请已作出决定", "this application is already decided");
        }
        String named = switch (type) {
            case SUPERVISE -> null;
            case ELEVATE -> home;
            case DESIGNATE, JOINT -> courtBelow(in.namedCourtId(), "namedCourtId", home);
        };
        if (a.originalCourtId.equals(named)) {
            throw ProblemException.badField("SAME_COURT", "namedCourtId", "指定的法院不能是原执行法院", "the named court cannot be the original court");
        }
        Long grantId = null;
        if (type.transfers()) {
            grantId = crossings.issue(new Crossings.NewGrant(CrossingPurpose.TRANSFER, a.originalCourtId, named, "case:" + a.originalCaseId,
                    in.deadline().plusDays(TRANSFER_GRACE_DAYS).atStartOfDay(Checks.COURT_ZONE).toInstant(),
                    "art. 237 " + type + " application " + id)).id();
        }
        Long grant = grantId;
        long orderId = crossings.write(new Crossings.Crossing(a.originalCourtId, CrossingPurpose.DIRECTION, null, "application:" + id,
                "art. 237 decision " + type), () -> deliverOrder(home, a, type, named, grant, in.deadline(), reason));
        return TenantJpa.inCourt(jpa, em -> {
            ApplicationEntity fresh = find(em, id);
            em.lock(fresh, LockModeType.PESSIMISTIC_WRITE);
            if (!"PENDING".equals(fresh.status)) {
                throw new ProblemException(409, "ALREADY_DECIDED", "该申请已作出决定", "this application is already decided");
            }
            fresh.status = "DECIDED";
            fresh.decision = type.name();
            fresh.namedCourtId = named;
            fresh.deadline = in.deadline();
            fresh.decisionReason = reason;
            fresh.decidedBy = CourtContext.current().actor();
            fresh.decidedMicros = org.cep.platform.api.Micros.now();
            fresh.orderId = orderId;
            fresh.grantId = grant;
            audit.record("ce.application.decided", "application:" + id, type + (named == null ? "" : " court=" + named)
                    + " deadline=" + in.deadline());
            return ApplicationView.of(fresh, today);
        });
    }

    /** Runs in the original court (DIRECTION crossing): the order, once per application. */
    private long deliverOrder(String fromCourt, ApplicationEntity a, DecisionType type, String named, Long grantId, LocalDate deadline,
                              String reason) {
        return TenantJpa.inCourt(jpa, em -> {
            List<OrderEntity> existing = em.createQuery("select o from OrderEntity o where o.fromCourtId = :f and o.applicationId = :a",
                    OrderEntity.class).setParameter("f", fromCourt).setParameter("a", a.id).getResultList();
            if (!existing.isEmpty()) return existing.get(0).id;
            OrderEntity o = new OrderEntity();
            o.fromCourtId = fromCourt;
            o.applicationId = a.id;
            o.caseId = a.originalCaseId;
            o.decision = type.name();
            o.namedCourtId = named;
            o.grantId = grantId;
            o.deadline = deadline;
            o.reason = reason;
            o.status = "OPEN";
            em.persist(o);
            em.flush();
            audit.record("ce.order.received", "case:" + a.originalCaseId, type + " from " + fromCourt + " deadline=" + deadline);
            return o.id;
        });
    }

    List<OrderView> orders(boolean overdueOnly) {
        LocalDate today = Checks.today();
        return TenantJpa.inCourt(jpa, em -> em.createQuery("select o from OrderEntity o order by o.id", OrderEntity.class)
                .getResultList().stream().map(o -> OrderView.of(o, today)).filter(v -> !overdueOnly || v.overdue())
                .collect(Collectors.toList()));
    }

    OrderEntity order(long id) {
        return TenantJpa.inCourt(jpa, em -> {
            OrderEntity o = em.find(OrderEntity.class, id);
            if (o == null) throw new ProblemException(404, "ORDER_NOT_FOUND", "未找到上级法院的决定：" + id, "no such order: " + id, "orderId");
            return o;
        });
    }

    /** The original court reports a supervised or joint order done: the order closes here and the application above. */
    OrderView done(long orderId, String note) {
        String n = Checks.text(note, "note", 2000);
        OrderEntity o = order(orderId);
        if (DecisionType.valueOf(o.decision).transfers()) {
            throw new ProblemException(409, "DONE_BY_TRANSFER", "移送类决定由接收法院接收案件后完成", "a transfer order is done when the receiving court accepts");
        }
        OrderView closed = TenantJpa.inCourt(jpa, em -> {
            OrderEntity fresh = em.find(OrderEntity.class, orderId);
            em.lock(fresh, LockModeType.PESSIMISTIC_WRITE);
            if (!"OPEN".equals(fresh.status)) throw new ProblemException(409, "ORDER_CLOSED", "该决定已办结", "this order is already done");
            fresh.status = "DONE";
            fresh.doneMicros = org.cep.platform.api.Micros.now();
            audit.record("ce.order.done", "case:" + fresh.caseId, n);
            return OrderView.of(fresh, Checks.today());
        });
        reportDone(o.fromCourtId, o.applicationId, n, null);
        return closed;
    }

    /** Marks the application done in the court that holds it: a REPORT crossing, or locally when that court is this one. */
    void reportDone(String applicationCourt, long applicationId, String note, Long receivingCaseId) {
        java.util.function.Supplier<Object> mark = () -> TenantJpa.inCourt(jpa, em -> {
            ApplicationEntity a = em.find(ApplicationEntity.class, applicationId);
            if (a != null && a.doneMicros == null) {
                a.status = "DONE";
                a.doneMicros = org.cep.platform.api.Micros.now();
                a.doneNote = note;
                a.receivingCaseId = receivingCaseId;
                audit.record("ce.application.done", "application:" + applicationId, note);
            }
            return null;
        });
        if (applicationCourt.equals(CourtContext.current().courtId())) {
            mark.get();
        } else {
            crossings.write(new Crossings.Crossing(applicationCourt, CrossingPurpose.REPORT, null, "application:" + applicationId,
                    "art. 237 decision carried out"), mark);
        }
    }

    private static ApplicationEntity find(javax.persistence.EntityManager em, long id) {
        ApplicationEntity a = em.find(ApplicationEntity.class, id);
        if (a == null) throw new ProblemException(404, "APPLICATION_NOT_FOUND", "未找到申请：" + id, "no such application: " + id, "applicationId");
        return a;
    }

    /** A court of the caller's jurisdiction: 404 when unknown, 400 when outside it. */
    private String courtBelow(String courtId, String field, String home) {
        if (courtId == null || courtId.isBlank()) throw ProblemException.required(field);
        CourtDirectory.Court c = courts.court(courtId).filter(CourtDirectory.Court::active).orElseThrow(() ->
                ProblemException.courtNotFound(courtId, field));
        if (!courts.isUnder(c.id(), home)) {
            throw ProblemException.badField("NOT_IN_JURISDICTION", field, "该法院不在本院辖区内：" + courtId,
                    "that court is outside your court's jurisdiction: " + courtId);
        }
        return c.id();
    }
}
