package org.cep.crossenforcement.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.cep.cases.api.CaseNumber;
import org.cep.cases.api.CaseService;
import org.cep.cases.api.CaseStatus;
import org.cep.cases.api.CaseView;
import org.cep.crossenforcement.domain.AssetKind;
import org.cep.crossenforcement.domain.DecisionType;
import org.cep.crossenforcement.domain.Measure;
import org.cep.crossenforcement.domain.TransferState;
import org.cep.platform.api.AuditLog;
import org.cep.platform.api.CourtContext;
import org.cep.platform.api.CourtDirectory;
import org.cep.platform.api.CrossingPurpose;
import org.cep.platform.api.Crossings;
import org.cep.platform.api.Micros;
import org.cep.platform.api.PartyAccess;
import org.cep.platform.api.ProblemException;
import org.cep.platform.api.TenantJpa;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What the parties see (执行公开): the case's timeline without internal notes, reached with the access code
 * the court gave them; and complaints about enforcement, which go to the supervising court and must be
 * answered within {@value #ANSWER_DAYS} days.
 */
@Component(service = Disclosure.class)
public class Disclosure {
    static final int ANSWER_DAYS = 15;
    static final int CODE_DAYS = 365;

    private final JpaTemplate jpa;
    private final CaseService cases;
    private final PartyAccess parties;
    private final Crossings crossings;
    private final CourtDirectory courts;
    private final AuditLog audit;

    record CodeInput(Integer validDays) {
    }

    record PartyRequest(String courtId, String caseNumber, String accessCode) {
    }

    record ComplaintInput(String courtId, String caseNumber, String accessCode, String kind, String text, String contact) {
    }

    record ComplaintNote(String text) {
    }

    /** One step of the case as a party may see it. */
    record TimelineEntry(String on, String courtId, String event, String textZh, String textEn) {
    }

    record Timeline(String courtId, String caseNumber, String statusZh, List<TimelineEntry> entries, List<ComplaintView> complaints) {
    }

    /** The party sees the answer; the supervising court also sees its investigation notes and the contact. */
    record ComplaintView(long id, String courtId, String caseNumber, String kind, String text, String receivedAt, LocalDate deadline,
                         String status, boolean overdue, String answer, String answeredAt, String notes, String contact) {
        static ComplaintView of(ComplaintEntity c, boolean internal) {
            return new ComplaintView(c.id, c.courtId, c.caseNumber, c.kind, c.text, Micros.iso(c.receivedMicros), c.deadline, c.status,
                    "OPEN".equals(c.status) && Checks.today().isAfter(c.deadline), c.answer, Micros.iso(c.answeredMicros),
                    internal ? c.notes : null, internal ? c.contact : null);
        }
    }

    @Activate
    public Disclosure(@Reference(target = "(osgi.unit.name=cep-cross-enforcement)") JpaTemplate jpa, @Reference CaseService cases,
                      @Reference PartyAccess parties, @Reference Crossings crossings, @Reference CourtDirectory courts,
                      @Reference AuditLog audit) {
        this.jpa = jpa;
        this.cases = cases;
        this.parties = parties;
        this.crossings = crossings;
        this.courts = courts;
        this.audit = audit;
    }

    PartyAccess.Issued issueCode(long caseId, CodeInput in) {
        int days = in == null || in.validDays() == null ? CODE_DAYS : in.validDays();
        return parties.issue(cases.get(caseId).caseNumber(), days);
    }

    Timeline timeline(PartyRequest r) {
        if (r == null) throw ProblemException.required("caseNumber");
        String court = openCourt(r.courtId());
        String number = canonical(r.caseNumber());
        return parties.asParty(court, number, r.accessCode(), () -> {
            CaseView c = cases.findByNumber(number).orElseThrow(() -> denied());
            List<TimelineEntry> entries = entries(c);
            List<ComplaintView> complaints = aboveCourt(court) == null ? List.of()
                    : crossings.write(new Crossings.Crossing(aboveCourt(court), CrossingPurpose.REPORT, null, "case-number:" + number,
                    "party reads the answers to complaints"), () -> TenantJpa.inCourt(jpa, em -> em.createQuery(
                            "select c from ComplaintEntity c where c.courtId = :court and c.caseNumber = :n order by c.id", ComplaintEntity.class)
                    .setParameter("court", court).setParameter("n", number).getResultList().stream()
                    .map(x -> ComplaintView.of(x, false)).collect(Collectors.toList())));
            return new Timeline(court, c.caseNumber(), c.statusZh(), entries, complaints);
        });
    }

    private List<TimelineEntry> entries(CaseView c) {
        String court = CourtContext.current().courtId();
        List<TimelineEntry> e = new ArrayList<>();
        e.add(new TimelineEntry(c.createdAt(), court, "FILED", "立案执行", "case filed for enforcement"));
        TenantJpa.inCourt(jpa, em -> {
            for (AssetEntity a : em.createQuery("select a from AssetEntity a where a.caseId = :c", AssetEntity.class)
                    .setParameter("c", c.id()).getResultList()) {
                AssetKind k = AssetKind.valueOf(a.kind);
                Measure m = Measure.valueOf(a.measure);
                e.add(new TimelineEntry(a.foundOn.toString(), court, "ASSET_FOUND", "查询到财产：" + k.labelZh(), "asset found: " + k.labelEn()));
                if (a.measureOn != null) {
                    e.add(new TimelineEntry(a.measureOn.toString(), court, "MEASURE", "采取措施：" + m.labelZh() + "（" + k.labelZh() + "）"
                            + (a.measureUntil == null ? "" : "，至 " + a.measureUntil), "measure: " + m.labelEn() + " (" + k.labelEn() + ")"));
                }
            }
            for (MoneyEntity m : em.createQuery("select m from MoneyEntity m where m.caseId = :c", MoneyEntity.class)
                    .setParameter("c", c.id()).getResultList()) {
                boolean in = "RECOVERED".equals(m.kind);
                e.add(new TimelineEntry(m.onDate.toString(), court, m.kind, (in ? "执行到位 " : "发放申请执行人 ") + yuan(m.amountFen),
                        (in ? "recovered " : "paid out to the applicant ") + yuan(m.amountFen)));
            }
            for (OrderEntity o : em.createQuery("select o from OrderEntity o where o.caseId = :c", OrderEntity.class)
                    .setParameter("c", c.id()).getResultList()) {
                DecisionType d = DecisionType.valueOf(o.decision);
                e.add(new TimelineEntry(o.deadline.toString(), o.fromCourtId, "HIGHER_COURT_DECISION", "上级法院决定：" + d.labelZh() + "，期限 " + o.deadline,
                        "higher court decision: " + d.labelEn() + ", deadline " + o.deadline));
            }
            for (TransferEntity t : em.createQuery("select t from TransferEntity t where t.caseId = :c", TransferEntity.class)
                    .setParameter("c", c.id()).getResultList()) {
                e.add(new TimelineEntry(Micros.iso(t.sentMicros), court, "TRANSFER_SENT", "案件移送至 " + name(t.toCourtId), "case sent to " + t.toCourtId));
                if (TransferState.valueOf(t.state) == TransferState.ACCEPTED) {
                    e.add(new TimelineEntry(Micros.iso(t.answeredMicros), t.toCourtId, "TRANSFER_ACCEPTED", name(t.toCourtId) + " 已接收，新案号 "
                            + t.receivingCaseNumber, t.toCourtId + " took the case over as " + t.receivingCaseNumber));
                }
            }
            return null;
        });
        if (c.status() == CaseStatus.CLOSED) e.add(new TimelineEntry(c.closedAt(), court, "CLOSED", "结案", "case closed"));
        e.sort(Comparator.comparing(TimelineEntry::on));
        return e;
    }

    ComplaintView complain(ComplaintInput in) {
        if (in == null) throw ProblemException.required("kind");
        String kind = in.kind();
        if (!List.of("INACTION", "UNFAIRNESS", "OTHER").contains(kind)) {
            throw ProblemException.badField("INVALID_VALUE", "kind", "kind 的取值须为：INACTION, UNFAIRNESS, OTHER",
                    "kind must be one of: INACTION, UNFAIRNESS, OTHER");
        }
        String text = Checks.text(in.text(), "text", 4000);
        String contact = in.contact() == null || in.contact().isBlank() ? null : Checks.text(in.contact(), "contact", 200);
        String court = openCourt(in.courtId());
        String number = canonical(in.caseNumber());
        String above = aboveCourt(court);
        if (above == null) throw new ProblemException(409, "NO_SUPERVISING_COURT", "该法院没有上级法院", "this court has no higher court");
        return parties.asParty(court, number, in.accessCode(), () -> {
            cases.findByNumber(number).orElseThrow(() -> denied());
            return crossings.write(new Crossings.Crossing(above, CrossingPurpose.REPORT, null, "case-number:" + number,
                    "party complaint about enforcement"), () -> TenantJpa.inCourt(jpa, em -> {
                ComplaintEntity c = new ComplaintEntity();
                c.courtId = court;
                c.caseNumber = number;
                c.kind = kind;
                c.text = text;
                c.contact = contact;
                c.receivedMicros = Micros.now();
                c.deadline = Checks.today().plusDays(ANSWER_DAYS);
                c.status = "OPEN";
                em.persist(c);
                em.flush();
                audit.record("ce.complaint.received", "complaint:" + c.id, court + " " + number + " " + kind);
                return ComplaintView.of(c, false);
            }));
        });
    }

    List<ComplaintView> complaints(boolean overdueOnly) {
        return TenantJpa.inCourt(jpa, em -> em.createQuery("select c from ComplaintEntity c order by c.id", ComplaintEntity.class)
                .getResultList().stream().map(c -> ComplaintView.of(c, true)).filter(v -> !overdueOnly || v.overdue())
                .collect(Collectors.toList()));
    }

    ComplaintView note(long id, ComplaintNote in) {
        String text = Checks.text(in == null ? null : in.text(), "text", 2000);
        return TenantJpa.inCourt(jpa, em -> {
            ComplaintEntity c = complaint(em, id);
            String line = Micros.iso(Micros.now()) + " " + CourtContext.current().actor() + ": " + text;
            String notes = c.notes == null ? line : c.notes + "\n" + line;
            if (notes.length() > 8000) throw new ProblemException(409, "NOTES_FULL", "调查记录已满", "the investigation notes are full");
            c.notes = notes;
            audit.record("ce.complaint.noted", "complaint:" + id, text);
            return ComplaintView.of(c, true);
        });
    }

    ComplaintView answer(long id, ComplaintNote in) {
        String text = Checks.text(in == null ? null : in.text(), "text", 4000);
        return TenantJpa.inCourt(jpa, em -> {
            ComplaintEntity c = complaint(em, id);
            if (!"OPEN".equals(c.status)) throw new ProblemException(409, "COMPLAINT_ANSWERED", "该投诉已答复", "this complaint is already answered");
            c.status = "ANSWERED";
            c.answer = text;
            c.answeredBy = CourtContext.current().actor();
            c.answeredMicros = Micros.now();
            audit.record("ce.complaint.answered", "complaint:" + id, text);
            return ComplaintView.of(c, true);
        });
    }

    private static ComplaintEntity complaint(javax.persistence.EntityManager em, long id) {
        ComplaintEntity c = em.find(ComplaintEntity.class, id);
        if (c == null) throw new ProblemException(404, "COMPLAINT_NOT_FOUND", "未找到投诉：" + id, "no such complaint: " + id, "complaintId");
        em.lock(c, LockModeType.PESSIMISTIC_WRITE);
        return c;
    }

    /** A court that has cross-enforcement on; anything else looks like a wrong code. */
    private String openCourt(String courtId) {
        if (courtId == null || !courts.activeCourtsWith("cross-enforcement").contains(courtId)) throw denied();
        return courtId;
    }

    private String aboveCourt(String courtId) {
        return courts.court(courtId).map(CourtDirectory.Court::parentId).orElse(null);
    }

    private String name(String courtId) {
        return courts.court(courtId).map(CourtDirectory.Court::nameZh).orElse(courtId);
    }

    private static String canonical(String caseNumber) {
        if (caseNumber == null) throw ProblemException.required("caseNumber");
        return CaseNumber.tryParse(caseNumber).map(CaseNumber::canonical).orElse(caseNumber.trim());
    }

    private static ProblemException denied() {
        return new ProblemException(403, "ACCESS_DENIED", "法院、案号或查询码不正确，或查询码已过期",
                "court, case number or access code is wrong, or the code has expired");
    }

    private static String yuan(long fen) {
        return String.format(java.util.Locale.ROOT, "%d.%02d 元", fen / 100, fen % 100);
    }
}
