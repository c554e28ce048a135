package org.cep.seizure.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.cep.seizure.domain.SeizureAssessment;

/** JSON shapes of the live-seizure API. Money in fen, weights in kg, legal dates as local dates (Asia/Shanghai). */
final class Views {
    private Views() {
    }

    record NewLot(String label, String description, String unit, Long count, Integer ageMonths, BigDecimal avgWeightKg,
                  Integer marketAgeMonths, BigDecimal marketWeightKg, Long valuePerUnitFen, String identifiers, String health) {
    }

    record LotView(long id, long caseId, String label, String description, String unit, long count, Integer ageMonths,
                   BigDecimal avgWeightKg, Integer marketAgeMonths, BigDecimal marketWeightKg, long valuePerUnitFen,
                   String identifiers, String health) {
        static LotView of(LotEntity l) {
            return new LotView(l.id, l.caseId, l.label, l.description, l.unit, l.unitCount, l.ageMonths, l.avgWeightKg,
                    l.marketAgeMonths, l.marketWeightKg, l.valuePerUnitFen, l.identifiers, l.health);
        }
    }

    /** items: lot id → units to seize. */
    record SeizureRequest(Map<String, Long> items, Long costsFen, Long operatingMinimumFen, String assetType,
                          String custodyTerms, String reason, Boolean confirmWarnings, Integer inspectionIntervalDays) {
    }

    record ItemView(long lotId, String lotLabel, long seizedCount, long expectedCount) {
    }

    record SeizureView(long id, long caseId, String caseNumber, String state, String stateZh, String stateEn, String assetType,
                       long seizedValueFen, long costsFen, long debtFen, String reason, String custodyTerms,
                       LocalDate startDate, LocalDate expiryDate, int renewals, LocalDate nextInspectionDate,
                       List<ItemView> items, List<String> allowedTransitions, long version) {
    }

    record Created(SeizureView seizure, SeizureAssessment assessment) {
    }

    record Transition(Long version, String reason, LocalDate date) {
    }

    record NewInspection(LocalDate date, String inspectors, Boolean applicantPresent, Map<String, Long> counts,
                         Map<String, BigDecimal> weightsKg, String health, String notes) {
    }

    record InspectionView(long id, LocalDate date, String inspectors, boolean applicantPresent, String counts, String weights,
                          String health, String notes, long missingCount, boolean violation, String recordedBy,
                          List<String> findings) {
    }

    record SaleReport(String buyer, Long expectedPriceFen, LocalDate expectedDate) {
    }

    record SaleDecision(Boolean approve, String note) {
    }

    record SaleRecord(Long soldCount, BigDecimal weightKg, Long priceFen, String buyer, LocalDate date) {
    }

    record SaleView(long id, long seizureId, String status, String buyer, long expectedPriceFen, LocalDate expectedDate,
                    String decisionNote, Long soldCount, BigDecimal weightKg, Long priceFen, LocalDate soldDate) {
        static SaleView of(SaleEntity s) {
            return new SaleView(s.id, s.seizureId, s.status, s.buyer, s.expectedPriceFen, s.expectedDate, s.decisionNote,
                    s.soldCount, s.weightKg, s.priceFen, s.soldDate);
        }
    }

    record Money(String kind, Long amountFen, String party) {
    }

    record LedgerEntryView(long id, String kind, String kindZh, long amountFen, String party, String at, String recordedBy) {
    }

    record LedgerView(long seizureId, long debtFen, long receivedFen, long costsFen, long paidOutFen, long returnedFen,
                      long balanceFen, long stillOwedFen, List<LedgerEntryView> entries) {
    }

    record EventView(String at, String kind, String labelZh, String labelEn, String actor, String detail) {
    }

    record Release(Long version, String reason, Boolean closeCase) {
    }

    record ExpiringView(long seizureId, long caseId, String assetType, String state, LocalDate expiryDate, long daysLeft) {
    }
}
