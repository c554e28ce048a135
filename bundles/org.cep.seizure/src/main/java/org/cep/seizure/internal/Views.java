package org.cep.seizure.internal;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.cep.seizure.domain.SeizureAssessment;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/** JSON shapes of the live-seizure API. Money in fen, weights in kg, legal dates as local dates (Asia/Shanghai). */
final class Views {
    private Views() {
    }

    record NewLot(@Schema(requiredMode = REQUIRED, minLength = 1, maxLength = 100) String label, @Schema(maxLength = 500) String description,
                  @Schema(maxLength = 16, description = "计量单位，默认“头” / unit, by default 头 (head)") String unit,
                  @Schema(requiredMode = REQUIRED, minimum = "1", maximum = "10000000") Long count,
                  @Schema(minimum = "0", maximum = "1200") Integer ageMonths, @Schema(minimum = "0", maximum = "1000000", multipleOf = 0.01, description = "公斤，最多两位小数 / kg, at most 2 decimals") BigDecimal avgWeightKg, @Schema(minimum = "0", maximum = "1200") Integer marketAgeMonths,
                  @Schema(minimum = "0", maximum = "1000000", multipleOf = 0.01, description = "公斤，最多两位小数 / kg, at most 2 decimals") BigDecimal marketWeightKg,
                  @Schema(requiredMode = REQUIRED, minimum = "1", maximum = "10000000000000", description = "单价（分） / value per unit, in fen") Long valuePerUnitFen,
                  @Schema(maxLength = 2000, description = "耳标号等 / ear tags and the like") String identifiers, @Schema(maxLength = 200) String health) {
    }

    record LotView(long id, long caseId, @Schema(requiredMode = REQUIRED) String label, String description, @Schema(requiredMode = REQUIRED) String unit, long count, Integer ageMonths,
                   BigDecimal avgWeightKg, Integer marketAgeMonths, BigDecimal marketWeightKg, long valuePerUnitFen,
                   String identifiers, String health) {
        static LotView of(LotEntity l) {
            return new LotView(l.id, l.caseId, l.label, l.description, l.unit, l.unitCount, l.ageMonths, l.avgWeightKg,
                    l.marketAgeMonths, l.marketWeightKg, l.valuePerUnitFen, l.identifiers, l.health);
        }
    }

    /** items: lot id → units to seize. */
    record SeizureRequest(@Schema(requiredMode = REQUIRED, minProperties = 1,
                                  description = "批次编号 → 查封数量（0 到 10000000） / lot id → units to seize (0 to 10000000)") Map<String, Long> items,
                          @Schema(minimum = "0", maximum = "10000000000000", description = "预计执行费用（分） / estimated costs, in fen") Long costsFen,
                          @Schema(minimum = "0", maximum = "10000000000000", description = "须留给被执行人的经营最低额（分），默认取配置 / operating minimum left to the debtor, in fen; configured by default")
                          Long operatingMinimumFen,
                          @Schema(description = "财产类型 / asset type: BANK_DEPOSIT, MOVABLE (default), REAL_ESTATE, OTHER_PROPERTY_RIGHT, TRADEMARK, PATENT (letter case and - or _ as you like)") String assetType,
                          @Schema(maxLength = 2000) String custodyTerms,
                          @Schema(maxLength = 1000, description = "确认提示时必填 / required when confirming warnings") String reason,
                          @Schema(description = "确认超额查封等提示 / confirm warnings such as over-seizure") Boolean confirmWarnings,
                          @Schema(minimum = "1", maximum = "366") Integer inspectionIntervalDays) {
    }

    record ItemView(long lotId, @Schema(requiredMode = REQUIRED) String lotLabel, long seizedCount, long expectedCount) {
    }

