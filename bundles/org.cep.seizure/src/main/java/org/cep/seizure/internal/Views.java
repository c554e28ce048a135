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
                          @Schema(minimum = "1", maximum = "366") Integer inspectionIntervalDays,
                          @Schema(description = "监管条款：保管人、地点、义务（每项回访时核对）、查封公告 / custody: custodian, place, obligations (each checked at visits), the public notice") Custody custody,
                          @Schema(description = "轮候查封：他案已查封的单位登记在后，前一查封解除后生效 / waiting seizure (轮候查封): units another case holds are queued behind it and take effect when that seizure ends") Boolean waiting) {
    }

    record Custody(@Schema(maxLength = 200, description = "保管人 / custodian") String custodian,
                   @Schema(maxLength = 300, description = "保管地点 / place of custody") String place,
                   @ArraySchema(maxItems = 20, arraySchema = @Schema(description = "保管义务，每行一项，回访逐项核对 / obligations, one a line, each checked at every visit"),
                           schema = @Schema(minLength = 1, maxLength = 190)) List<String> obligations,
                   @Schema(description = "查封公告 / the public notice of the seizure") Notice notice) {
    }

    record Notice(@Schema(description = "张贴日期，不得晚于今天 / posted on, not in the future") LocalDate date,
                  @Schema(maxLength = 1000, description = "公告内容与张贴位置（照片另行上传） / text and where it was posted (photos as attachments of the seizure)") String text) {
    }

    record ObligationCheck(@Schema(requiredMode = REQUIRED, minLength = 1, maxLength = 190) String obligation,
                           @Schema(requiredMode = REQUIRED) Boolean kept, @Schema(maxLength = 500) String note) {
    }

    /** What is already seized of a lot, by which seizure: not the debtor's free stock. */
    record SeizedElsewhere(long lotId, long seizureId, long caseId, long count,
                           @Schema(requiredMode = REQUIRED) String state) {
    }

    record AssessmentView(long seizedValueFen, long requiredFen, long coverageBasisPoints, long overSeizureFen, long leftToDebtorFen,
                          boolean overSeizure, boolean belowOperatingMinimum, boolean underCovered,
                          @ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED)) List<String> warningsZhEn,
                          @Schema(description = "本案在押查封已覆盖的价值（分） / value already under this case's seizures in force, in fen") long alreadySeizedForCaseFen,
                          @ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED, description = "已被查封（在押或轮候）的单位 / units already under seizure")) List<SeizedElsewhere> alreadySeized) {
        static AssessmentView of(SeizureAssessment a, long forCase, List<SeizedElsewhere> seized) {
            return new AssessmentView(a.seizedValueFen(), a.requiredFen(), a.coverageBasisPoints(), a.overSeizureFen(), a.leftToDebtorFen(),
                    a.overSeizure(), a.belowOperatingMinimum(), a.underCovered(), a.warningsZhEn(), forCase, seized);
        }
    }

    record ItemView(long lotId, @Schema(requiredMode = REQUIRED) String lotLabel, long seizedCount, long expectedCount,
                    @Schema(description = "最近一次回访清点数 / count at the latest visit") Long lastCountedCount) {
    }

    record SeizureView(long id, long caseId, @Schema(requiredMode = REQUIRED) String caseNumber,
                       @Schema(requiredMode = REQUIRED, allowableValues = {"PROPOSED", "ACTIVE", "SALE_REPORTED", "SALE_APPROVED", "SOLD", "PROCEEDS_RECEIVED", "RELEASED", "VIOLATION", "LAPSED", "WAITING"}) String state,
                       @Schema(requiredMode = REQUIRED) String stateZh, @Schema(requiredMode = REQUIRED) String stateEn,
                       @Schema(requiredMode = REQUIRED, allowableValues = {"BANK_DEPOSIT", "MOVABLE", "REAL_ESTATE", "OTHER_PROPERTY_RIGHT", "TRADEMARK", "PATENT"}) String assetType,
                       long seizedValueFen,
                       @Schema(description = "按最近回访清点数与应在数计算的现值（分） / value of what the latest visit found and is still expected, in fen") long currentValueFen,
                       long costsFen, long debtFen, String reason, String custodyTerms,
                       @Schema(requiredMode = REQUIRED) Custody custody,
                       LocalDate startDate,
                       @Schema(description = "裁定书写的届满日（含当日，“至 X 日止”） / the expiry the ruling writes, inclusive (至 X 日止)") LocalDate expiryDate,
                       @Schema(description = "届满次日零时起失效（不含） / the first day no longer in force (exclusive end)") LocalDate expiryExclusive,
                       @Schema(description = "最后可续行日：届满日遇节假日顺延至其后第一个工作日 / last day to renew: the expiry, moved to the next working day when it is a holiday") LocalDate lastDayToAct,
                       int renewals, LocalDate nextInspectionDate,
                       @Schema(description = "轮候于该查封之后 / waits behind this seizure") Long waitsFor,
                       @Schema(description = "未处理的违规 / the open violation") Long openViolationId,
                       @ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED)) List<ItemView> items,
                       @ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED, description = "现在可执行的下一步 / the moves allowed now"),
                               schema = @Schema(allowableValues = {"ACTIVATE", "REPORT_SALE", "APPROVE_SALE", "REJECT_SALE", "RECORD_SALE",
                                       "RECEIVE_PROCEEDS", "RELEASE", "FLAG_VIOLATION", "RESOLVE_VIOLATION", "LAPSE", "RECORD_PARTIAL_SALE", "TAKE_EFFECT"}))
                       List<String> allowedTransitions,
                       long version) {
    }

    record Created(@Schema(requiredMode = REQUIRED) SeizureView seizure, @Schema(requiredMode = REQUIRED) AssessmentView assessment) {
    }

    record Transition(@Schema(description = "读到的版本，不同则 409 / the version read; 409 when it changed") Long version, String reason,
                      @Schema(description = "默认今天，不得晚于今天 / today by default, not in the future") LocalDate date) {
    }

    record NewInspection(@Schema(requiredMode = REQUIRED, description = "不得晚于今天 / not in the future") LocalDate date,
                         @Schema(requiredMode = REQUIRED, minLength = 1, maxLength = 300) String inspectors, Boolean applicantPresent,
                         @Schema(requiredMode = REQUIRED, minProperties = 1, description = "批次编号 → 清点数量 / lot id → units counted") Map<String, Long> counts,
                         @Schema(description = "批次编号 → 平均体重（公斤） / lot id → average weight in kg") Map<String, BigDecimal> weightsKg,
                         @Schema(maxLength = 500) String health, @Schema(maxLength = 2000) String notes,
                         @ArraySchema(arraySchema = @Schema(description = "逐项核对保管义务（查封有义务时必填） / each custody obligation checked (required when the seizure has obligations)"))
                         List<ObligationCheck> obligationChecks) {
    }

    record InspectionView(long id, @Schema(requiredMode = REQUIRED) LocalDate date, @Schema(requiredMode = REQUIRED) String inspectors, boolean applicantPresent,
                          @Schema(requiredMode = REQUIRED, description = "批次编号 → 清点数量 / lot id → units counted") Map<String, Long> counts,
                          @Schema(description = "批次编号 → 平均体重（公斤） / lot id → average weight in kg") Map<String, BigDecimal> weights,
                          String health, String notes, long missingCount, boolean violation, String recordedBy,
                          @ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED)) List<String> findings,
                          @ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED)) List<ObligationCheck> obligationChecks,
                          @Schema(description = "该次回访发现的违规 / the violation this visit found") Long violationId) {
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
                    String decisionNote, Long soldCount, BigDecimal weightKg, Long priceFen, LocalDate soldDate,
                    String reportedBy, String decidedBy, String soldBy) {
        static SaleView of(SaleEntity s) {
            return new SaleView(s.id, s.seizureId, s.status, s.buyer, s.expectedPriceFen, s.expectedDate, s.decisionNote,
                    s.soldCount, s.weightKg, s.priceFen, s.soldDate, s.reportedBy, s.decidedBy, s.soldBy);
        }
    }

    record Money(@Schema(requiredMode = REQUIRED, description = "RECEIVED 买受人付款、COST 执行费用、PAID_OUT 付给申请人、RETURNED 余款退还"
                         + " / RECEIVED from the buyer, COST, PAID_OUT to the applicant, RETURNED to the debtor (letter case and - or _ as you like)")
                 String kind,
                 @Schema(requiredMode = REQUIRED, minimum = "1", maximum = "10000000000000") Long amountFen,
                 @Schema(requiredMode = REQUIRED, minLength = 1, maxLength = 200) String party,
                 @Schema(maxLength = 500, description = "到账超过已记录成交价时必填，该笔标记待查 / required when more is received than the recorded sale price; the entry is then flagged") String reason) {
    }

    record PayoutDecision(@Schema(requiredMode = REQUIRED) Boolean approve, @Schema(maxLength = 500) String note) {
    }

    record LedgerEntryView(long id, @Schema(requiredMode = REQUIRED, allowableValues = {"RECEIVED", "COST", "PAID_OUT", "RETURNED"}) String kind,
                           @Schema(requiredMode = REQUIRED) String kindZh, long amountFen, @Schema(requiredMode = REQUIRED) String party,
                           @Schema(requiredMode = REQUIRED, format = "date-time") String at, String recordedBy,
                           @Schema(requiredMode = REQUIRED, allowableValues = {"BOOKED", "PENDING", "REJECTED"},
                                   description = "PENDING：超过配置金额的支付待第二人批准 / a payout above the configured amount waiting for a second person") String status,
                           String reason, boolean flagged, String decidedBy) {
    }

    record LedgerView(long seizureId, long debtFen, long receivedFen, long costsFen, long paidOutFen, long returnedFen,
                      long balanceFen, @Schema(description = "全案（所有查封合计）尚欠申请人 / still owed to the applicant over the whole case") long stillOwedFen,
                      @Schema(description = "待批准的支付 / payouts waiting for approval") long pendingPayoutFen,
                      @ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED)) List<LedgerEntryView> entries) {
    }

    record CaseMoney(long caseId, long debtFen, long receivedFen, long costsFen, long paidOutFen, long returnedFen, long balanceFen,
                     long stillOwedFen, long pendingPayoutFen, @Schema(requiredMode = REQUIRED, allowableValues = {"OPEN", "CLOSED"}) String caseStatus,
                     @ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED)) List<LedgerView> seizures) {
    }

    record CaseClose(@Schema(requiredMode = REQUIRED, minLength = 1, maxLength = 500) String reason,
                     @Schema(requiredMode = REQUIRED, allowableValues = {"RELEASE", "LIST"},
                             description = "RELEASE：解除仍在押的查封后结案；LIST：仍有在押查封时不结案并列出 / RELEASE the seizures still in force and close, or LIST them and do not close")
                     String inForce) {
    }

    record CaseClosed(long caseId, @Schema(requiredMode = REQUIRED, allowableValues = {"OPEN", "CLOSED"}) String caseStatus,
                      @ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED)) List<Long> released,
                      @ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED, description = "仍在押或轮候的查封 / seizures still in force or waiting")) List<SeizureView> stillInForce) {
    }

    record Explanation(@Schema(requiredMode = REQUIRED, allowableValues = {"DIED", "SOLD_WITHOUT_LEAVE", "NOT_EXPLAINED", "OTHER"},
                               description = "DIED 死亡（须附兽医证明或照片）、SOLD_WITHOUT_LEAVE 擅自出售（须写买受人与价款以便追回）、NOT_EXPLAINED 无法说明 / died (vet certificate or photo), sold without leave (buyer and price, to recover the proceeds), not explained")
                       String kind,
                       @Schema(maxLength = 2000) String text,
                       @Schema(maxLength = 1000, description = "证据：文书编号或已上传附件 / evidence: document numbers, or attachments uploaded to the violation") String evidence,
                       @Schema(maxLength = 200) String buyer,
                       @Schema(minimum = "1", maximum = "10000000000000") Long priceFen) {
    }

    record Adjustment(@Schema(requiredMode = REQUIRED, minProperties = 1, description = "批次编号 → 此后应在数量 / lot id → units expected from now on") Map<String, Long> counts,
                      @Schema(requiredMode = REQUIRED, minLength = 1, maxLength = 1000) String reason,
                      @Schema(requiredMode = REQUIRED, minLength = 1, maxLength = 1000) String evidence) {
    }

    record Consequence(@Schema(requiredMode = REQUIRED, allowableValues = {"WARNING", "SANCTION"}) String decision,
                       @Schema(allowableValues = {"FINE", "DETENTION", "REFERRAL_314"},
                               description = "SANCTION 时必填：罚款、拘留（15 日以内）、移送追究非法处置查封财产罪（刑法第314条） / with SANCTION: fine, detention (up to 15 days), referral for illegally disposing of seized property (Criminal Law art. 314)")
                       String sanctionKind,
                       @Schema(minimum = "1", maximum = "100000000", description = "罚款金额（分），个人不超过10万元，单位不超过100万元 / fine in fen: an individual up to CNY 100,000, an organisation up to CNY 1,000,000") Long amountFen,
                       @Schema(minimum = "1", maximum = "15") Integer days,
                       @Schema(maxLength = 1000) String note,
                       @Schema(allowableValues = {"INDIVIDUAL", "ORGANISATION"},
                               description = "被处罚人是个人还是单位（默认个人；决定罚款限额，单位不能拘留） / whether the sanctioned party is an individual (default) or an organisation: it sets the fine's limits, and an organisation cannot be detained")
                       String partyType) {
    }

    record Resolution(@Schema(maxLength = 1000) String note) {
    }

    record ViolationView(long id, long seizureId, long inspectionId, @Schema(requiredMode = REQUIRED) LocalDate foundDate, long missingCount,
                         String findings, @Schema(requiredMode = REQUIRED, allowableValues = {"OPEN", "RESOLVED"}) String status,
                         String explanationKind, String explanation, String evidence, String buyer, Long priceFen, String explainedBy,
                         Map<String, Long> adjustedCounts, String adjustReason, String adjustEvidence, String adjustedBy,
                         String consequence, String sanctionKind, Long sanctionAmountFen, Integer sanctionDays, String legalBasis,
                         String consequenceNote, String decidedBy,
                         @Schema(description = "处罚进入案件制裁阶梯后的编号（须另一名执行法官决定） / the entry on the case's sanctions ladder, which another enforcement judge decides")
                         Long sanctionId,
                         String resolutionNote, String resolvedBy, long version) {
        static ViolationView of(ViolationEntity v) {
            return new ViolationView(v.id, v.seizureId, v.inspectionId, v.foundDate, v.missingCount, v.findings, v.status,
                    v.explanationKind, v.explanation, v.evidence, v.buyer, v.priceFen, v.explainedBy,
                    v.adjustedCounts == null ? null : StoredJson.counts(v.adjustedCounts), v.adjustReason, v.adjustEvidence, v.adjustedBy,
                    v.consequence, v.sanctionKind, v.sanctionAmountFen, v.sanctionDays, v.legalBasis, v.consequenceNote, v.decidedBy,
                    v.sanctionId, v.resolutionNote, v.resolvedBy, v.version);
        }
    }

    record EventView(@Schema(requiredMode = REQUIRED, format = "date-time") String at, @Schema(requiredMode = REQUIRED) String kind, @Schema(requiredMode = REQUIRED) String labelZh,
                     @Schema(requiredMode = REQUIRED) String labelEn, String actor, String detail) {
    }

    record Release(@Schema(description = "读到的版本，不同则 409 / the version read; 409 when it changed") Long version, String reason,
                   @Schema(description = "申请人已足额受偿时同时结案 / also close the case (the applicant must be paid in full)") Boolean closeCase) {
    }

    record ExpiringView(long seizureId, long caseId, @Schema(requiredMode = REQUIRED, allowableValues = {"BANK_DEPOSIT", "MOVABLE", "REAL_ESTATE", "OTHER_PROPERTY_RIGHT", "TRADEMARK", "PATENT"}) String assetType,
                        @Schema(requiredMode = REQUIRED, allowableValues = {"PROPOSED", "ACTIVE", "SALE_REPORTED", "SALE_APPROVED", "SOLD", "PROCEEDS_RECEIVED", "RELEASED", "VIOLATION", "LAPSED", "WAITING"}) String state,
                        @Schema(requiredMode = REQUIRED, description = "到期日（含当日）或下次回访日 / expiry date (inclusive), or the date of the next visit") LocalDate expiryDate,
                        long daysLeft,
                        @Schema(description = "届满次日（不含） / the day after the last day in force (exclusive end)") LocalDate expiryExclusive,
                        @Schema(description = "最后可续行日（节假日顺延） / last day to renew (moved past holidays)") LocalDate lastDayToAct,
                        @Schema(description = "期间规则 / the date rule") String ruleZhEn) {
        static ExpiringView visit(long seizureId, long caseId, String assetType, String state, LocalDate next, long daysLeft) {
            return new ExpiringView(seizureId, caseId, assetType, state, next, daysLeft, null, null, null);
        }
    }
}
