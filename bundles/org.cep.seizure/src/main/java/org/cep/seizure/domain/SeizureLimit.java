package org.cep.seizure.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Seizure-limit arithmetic for a live seizure: seize enough to cover the debt and costs, but no
 * more than that rounded up to whole animals, and leave the debtor enough stock to keep
 * operating (the Kedong case: no "one cut for all"). Money in fen, exact long arithmetic; an
 * overflow is an error, never a wrapped-around amount.
 */
public final class SeizureLimit {

    /**
     * One lot (pen) of the debtor's stock as inventoried on site.
     *
     * @param valuePerUnitFen appraised value of one animal of this lot
     */
    public record Lot(String lotId, long count, long valuePerUnitFen) {
        public Lot {
            if (lotId == null || lotId.isBlank()) {
                throw new IllegalArgumentException("批次编号不能为空 / lot id must not be blank");
            }
            if (count < 0) {
                throw new IllegalArgumentException("批次" + lotId + "数量不能为负数 / lot "
                        + lotId + ": count must not be negative (" + count + ")");
            }
            if (valuePerUnitFen < 0) {
                throw new IllegalArgumentException("批次" + lotId + "单价不能为负数 / lot "
                        + lotId + ": value per unit must not be negative (" + valuePerUnitFen + ")");
            }
        }
    }

    private SeizureLimit() {}

    /**
     * @param lots                 all lots the debtor has (seized or not), unique ids
     * @param seizedCounts         lot id → number of units the proposal seizes; lots not named
     *                             are not seized
     * @param debtFen              amount owed to the applicant, &gt; 0
     * @param costsFen             estimated execution fee and other costs, ≥ 0
     * @param operatingMinimumFen  stock value the debtor must keep, ≥ 0 (court-configured)
     * @throws IllegalArgumentException bad input (messages in Chinese and English)
     * @throws ArithmeticException      when an amount does not fit in a long
     */
    public static SeizureAssessment assess(List<Lot> lots, Map<String, Long> seizedCounts,
            long debtFen, long costsFen, long operatingMinimumFen) {
        Objects.requireNonNull(lots, "lots");
        Objects.requireNonNull(seizedCounts, "seizedCounts");
        if (debtFen <= 0) {
            throw new IllegalArgumentException("欠款金额必须大于零 / debt must be greater than zero");
        }
        if (costsFen < 0) {
            throw new IllegalArgumentException("费用不能为负数 / costs must not be negative");
        }
        if (operatingMinimumFen < 0) {
            throw new IllegalArgumentException(
                    "经营保留额不能为负数 / operating minimum must not be negative");
        }
        Map<String, Lot> byId = index(lots);
        checkSeizedCounts(byId, seizedCounts);

        long totalFen = 0;
        long seizedFen = 0;
        // Smallest unit value among lots actually seized: the finest step the officer could
        // take back without touching whole lots. -1 = nothing seized.
        long cheapestSeizedUnitFen = -1;
        for (Lot lot : byId.values()) {
            totalFen = Math.addExact(totalFen, Math.multiplyExact(lot.count(), lot.valuePerUnitFen()));
            long n = seizedCounts.getOrDefault(lot.lotId(), 0L);
            if (n > 0) {
                seizedFen = Math.addExact(seizedFen, Math.multiplyExact(n, lot.valuePerUnitFen()));
                if (cheapestSeizedUnitFen < 0 || lot.valuePerUnitFen() < cheapestSeizedUnitFen) {
                    cheapestSeizedUnitFen = lot.valuePerUnitFen();
                }
            }
        }
        long requiredFen = Math.addExact(debtFen, costsFen);
        long coverageBp = Math.multiplyExact(seizedFen, 10_000L) / requiredFen;
        long surplusFen = seizedFen - requiredFen; // both non-negative longs: cannot overflow
        long unitFen = Math.max(0, cheapestSeizedUnitFen);
        long overSeizureFen = Math.max(0, surplusFen - unitFen);
        // Dropping one cheapest unit still covers ⇔ surplus ≥ that unit. Equality counts: the
        // rest would cover exactly. A seized unit appraised at 0 fen is always droppable once
        // the debt is covered, which is right: it adds nothing but burden for the debtor.
        boolean overSeizure = cheapestSeizedUnitFen >= 0 && surplusFen >= cheapestSeizedUnitFen;
        boolean underCovered = seizedFen < requiredFen;
        long leftFen = totalFen - seizedFen;
        boolean belowMinimum = leftFen < operatingMinimumFen;

        List<String> warnings = new ArrayList<>();
        if (underCovered) {
            String gap = Fen.yuan(requiredFen - seizedFen);
            warnings.add("查封财产价值不足以清偿债务及费用，差额" + gap + "元"
                    + " / seized value does not cover debt and costs, short by CNY " + gap);
        }
        if (overSeizure) {
            String unit = Fen.yuan(cheapestSeizedUnitFen);
            warnings.add("超标的查封：至少可少封一头（单价" + unit + "元）仍足以清偿"
                    + " / over-seizure: at least one unit (CNY " + unit
                    + ") could be released and the rest would still cover the debt");
        }
        if (belowMinimum) {
            String left = Fen.yuan(leftFen);
            String min = Fen.yuan(operatingMinimumFen);
            warnings.add("留给被执行人的存栏价值" + left + "元低于维持经营所需的" + min + "元"
                    + " / stock left to the debtor (CNY " + left
                    + ") is below the operating minimum (CNY " + min + ")");
        }
        return new SeizureAssessment(seizedFen, requiredFen, coverageBp, overSeizureFen, leftFen,
                overSeizure, belowMinimum, underCovered, warnings);
    }

    private static Map<String, Lot> index(List<Lot> lots) {
        Map<String, Lot> byId = new LinkedHashMap<>();
        for (Lot lot : lots) {
            Objects.requireNonNull(lot, "lot");
            if (byId.putIfAbsent(lot.lotId(), lot) != null) {
                throw new IllegalArgumentException("批次编号重复：" + lot.lotId()
                        + " / duplicate lot id: " + lot.lotId());
            }
        }
        return byId;
    }

    private static void checkSeizedCounts(Map<String, Lot> byId, Map<String, Long> seized) {
        for (Map.Entry<String, Long> e : seized.entrySet()) {
            Lot lot = byId.get(e.getKey());
            if (lot == null) {
                throw new IllegalArgumentException("未知批次：" + e.getKey()
                        + " / unknown lot: " + e.getKey());
            }
            Long n = e.getValue();
            if (n == null || n < 0 || n > lot.count()) {
                throw new IllegalArgumentException("批次" + lot.lotId() + "查封数量" + n
                        + "超出范围（0至" + lot.count() + "） / lot " + lot.lotId()
                        + ": seized count " + n + " is outside 0.." + lot.count());
            }
        }
    }
}