    record SeizureView(long id, long caseId, @Schema(requiredMode = REQUIRED) String caseNumber,
                       @Schema(requiredMode = REQUIRED, allowableValues = {"PROPOSED", "ACTIVE", "SALE_REPORTED", "SALE_APPROVED", "SOLD", "PROCEEDS_RECEIVED", "RELEASED", "VIOLATION", "LAPSED"}) String state,
                       @Schema(requiredMode = REQUIRED) String stateZh, @Schema(requiredMode = REQUIRED) String stateEn,
                       @Schema(requiredMode = REQUIRED, allowableValues = {"BANK_DEPOSIT", "MOVABLE", "REAL_ESTATE", "OTHER_PROPERTY_RIGHT", "TRADEMARK", "PATENT"}) String assetType,
                       long seizedValueFen, long costsFen, long debtFen, String reason, String custodyTerms,
                       LocalDate startDate, LocalDate expiryDate, int renewals, LocalDate nextInspectionDate,
                       @ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED)) List<ItemView> items,
                       @ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED, description = "现在可执行的下一步 / the moves allowed now"),
                               schema = @Schema(allowableValues = {"ACTIVATE", "REPORT_SALE", "APPROVE_SALE", "REJECT_SALE", "RECORD_SALE",
                                       "RECEIVE_PROCEEDS", "RELEASE", "FLAG_VIOLATION", "RESOLVE_VIOLATION", "LAPSE"}))
                       List<String> allowedTransitions,
                       long version) {
    }

    record Created(@Schema(requiredMode = REQUIRED) SeizureView seizure, @Schema(requiredMode = REQUIRED) SeizureAssessment assessment) {
    }

    record Transition(@Schema(description = "读到的版本，不同则 409 / the version read; 409 when it changed") Long version, String reason,
                      @Schema(description = "默认今天，不得晚于今天 / today by default, not in the future") LocalDate date) {
    }

    record NewInspection(@Schema(requiredMode = REQUIRED, description = "不得晚于今天 / not in the future") LocalDate date,
                         @Schema(requiredMode = REQUIRED, minLength = 1, maxLength = 300) String inspectors, Boolean applicantPresent,
                         @Schema(requiredMode = REQUIRED, minProperties = 1, description = "批次编号 → 清点数量 / lot id → units counted") Map<String, Long> counts,
                         @Schema(description = "批次编号 → 平均体重（公斤） / lot id → average weight in kg") Map<String, BigDecimal> weightsKg,
                         @Schema(maxLength = 500) String health, @Schema(maxLength = 2000) String notes) {
    }

    record InspectionView(long id, @Schema(requiredMode = REQUIRED) LocalDate date, @Schema(requiredMode = REQUIRED) String inspectors, boolean applicantPresent, String counts, String weights,
                          String health, String notes, long missingCount, boolean violation, String recordedBy,
                          @ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED)) List<String> findings) {
    }

    record SaleReport(@Schema(requiredMode = REQUIRED, minLength = 1, maxLength = 200) String buyer,
                      @Schema(requiredMode = REQUIRED, minimum = "1", maximum = "10000000000000") Long expectedPriceFen, @Schema(requiredMode = REQUIRED) LocalDate expectedDate) {
    }

    record SaleDecision(@Schema(requiredMode = REQUIRED) Boolean approve, @Schema(maxLength = 500) String note) {
    }

    record SaleRecord(@Schema(requiredMode = REQUIRED, minimum = "1", maximum = "10000000", description = "不超过在押数量 / at most the units under seizure") Long soldCount,
                      @Schema(minimum = "0", maximum = "1000000", multipleOf = 0.01, description = "公斤，最多两位小数 / kg, at most 2 decimals") BigDecimal weightKg, @Schema(requiredMode = REQUIRED, minimum = "1", maximum = "10000000000000") Long priceFen,
                      @Schema(maxLength = 200, description = "默认为报告的买受人 / the reported buyer by default") String buyer,
                      @Schema(description = "默认今天，不得晚于今天 / today by default, not in the future") LocalDate date) {
    }

    record SaleView(long id, long seizureId, @Schema(requiredMode = REQUIRED, allowableValues = {"REPORTED", "APPROVED", "REJECTED", "SOLD"}) String status,
                    @Schema(requiredMode = REQUIRED) String buyer, long expectedPriceFen, @Schema(requiredMode = REQUIRED) LocalDate expectedDate,
                    String decisionNote, Long soldCount, BigDecimal weightKg, Long priceFen, LocalDate soldDate) {
        static SaleView of(SaleEntity s) {
            return new SaleView(s.id, s.seizureId, s.status, s.buyer, s.expectedPriceFen, s.expectedDate, s.decisionNote,
                    s.soldCount, s.weightKg, s.priceFen, s.soldDate);
        }
    }

    record Money(@Schema(requiredMode = REQUIRED, description = "RECEIVED 买受人付款、COST 执行费用、PAID_OUT 付给申请人、RETURNED 余款退还"
                         + " / RECEIVED from the buyer, COST, PAID_OUT to the applicant, RETURNED to the debtor (letter case and - or _ as you like)")
                 String kind,
                 @Schema(requiredMode = REQUIRED, minimum = "1", maximum = "10000000000000") Long amountFen,
                 @Schema(requiredMode = REQUIRED, minLength = 1, maxLength = 200) String party) {
    }

    record LedgerEntryView(long id, @Schema(requiredMode = REQUIRED, allowableValues = {"RECEIVED", "COST", "PAID_OUT", "RETURNED"}) String kind,
                           @Schema(requiredMode = REQUIRED) String kindZh, long amountFen, @Schema(requiredMode = REQUIRED) String party,
                           @Schema(requiredMode = REQUIRED, format = "date-time") String at, String recordedBy) {
    }

    record LedgerView(long seizureId, long debtFen, long receivedFen, long costsFen, long paidOutFen, long returnedFen,
                      long balanceFen, long stillOwedFen, @ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED)) List<LedgerEntryView> entries) {
    }

    record EventView(@Schema(requiredMode = REQUIRED, format = "date-time") String at, @Schema(requiredMode = REQUIRED) String kind, @Schema(requiredMode = REQUIRED) String labelZh,
                     @Schema(requiredMode = REQUIRED) String labelEn, String actor, String detail) {
    }

    record Release(@Schema(description = "读到的版本，不同则 409 / the version read; 409 when it changed") Long version, String reason,
                   @Schema(description = "申请人已足额受偿时同时结案 / also close the case (the applicant must be paid in full)") Boolean closeCase) {
    }

    record ExpiringView(long seizureId, long caseId, @Schema(requiredMode = REQUIRED, allowableValues = {"BANK_DEPOSIT", "MOVABLE", "REAL_ESTATE", "OTHER_PROPERTY_RIGHT", "TRADEMARK", "PATENT"}) String assetType,
                        @Schema(requiredMode = REQUIRED, allowableValues = {"PROPOSED", "ACTIVE", "SALE_REPORTED", "SALE_APPROVED", "SOLD", "PROCEEDS_RECEIVED", "RELEASED", "VIOLATION", "LAPSED"}) String state,
                        @Schema(requiredMode = REQUIRED, description = "到期日或下次回访日 / expiry date, or the date of the next visit") LocalDate expiryDate,
                        long daysLeft) {
    }
}
