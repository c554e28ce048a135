package org.cep.cases.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.cep.cases.api.CaseService;
import org.cep.cases.api.CaseView;
import org.cep.cases.sanctions.BlacklistGround;
import org.cep.cases.sanctions.Ladder;
import org.cep.cases.sanctions.LiftReason;
import org.cep.cases.sanctions.PartyType;
import org.cep.cases.sanctions.SanctionKind;
import org.cep.cases.sanctions.SanctionLimits;
import org.cep.cases.sanctions.SanctionService;
import org.cep.cases.sanctions.SanctionState;
import org.cep.cases.sanctions.SanctionView;
import org.cep.platform.api.AuditLog;
import org.cep.platform.api.CourtContext;
import org.cep.platform.api.Micros;
import org.cep.platform.api.ProblemException;
import org.cep.platform.api.Role;
import org.cep.platform.api.TenantJpa;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/** The sanctions record: proposals, the judge's decisions, execution, lifting, a respondent's history. */
@Component(service = SanctionService.class, configurationPid = SanctionLimits.PID)
public class SanctionServiceImpl implements SanctionService {
    static final ZoneId COURT_ZONE = ZoneId.of("Asia/Shanghai");
    static final String PUBLISHED = "PUBLISHED";
    static final String REMOVED = "REMOVED";

    private final JpaTemplate jpa;
    private final AuditLog audit;
    private final CaseService cases;
    private volatile SanctionLimits limits;

    @Activate
    public SanctionServiceImpl(@Reference(target = "(osgi.unit.name=cep-cases)") JpaTemplate jpa, @Reference AuditLog audit,
                               @Reference CaseService cases, Map<String, Object> properties) {
        this.jpa = jpa;
        this.audit = audit;
        this.cases = cases;
        modified(properties);
    }

    @Modified
    void modified(Map<String, Object> properties) {
        this.limits = SanctionLimits.from(properties);
    }

    @Override
    public SanctionLimits limits() {
        return limits;
    }

    @Override
    public SanctionView propose(long caseId, SanctionKind kind, String basis, Proposal p) {
        if (kind == null) throw ProblemException.required("kind");
        if (p == null || p.partyType() == null) throw ProblemException.required("partyType");
        String reason = text(p.reason(), "reason", 1000, true);
        String legalBasis = basis == null || basis.isBlank() ? kind.basisZh() : text(basis, "basis", 500, true);
        String source = text(p.source(), "source", 200, false);
        Integer term = limits.check(kind, p.partyType(), p.amountFen(), p.days(), p.termMonths(), p.grounds());
        CaseView c = cases.get(caseId); // 404 when the court has no such case
        String respondent = p.respondent() == null || p.respondent().isBlank() ? c.respondent() : text(p.respondent(), "respondent", 200, true);
        return TenantJpa.inCourt(jpa, em -> {
            SanctionEntity s = new SanctionEntity();
            s.caseId = caseId;
            s.caseNumber = c.caseNumber();
            s.respondent = respondent;
            s.partyType = p.partyType().name();
            s.kind = kind.name();
            s.state = SanctionState.PROPOSED.name();
            s.basis = legalBasis;
            s.reason = reason;
            s.amountFen = p.amountFen();
            s.days = p.days();
            s.termMonths = term;
            s.grounds = p.grounds() == null || p.grounds().isEmpty() ? null
                    : p.grounds().stream().distinct().map(Enum::name).collect(Collectors.joining(","));
            s.source = source;
            s.proposedBy = CourtContext.current().actor();
            s.proposedMicros = Micros.now();
            em.persist(s);
            em.flush();
            audit.record("sanction.proposed", "case:" + caseId, kind + " sanction:" + s.id + " " + respondent
                    + (s.amountFen == null ? "" : " " + s.amountFen + " fen") + (s.days == null ? "" : " " + s.days + " days")
                    + (source == null ? "" : " from " + source));
            return view(s);
        });
    }

