package org.cep.crossenforcement.internal;

import java.time.LocalDate;
import java.util.List;

import org.cep.cases.api.CaseView;

/** What the cross-enforcement API answers with. Money in fen; dates Asia/Shanghai; instants ISO-8601 UTC. */
final class Views {
    private Views() {
    }

    record AssetInput(String kind, String description, Long valueFen, String measure, LocalDate foundOn, LocalDate measureOn,
                      LocalDate measureUntil) {
    }

    /**
     * An inquiry and control result. {@code seizureType} and {@code legalPeriod} (ISO-8601, e.g. P6M) are the
     * seizure-periods configuration's type and longest period for the kind; {@code ip} marks patents, trademarks, copyrights.
     */
    record AssetView(long id, long caseId, String kind, String kindZh, String description, long valueFen, String measure,
                     String measureZh, LocalDate foundOn, LocalDate measureOn, LocalDate measureUntil, String recordedBy,
                     boolean ip, String seizureType, String seizureTypeZh, String legalPeriod) {
        static AssetView of(AssetEntity a, org.cep.seizure.domain.SeizurePeriods periods) {
            org.cep.crossenforcement.domain.AssetKind k = org.cep.crossenforcement.domain.AssetKind.valueOf(a.kind);
            org.cep.crossenforcement.domain.Measure m = org.cep.crossenforcement.domain.Measure.valueOf(a.measure);
            return new AssetView(a.id, a.caseId, a.kind, k.labelZh(), a.description, a.valueFen, a.measure, m.labelZh(), a.foundOn,
                    a.measureOn, a.measureUntil, a.recordedBy, k.intellectualProperty(), k.seizureType().name(), k.seizureType().labelZh(),
                    periods.periodOf(k.seizureType()).toString());
        }
    }

    /** A freeze or seizure found by inquiry that ends within the days asked for (or has ended), with its case. */
    record ExpiringMeasure(AssetView asset, String caseNumber, long daysLeft) {
    }

    record DocumentView(long id, long caseId, String name, String mediaType, String sha256, long sizeBytes, String addedBy) {
        static DocumentView of(DocumentEntity d) {
            return new DocumentView(d.id, d.caseId, d.name, d.mediaType, d.sha256, d.sizeBytes, d.addedBy);
        }
    }

    record FlagInput(String reason) {
    }

    record Flagged(long caseId, boolean flagged) {
    }

    record MoneyInput(String kind, Long amountFen, LocalDate onDate, String note) {
    }

    record MoneyView(long id, long caseId, String kind, long amountFen, LocalDate onDate, String note, String recordedBy) {
        static MoneyView of(MoneyEntity m) {
            return new MoneyView(m.id, m.caseId, m.kind, m.amountFen, m.onDate, m.note, m.recordedBy);
        }
    }

    /** One case listed for cross-enforcement, with why. */
    record EligibleCase(String courtId, long caseId, String caseNumber, String respondent, long amountOwedFen, String filedAt,
                        List<String> reasons, List<String> reasonsZh) {
    }

    record EligibleView(String courtId, int cases, java.util.Map<String, Integer> byReason, List<EligibleCase> items) {
    }

    /** Everything a court needs to take a case over, or to read another court's case under a grant. */
    record CaseFile(String courtId, CaseView caseData, List<AssetView> assets, List<DocumentView> documents, List<MoneyView> money) {
    }
}
