package org.cep.seizure.domain;

/**
 * Count check at a follow-up inspection. The debtor keeps the animals and may sell only with
 * the court's approval, so any drop beyond approved sales is a violation, whatever the reason
 * given on site (deaths are reported too; an unreported death still counts here and is
 * resolved through the violation workflow).
 */
public final class InspectionCheck {

    /**
     * @param missing units below the expected count (0 when none)
     */
    public record Result(boolean violation, long missing, String messageZh, String messageEn) {}

    private InspectionCheck() {}

    /**
     * @param expectedCount              seized count at the previous inspection
     * @param countedCount               count recorded now
     * @param approvedSoldSinceLastCount units sold with court approval since then
     * @throws IllegalArgumentException  negative input, or more approved sales than expected units
     */
    public static Result compare(long expectedCount, long countedCount, long approvedSoldSinceLastCount) {
        if (expectedCount < 0 || countedCount < 0 || approvedSoldSinceLastCount < 0) {
            throw new IllegalArgumentException("数量不能为负数 / counts must not be negative");
        }
        if (approvedSoldSinceLastCount > expectedCount) {
            throw new IllegalArgumentException("批准出售数量" + approvedSoldSinceLastCount
                    + "超过上次清点数" + expectedCount + " / approved sales (" + approvedSoldSinceLastCount
                    + ") exceed the previous count (" + expectedCount + ")");
        }
        long shouldHave = expectedCount - approvedSoldSinceLastCount;
        if (countedCount < shouldHave) {
            long missing = shouldHave - countedCount;
            return new Result(true, missing,
                    "清点数" + countedCount + "，应有" + shouldHave + "（上次" + expectedCount
                            + "，其间批准出售" + approvedSoldSinceLastCount + "），短少" + missing
                            + "，未经报告，构成违规",
                    "counted " + countedCount + ", expected " + shouldHave + " (" + expectedCount
                            + " last time less " + approvedSoldSinceLastCount
                            + " approved sales): " + missing + " missing without a report, a violation");
        }
        if (countedCount > shouldHave) {
            // More than expected is not a violation, but the seized set must be clarified:
            // births or the debtor's unseized animals mixed into a seized pen.
            return new Result(false, 0,
                    "清点数" + countedCount + "多于应有数" + shouldHave + "，请核实是否有新生或混入的未查封牲畜",
                    "counted " + countedCount + ", more than the expected " + shouldHave
                            + "; check for births or unseized animals mixed in");
        }
        return new Result(false, 0,
                "清点数与应有数一致（" + shouldHave + "）",
                "count matches the expected " + shouldHave);
    }
}