    @Override
    public SanctionView decide(long sanctionId, boolean approve, String decisionDocument, String note, long version) {
        CourtContext who = CourtContext.current();
        if (!who.has(Role.ENFORCEMENT_JUDGE)) {
            throw new ProblemException(403, "ROLE_REQUIRED", "制裁措施只能由执行法官决定", "only an enforcement judge decides a sanction");
        }
        String document = approve ? text(decisionDocument, "decisionDocument", 100, true) : null;
        String why = text(note, "note", 500, !approve);
        return TenantJpa.inCourt(jpa, em -> {
            SanctionEntity s = find(em, sanctionId, version);
            move(s, approve ? SanctionState.DECIDED : SanctionState.REJECTED);
            if (who.actor().equals(s.proposedBy)) {
                throw new ProblemException(409, "SAME_PERSON", "提请人不能决定自己提请的制裁", "whoever proposed a sanction cannot decide it");
            }
            s.decidedBy = who.actor();
            s.decidedMicros = Micros.now();
            s.decisionDocument = document;
            s.decisionNote = why;
            audit.record(approve ? "sanction.decided" : "sanction.rejected", "case:" + s.caseId, s.kind + " sanction:" + s.id
                    + (document == null ? "" : " " + document));
            em.flush();
            return view(s);
        });
    }

    @Override
    public SanctionView execute(long sanctionId, long version) {
        return TenantJpa.inCourt(jpa, em -> {
            SanctionEntity s = find(em, sanctionId, version);
            move(s, SanctionState.EXECUTED);
            LocalDate today = LocalDate.now(COURT_ZONE);
            s.executedBy = CourtContext.current().actor();
            s.executedMicros = Micros.now();
            if (s.termMonths != null) s.endsOn = today.plusMonths(s.termMonths);
            if (s.days != null) s.endsOn = today.plusDays(s.days);
            if (SanctionKind.BLACKLIST.name().equals(s.kind)) s.publication = PUBLISHED;
            audit.record("sanction.executed", "case:" + s.caseId, s.kind + " sanction:" + s.id
                    + (s.publication == null ? "" : " published") + (s.endsOn == null ? "" : " until " + s.endsOn));
            em.flush();
            return view(s);
        });
    }

    @Override
    public SanctionView lift(long sanctionId, LiftReason reason, String note, long version) {
        if (reason == null) throw ProblemException.required("reason");
        String why = text(note, "note", 500, false);
        return TenantJpa.inCourt(jpa, em -> {
            SanctionEntity s = find(em, sanctionId, version);
            move(s, SanctionState.LIFTED);
            LocalDate today = LocalDate.now(COURT_ZONE);
            if (reason == LiftReason.TERM_ENDED && (s.endsOn == null || today.isBefore(s.endsOn))) {
                throw new ProblemException(409, "TERM_NOT_ENDED", s.endsOn == null ? "该措施没有期限" : "期限至 " + s.endsOn + " 才届满",
                        s.endsOn == null ? "this sanction has no term" : "the term ends on " + s.endsOn, "reason");
            }
            s.liftReason = reason.name();
            s.liftNote = why;
            s.liftedBy = CourtContext.current().actor();
            s.liftedMicros = Micros.now();
            if (PUBLISHED.equals(s.publication)) s.publication = REMOVED;
            audit.record("sanction.lifted", "case:" + s.caseId, s.kind + " sanction:" + s.id + " " + reason
                    + (REMOVED.equals(s.publication) ? " removed from publication" : ""));
            em.flush();
            return view(s);
        });
    }

    @Override
    public SanctionView get(long sanctionId) {
        return TenantJpa.inCourt(jpa, em -> view(find(em, sanctionId, -1)));
    }

