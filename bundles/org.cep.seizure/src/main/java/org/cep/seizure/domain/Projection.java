package org.cep.seizure.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * "Time for resources" (以时间换资源): when will the seized stock reach market weight, and will
 * it then cover what is owed? In Kedong the piglets were worth little at seizure and covered
 * the debt four months later. This is an estimate for the officer, on a price the officer
 * enters; it is not an appraisal.
 */
public final class Projection {

    /**
     * Growth data of one seized lot, as recorded at the latest inspection.
     *
     * @param count           seized units in the lot, ≥ 0
     * @param ageMonths       current age, whole months, ≥ 0
     * @param weightKg        current average weight per unit, ≥ 0
     * @param marketAgeMonths age at which the lot is expected to be sold, ≥ 0
     * @param marketWeightKg  expected average weight per unit at that age, ≥ 0
     * @param pricePerKgFen   expected price per kg live weight, entered by the officer, &gt; 0
     */
    public record LotInput(String lotId, long count, int ageMonths, BigDecimal weightKg,
            int marketAgeMonths, BigDecimal marketWeightKg, long pricePerKgFen) {
        public LotInput {
            if (lotId == null || lotId.isBlank()) {
                throw new IllegalArgumentException("批次编号不能为空 / lot id must not be blank");
            }
            requireNonNegative(lotId, count, "数量", "count");
            requireNonNegative(lotId, ageMonths, "月龄", "age in months");
            requireNonNegative(lotId, marketAgeMonths, "出栏月龄", "market age in months");
            requireNonNegative(lotId, weightKg, "体重", "weight");
            requireNonNegative(lotId, marketWeightKg, "出栏体重", "market weight");
            if (pricePerKgFen <= 0) {
                throw new IllegalArgumentException("批次" + lotId + "单价（分/公斤）必须大于零"
                        + " / lot " + lotId + ": price per kg must be greater than zero");
            }
        }
    }

    /** Projection for one lot. {@code marketDate} is never before the projection date. */
    public record LotResult(String lotId, LocalDate marketDate, long projectedValueFen) {}

    /**
     * @param readyDate     date by which every lot has reached market age (latest lot)
     * @param coversDebt    projected total ≥ required
     * @param shortfallFen  max(0, required − projected total)
     * @param warningsZhEn  one "中文 / English" line per finding
     */
    public record Result(List<LotResult> lots, LocalDate readyDate, long totalProjectedValueFen,
            long requiredFen, boolean coversDebt, long shortfallFen, List<String> warningsZhEn) {
        public Result {
            lots = List.copyOf(lots);
            warningsZhEn = List.copyOf(warningsZhEn);
        }
    }

    private Projection() {}

    /**
     * @param lots        seized lots, at least one
     * @param requiredFen debt + costs, &gt; 0
     * @param today       projection date (court calendar, Asia/Shanghai)
     * @throws IllegalArgumentException bad input (bilingual message)
     * @throws ArithmeticException      when a value does not fit in a long
     */
    public static Result project(List<LotInput> lots, long requiredFen, LocalDate today) {
        Objects.requireNonNull(lots, "lots");
        Objects.requireNonNull(today, "today");
        if (lots.isEmpty()) {
            throw new IllegalArgumentException("没有可预测的批次 / no lots to project");
        }
        if (requiredFen <= 0) {
            throw new IllegalArgumentException("应清偿金额必须大于零 / required amount must be greater than zero");
        }
        List<LotResult> results = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        LocalDate ready = today;
        long total = 0;
        for (LotInput lot : lots) {
            Objects.requireNonNull(lot, "lot");
            int remaining = Math.max(0, lot.marketAgeMonths() - lot.ageMonths());
            // plusMonths clamps to month end (31 Jan + 1 month = 28/29 Feb): an estimate, fine.
            LocalDate marketDate = today.plusMonths(remaining);
            long value = BigDecimal.valueOf(lot.count())
                    .multiply(lot.marketWeightKg())
                    .multiply(BigDecimal.valueOf(lot.pricePerKgFen()))
                    .setScale(0, RoundingMode.HALF_UP)
                    .longValueExact();
            results.add(new LotResult(lot.lotId(), marketDate, value));
            total = Math.addExact(total, value);
            if (marketDate.isAfter(ready)) {
                ready = marketDate;
            }
            if (remaining == 0) {
                warnings.add(readyWarning(lot));
            }
        }
        long shortfall = Math.max(0, requiredFen - total);
        if (shortfall > 0) {
            String gap = Fen.yuan(shortfall);
            warnings.add("预计出栏价值不足以清偿债务及费用，差额" + gap + "元"
                    + " / projected value at market weight does not cover debt and costs,"
                    + " short by CNY " + gap);
        }
        return new Result(results, ready, total, requiredFen, shortfall == 0, shortfall, warnings);
    }

    private static String readyWarning(LotInput lot) {
        // At market age but still light: the projection counts market weight, so it may be
        // optimistic; the officer should weigh before relying on it.
        if (lot.weightKg().compareTo(lot.marketWeightKg()) < 0) {
            return "批次" + lot.lotId() + "已达出栏月龄但平均体重" + lot.weightKg().toPlainString()
                    + "公斤低于预期" + lot.marketWeightKg().toPlainString() + "公斤，预估价值可能偏高"
                    + " / lot " + lot.lotId() + " has reached market age but weighs "
                    + lot.weightKg().toPlainString() + " kg on average, below the expected "
                    + lot.marketWeightKg().toPlainString() + " kg; the projected value may be too high";
        }
        return "批次" + lot.lotId() + "已达出栏月龄，可随时出售"
                + " / lot " + lot.lotId() + " has reached market age and can be sold now";
    }

    private static void requireNonNegative(String lotId, long v, String zh, String en) {
        if (v < 0) {
            throw new IllegalArgumentException("批次" + lotId + zh + "不能为负数 / lot " + lotId
                    + ": " + en + " must not be negative (" + v + ")");
        }
    }

    private static void requireNonNegative(String lotId, BigDecimal v, String zh, String en) {
        if (v == null || v.signum() < 0) {
            throw new IllegalArgumentException("批次" + lotId + zh + "必须填写且不能为负数 / lot "
                    + lotId + ": " + en + " is required and must not be negative (" + v + ")");
        }
    }
}
