package org.cep.cases.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.cep.cases.api.CaseNumber;
import org.cep.cases.api.CaseService;
import org.cep.cases.api.CaseStatus;
import org.cep.cases.api.CaseView;
import org.cep.platform.api.AuditLog;
import org.cep.platform.api.Micros;
import org.cep.platform.api.ProblemException;
import org.cep.platform.api.TenantJpa;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = CaseService.class)
public class CaseServiceImpl implements CaseService {
    /** Sanity bound: CNY 100 billion. */
    static final long MAX_FEN = 10_000_000_000_000L;

    private final JpaTemplate jpa;
    private final AuditLog audit;

    @Activate
    public CaseServiceImpl(@Reference(target = "(osgi.unit.name=cep-cases)") JpaTemplate jpa, @Reference AuditLog audit) {
        this.jpa = jpa;
        this.audit = audit;
    }

    @Override
    public CaseView create(NewCase input) {
        if (input == null) throw ProblemException.required("caseNumber");
        CaseNumber number;
        try {
            number = CaseNumber.parse(input.caseNumber());
        } catch (IllegalArgumentException e) {
            throw ProblemException.fromBilingual(400, "INVALID_CASE_NUMBER", "caseNumber", e.getMessage());
        }
        // a case is numbered in the year it is filed, so a later year is a typing error, not a case
        int thisYear = LocalDate.now(SanctionServiceImpl.COURT_ZONE).getYear();
        if (number.year() > thisYear) {
            throw ProblemException.badField("INVALID_CASE_NUMBER", "caseNumber",
                    "案号年份" + number.year() + "晚于今年（" + thisYear + "）", "the case number's year " + number.year()
                            + " is later than this year (" + thisYear + ")");
        }
        String applicant = party(input.applicant(), "applicant");
        String respondent = party(input.respondent(), "respondent");
        if (input.amountOwedFen() == null || input.amountOwedFen() <= 0 || input.amountOwedFen() > MAX_FEN) {
            throw ProblemException.badField("INVALID_AMOUNT", "amountOwedFen", "执行标的须为正整数（单位：分）",
                    "amountOwedFen must be a positive whole number of fen");
        }
        // a number the court already has fails the insert on uq_case_number (409 CASE_NUMBER_TAKEN, see
        // CasesCapability) before anything else is written: no read first, which the write path would pay every time
        return TenantJpa.inCourt(jpa, em -> {
            CaseEntity c = new CaseEntity();
            c.caseNumber = number.canonical();
            c.applicant = applicant;
            c.respondent = respondent;
            c.amountOwedFen = input.amountOwedFen();
            c.status = CaseStatus.OPEN.name();
            c.createdMicros = Micros.now();
            em.persist(c);
            em.flush();
            audit.record("case.created", "case:" + c.id, c.caseNumber + " owed=" + c.amountOwedFen + " fen");
            return view(c);
        });
    }

    @Override
    public CaseView get(long id) {
        return TenantJpa.inCourt(jpa, em -> view(find(em, id)));
    }

    @Override
    public List<CaseView> list() {
        return TenantJpa.inCourt(jpa, em -> em.createQuery("select c from CaseEntity c order by c.id", CaseEntity.class)
                .getResultList().stream().map(CaseServiceImpl::view).collect(Collectors.toList()));
    }

    @Override
    public List<CaseView> open() {
        return TenantJpa.inCourt(jpa, em -> em.createQuery("select c from CaseEntity c where c.status = :s order by c.id", CaseEntity.class)
                .setParameter("s", CaseStatus.OPEN.name()).getResultList().stream().map(CaseServiceImpl::view).collect(Collectors.toList()));
    }

    @Override
    public java.util.Optional<CaseView> findByNumber(String caseNumber) {
        java.util.Optional<CaseNumber> number = CaseNumber.tryParse(caseNumber);
        if (number.isEmpty()) return java.util.Optional.empty();
        return TenantJpa.inCourt(jpa, em -> em.createQuery("select c from CaseEntity c where c.caseNumber = :n", CaseEntity.class)
                .setParameter("n", number.get().canonical()).getResultList().stream().findFirst().map(CaseServiceImpl::view));
    }

    @Override
    public CaseView close(long id, String reason) {
        return TenantJpa.inCourt(jpa, em -> {
            CaseEntity c = find(em, id);
            if (CaseStatus.CLOSED.name().equals(c.status)) {
                throw new ProblemException(409, "CASE_CLOSED", "案件已结案", "the case is already closed");
            }
            c.status = CaseStatus.CLOSED.name();
            c.closedMicros = Micros.now();
            c.closeReason = reason == null ? null : reason.substring(0, Math.min(500, reason.length()));
            audit.record("case.closed", "case:" + id, c.closeReason);
            return view(c);
        });
    }

    static CaseEntity find(EntityManager em, long id) {
        CaseEntity c = em.find(CaseEntity.class, id);
        if (c == null) throw new ProblemException(404, "CASE_NOT_FOUND", "本院无此案件：" + id, "no such case in your court: " + id, "caseId");
        return c;
    }

    static CaseView view(CaseEntity c) {
        CaseStatus status = CaseStatus.valueOf(c.status);
        return new CaseView(c.id, c.caseNumber, c.applicant, c.respondent, c.amountOwedFen, status, status.labelZh(),
                Micros.iso(c.createdMicros), c.closedMicros == null ? null : Micros.iso(c.closedMicros), c.closeReason, c.version);
    }

    private static String party(String name, String field) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw ProblemException.badField("INVALID_PARTY", field, "当事人名称不能为空且不超过 200 字", field + " must be 1-200 characters");
        }
        return name.trim();
    }

}