    @Override
    public List<SanctionView> onCase(long caseId) {
        cases.get(caseId);
        return TenantJpa.inCourt(jpa, em -> em.createQuery("select s from SanctionEntity s where s.caseId = :c order by s.id", SanctionEntity.class)
                .setParameter("c", caseId).getResultList().stream().map(SanctionServiceImpl::view).collect(Collectors.toList()));
    }

    @Override
    public History history(String respondent) {
        String name = text(respondent, "respondent", 200, true);
        List<SanctionView> all = TenantJpa.inCourt(jpa, em -> em.createQuery(
                        "select s from SanctionEntity s where s.respondent = :r order by s.id desc", SanctionEntity.class)
                .setParameter("r", name).getResultList().stream().map(SanctionServiceImpl::view).collect(Collectors.toList()));
        PartyType party = all.isEmpty() ? PartyType.INDIVIDUAL : all.get(0).partyType();
        Ladder.Advice advice = Ladder.advise(all.stream().map(v -> new Ladder.Step(v.kind(), v.state(), v.liftReason()))
                .collect(Collectors.toList()), party);
        int caseCount = (int) all.stream().mapToLong(SanctionView::caseId).distinct().count();
        return new History(name, party, caseCount, all, advice);
    }

    private static SanctionEntity find(EntityManager em, long id, long version) {
        SanctionEntity s = em.find(SanctionEntity.class, id);
        if (s == null) {
            throw new ProblemException(404, "SANCTION_NOT_FOUND", "未找到制裁措施：" + id, "no such sanction: " + id, "sanctionId");
        }
        if (version >= 0 && s.version != version) {
            throw new ProblemException(409, "VERSION_CHANGED", "该措施已被他人修改，请刷新后重试", "someone changed this sanction; reload and retry",
                    "version");
        }
        return s;
    }

    private static void move(SanctionEntity s, SanctionState next) {
        SanctionState now = SanctionState.valueOf(s.state);
        if (!now.canMoveTo(next)) {
            throw new ProblemException(409, "INVALID_TRANSITION", "措施处于“" + now.labelZh() + "”状态，不能变为“" + next.labelZh() + "”",
                    "a sanction that is " + now.labelEn() + " cannot become " + next.labelEn());
        }
        s.state = next.name();
    }

    static <E extends Enum<E>> E oneOf(Class<E> type, String value, String field) {
        if (value == null) throw ProblemException.required(field);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw ProblemException.badField("INVALID_VALUE", field, field + " 的取值须为：" + allowed, field + " must be one of: " + allowed);
        }
    }

    static String text(String value, String field, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) throw ProblemException.required(field);
            return null;
        }
        String t = value.trim();
        if (t.length() > max) {
            throw ProblemException.badField("TEXT_TOO_LONG", field, field + " 不超过 " + max + " 字", field + " must be at most " + max + " characters");
        }
        return t;
    }

    static SanctionView view(SanctionEntity s) {
        SanctionKind kind = SanctionKind.valueOf(s.kind);
        SanctionState state = SanctionState.valueOf(s.state);
        List<BlacklistGround> grounds = s.grounds == null ? List.of()
                : Arrays.stream(s.grounds.split(",")).map(BlacklistGround::valueOf).collect(Collectors.toList());
        return new SanctionView(s.id, s.caseId, s.caseNumber, s.respondent, PartyType.valueOf(s.partyType), kind, kind.labelZh(), state,
                state.labelZh(), s.basis, s.reason, s.amountFen, s.days, s.termMonths, grounds, s.source, s.proposedBy, Micros.iso(s.proposedMicros),
                s.decidedBy, s.decidedMicros == null ? null : Micros.iso(s.decidedMicros), s.decisionDocument, s.decisionNote, s.executedBy,
                s.executedMicros == null ? null : Micros.iso(s.executedMicros), s.endsOn, s.publication,
                s.liftReason == null ? null : LiftReason.valueOf(s.liftReason), s.liftNote, s.liftedBy,
                s.liftedMicros == null ? null : Micros.iso(s.liftedMicros), s.version);
    }
}
