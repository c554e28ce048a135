package org.cep.conduct.internal;

import java.time.LocalDate;
import java.util.List;

import org.cep.conduct.domain.EvidenceType;
import org.cep.conduct.domain.Finding;
import org.cep.conduct.domain.ObligationKind;
import org.cep.conduct.domain.ObligationState;

/** What the conduct-enforcement API takes and answers. Money in fen; dates Asia/Shanghai. */
final class Views {
    private Views() {
    }

    record EvidenceInput(String type, String description, String reference) {
    }

    record ObligationInput(Integer itemNo, String kind, String description, String obligor, LocalDate deadline, String sourceDocument,
                           Integer checkEveryDays, Long dailyLateFen, Long lossFen, List<EvidenceInput> evidence) {
    }

    record CheckInput(LocalDate checkedOn, String finding, Boolean scheduled, String notes, List<EvidenceInput> evidence) {
    }

    record ReportInput(LocalDate reportedOn, String reporter, String description, List<EvidenceInput> evidence) {
    }

    record SubstituteInput(String performer, Long costFen, LocalDate performedOn, String note) {
    }

    record EvidenceView(long id, String attachedTo, Long attachedId, EvidenceType type, String typeZh, String description, String reference,
                        String recordedBy) {
        static EvidenceView of(EvidenceEntity e) {
            EvidenceType t = EvidenceType.valueOf(e.evidenceType);
            return new EvidenceView(e.id, e.attachedTo, e.attachedId, t, t.labelZh(), e.description, e.refText, e.recordedBy);
        }
    }

    record CheckView(long id, long obligationId, LocalDate checkedOn, boolean scheduled, Finding finding, String findingZh,
                     ObligationState stateAfter, String notes, String checkedBy) {
        static CheckView of(CheckEntity c) {
            Finding f = Finding.valueOf(c.finding);
            return new CheckView(c.id, c.obligationId, c.checkedOn, c.scheduled, f, f.labelZh(), ObligationState.valueOf(c.stateAfter), c.notes,
                    c.checkedBy);
        }
    }

    record ReportView(long id, long obligationId, LocalDate reportedOn, String reporter, String description, boolean reopened,
                      String recordedBy) {
        static ReportView of(ReportEntity r) {
            return new ReportView(r.id, r.obligationId, r.reportedOn, r.reporter, r.description, r.reopened, r.recordedBy);
        }
    }

    record ClaimView(long id, long caseId, long obligationId, String kind, String kindZh, String performer, long amountFen,
                     LocalDate performedOn, String note, String recordedBy) {
        static ClaimView of(ClaimEntity c) {
            return new ClaimView(c.id, c.caseId, c.obligationId, c.kind, "代履行费用", c.performer, c.amountFen, c.performedOn, c.note,
                    c.recordedBy);
        }
    }

    /** An obligation with its delay and late-performance payment as of a day. */
    record ObligationView(long id, long caseId, int itemNo, ObligationKind kind, String kindZh, String description, String obligor,
                          LocalDate deadline, String sourceDocument, Integer checkEveryDays, ObligationState state, String stateZh,
                          LocalDate lastCheckedOn, LocalDate nextCheckOn, Long dailyLateFen, Long lossFen, long delayDays, long lateFen,
                          long version) {
    }

    record ObligationDetail(ObligationView obligation, List<CheckView> checks, List<ReportView> reports, List<EvidenceView> evidence,
                            List<ClaimView> claims) {
    }

    record Rule(long dailyFen, long capFen, int lossMultiplier, String ruleZh) {
    }

    /** The conduct side of a case: obligations, the late-performance payment and the substitute-performance claims. */
    record CaseConduct(long caseId, String caseNumber, String respondent, LocalDate asOf, List<ObligationView> obligations,
                       List<ClaimView> claims, long lateTotalFen, long claimsTotalFen, long totalOwedFen, Rule rule) {
    }
}
