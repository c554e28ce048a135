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
                           String doneNote, Long receivingCaseId, String rejectedNote) {
        static ApplicationView of(ApplicationEntity a, LocalDate today) {
            return new ApplicationView(a.id, a.originalCourtId, a.originalCaseId, a.caseNumber, a.applicant, a.grounds, a.receivedOn,
                    a.status, a.decision, a.decision == null ? null : DecisionType.valueOf(a.decision).labelZh(), a.namedCourtId,
                    a.deadline, a.decisionReason, a.decidedBy, a.orderId, a.grantId, Applications.overdue(a.status, a.deadline, today), a.doneNote,
                    a.receivingCaseId, a.rejectedNote);
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
     * Only the court holding the application decides, and only one decision runs at a time: the decision
     * first claims the application (PENDING, or REJECTED when the named court refused the transfer, to
     * DECIDING), so two supervisors deciding at once cannot both issue a grant. Then: the TRANSFER grant
     * (for a transfer; kept on the application at once, so that a later decision revokes it), the order in
     * the original court, the application DECIDED. A step that fails undoes the claim and revokes the new
     * grant; a claim left by a node that died is taken over after {@link #CLAIM_STALE_MICROS}.
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
        ApplicationEntity current = TenantJpa.inCourt(jpa, em -> find(em, id));
        String named = switch (type) {
            case SUPERVISE -> null;
            case ELEVATE -> home;
            case DESIGNATE, JOINT -> courtBelow(in.namedCourtId(), "namedCourtId", home);
        };
        if (current.originalCourtId.equals(named)) {
            throw ProblemException.badField("SAME_COURT", "namedCourtId", "指定的法院不能是原执行法院", "the named court cannot be the original court");
        }
        long claim = org.cep.platform.api.Micros.now();
        ApplicationEntity a = claim(id, claim);
        Long grantId = null;
        try {
            revokeEarlierGrant(a);
            if (type.transfers()) {
                grantId = crossings.issue(new Crossings.NewGrant(CrossingPurpose.TRANSFER, a.originalCourtId, named, "case:" + a.originalCaseId,
                        in.deadline().plusDays(TRANSFER_GRACE_DAYS).atStartOfDay(Checks.COURT_ZONE).toInstant(),
                        "art. 237 " + type + " application " + id)).id();
                keepGrant(id, grantId);
            }
            Long grant = grantId;
            long orderId = crossings.write(new Crossings.Crossing(a.originalCourtId, CrossingPurpose.DIRECTION, null, "application:" + id,
                    "art. 237 decision " + type), () -> deliverOrder(home, a, type, named, grant, in.deadline(), reason));
            return TenantJpa.inCourt(jpa, em -> {
                ApplicationEntity fresh = find(em, id);
                em.lock(fresh, LockModeType.PESSIMISTIC_WRITE);
                if (!"DECIDING".equals(fresh.status) || fresh.claimedMicros == null || fresh.claimedMicros != claim) {
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
                fresh.claimedMicros = null;
                audit.record("ce.application.decided", "application:" + id, type + (named == null ? "" : " court=" + named)
                        + " deadline=" + in.deadline());
                return ApplicationView.of(fresh, today);
            });
        } catch (RuntimeException failed) {
            release(id, claim, a.status, grantId);
            throw failed;
        }
    }

    /** A claim older than this (a node died in the middle of a decision) may be taken over. */
    static final long CLAIM_STALE_MICROS = 5L * 60 * 1_000_000;

    /** PENDING or REJECTED (or a stale claim) to DECIDING, in its own transaction; @return the application as it was */
    private ApplicationEntity claim(long id, long claim) {
        return TenantJpa.inCourt(jpa, em -> {
            ApplicationEntity a = find(em, id);
            em.lock(a, LockModeType.PESSIMISTIC_WRITE);
            boolean staleClaim = "DECIDING".equals(a.status) && a.claimedMicros != null && claim - a.claimedMicros > CLAIM_STALE_MICROS;
            if ("DECIDING".equals(a.status) && !staleClaim) {
                throw new ProblemException(409, "DECISION_IN_PROGRESS", "另一项决定正在作出，请稍后刷新", "another decision on this application is under way");
            }
            if (!"PENDING".equals(a.status) && !"REJECTED".equals(a.status) && !staleClaim) {
                throw new ProblemException(409, "ALREADY_DECIDED", "该申请已作出决定", "this application is already decided");
            }
            ApplicationEntity before = new ApplicationEntity();
            before.id = a.id;
            before.originalCourtId = a.originalCourtId;
            before.originalCaseId = a.originalCaseId;
            before.grantId = a.grantId;
            before.status = staleClaim ? (a.orderId == null ? "PENDING" : "REJECTED") : a.status;
            a.status = "DECIDING";
            a.claimedMicros = claim;
            return before;
        });
    }

    /** The grant of a refused transfer, or of a decision that did not finish, must not stay open beside the new one. */
    private void revokeEarlierGrant(ApplicationEntity a) {
        if (a.grantId == null) return;
        Crossings.Grant earlier = crossings.grant(a.grantId);
        if (earlier.inForce()) crossings.revoke(earlier.id(), "新的决定取代此前的移送 / superseded by a new art. 237 decision");
    }

    private void keepGrant(long id, long grantId) {
        TenantJpa.inCourt(jpa, em -> {
            find(em, id).grantId = grantId;
            return null;
        });
    }

    /** Undoes a claim whose decision failed: the status it had, and the grant issued for it revoked. */
    private void release(long id, long claim, String previousStatus, Long newGrant) {
        try {
            if (newGrant != null) crossings.revoke(newGrant, "决定未完成 / the decision did not complete");
            TenantJpa.inCourt(jpa, em -> {
                ApplicationEntity a = find(em, id);
                em.lock(a, LockModeType.PESSIMISTIC_WRITE);
                if ("DECIDING".equals(a.status) && a.claimedMicros != null && a.claimedMicros == claim) {
                    a.status = previousStatus;
                    a.claimedMicros = null;
                }
                return null;
            });
        } catch (RuntimeException ignored) {
            // the claim then goes stale and the next decision takes it over and revokes the grant kept on the application
        }
    }

    /** The court that refused a transferred case reports it (locally when it is the higher court itself): the application can be decided anew. */
    void reportRejected(String applicationCourt, long applicationId, String reason) {
        java.util.function.Supplier<Object> mark = () -> TenantJpa.inCourt(jpa, em -> {
            ApplicationEntity a = em.find(ApplicationEntity.class, applicationId);
            if (a != null && "DECIDED".equals(a.status)) {
                a.status = "REJECTED";
                a.rejectedNote = reason;
                audit.record("ce.application.transfer-refused", "application:" + applicationId, reason);
            }
            return null;
        });
        if (applicationCourt.equals(CourtContext.current().courtId())) {
            mark.get();
        } else {
            crossings.write(new Crossings.Crossing(applicationCourt, CrossingPurpose.REPORT, null, "application:" + applicationId,
                    "art. 237 transfer refused"), mark);
        }
    }

    /** Runs in the original court (DIRECTION crossing): the order, once per application. */
    private long deliverOrder(String fromCourt, ApplicationEntity a, DecisionType type, String named, Long grantId, LocalDate deadline,
                              String reason) {
        return TenantJpa.inCourt(jpa, em -> {
            List<OrderEntity> existing = em.createQuery("select o from OrderEntity o where o.fromCourtId = :f and o.applicationId = :a"
                    + " order by o.round", OrderEntity.class).setParameter("f", fromCourt).setParameter("a", a.id).getResultList();
            OrderEntity last = existing.isEmpty() ? null : existing.get(existing.size() - 1);
            // an open order of this application is the one a decision that did not finish delivered: it becomes this decision
            OrderEntity o = last != null && "OPEN".equals(last.status) ? last : new OrderEntity();
            o.round = last == null ? 1 : o == last ? last.round : last.round + 1;
            o.fromCourtId = fromCourt;
            o.applicationId = a.id;
            o.caseId = a.originalCaseId;
            o.decision = type.name();
            o.namedCourtId = named;
            o.grantId = grantId;
            o.deadline = deadline;
            o.reason = reason;
            o.status = "OPEN";
            if (o.id == null) em.persist(o);
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
