package org.cep.seizure.domain;

import java.util.List;

/**
 * Outcome of {@link SeizureLimit#assess}. All money in fen.
 *
 * @param seizedValueFen       value of the units the proposal seizes
 * @param requiredFen          debt + estimated costs
 * @param coverageBasisPoints  seized / required × 10000, rounded down so that 10000 is shown
 *                             only when the debt really is covered
 * @param overSeizureFen       max(0, seized − required − value of one unit of the cheapest
 *                             seized lot): excess beyond the unavoidable rounding to whole units
 * @param leftToDebtorFen      value of all stock minus the seized value
 * @param overSeizure          at least one whole unit could be dropped and the rest would still
 *                             cover what is required
 * @param belowOperatingMinimum what is left is below the court-configured operating minimum
 * @param underCovered         seized value is less than required
 * @param warningsZhEn         one "中文 / English" line per finding; empty when all is well
 */
public record SeizureAssessment(
        long seizedValueFen,
        long requiredFen,
        long coverageBasisPoints,
        long overSeizureFen,
        long leftToDebtorFen,
        boolean overSeizure,
        boolean belowOperatingMinimum,
        boolean underCovered,
        List<String> warningsZhEn) {

    public SeizureAssessment {
        warningsZhEn = List.copyOf(warningsZhEn);
    }
}
