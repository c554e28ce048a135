package org.cep.seizure.domain;

import static org.cep.seizure.domain.Bilingual.assertBilingual;
import static org.junit.jupiter.api.Assertions.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cep.seizure.domain.SeizureLimit.Lot;
import org.junit.jupiter.api.Test;

/** Kedong numbers: debt CNY 93,000 + costs CNY 1,000 = 9,400,000 fen required. */
class SeizureLimitTest {

    private static final long DEBT = 9_300_000L;
    private static final long COSTS = 100_000L;
    private static final List<Lot> KEDONG = List.of(
            new Lot("pen1", 15, 300_000L),  // 15 pigs at CNY 3,000
            new Lot("pen2", 20, 250_000L),  // 20 pigs at CNY 2,500
            new Lot("pen3", 25, 60_000L));  // 25 piglets at CNY 600; all stock = 11,000,000 fen

    private static SeizureAssessment assess(Map<String, Long> seized, long operatingMinimum) {
        return SeizureLimit.assess(KEDONG, seized, DEBT, COSTS, operatingMinimum);
    }

    @Test
    void exactCoverageRoundedUpToWholePigsIsNotOverSeizure() {
        // 35 grown pigs = 9,500,000; surplus 100,000 is less than one pig (250,000).
        SeizureAssessment a = assess(Map.of("pen1", 15L, "pen2", 20L), 1_000_000L);
        assertEquals(9_500_000L, a.seizedValueFen());
        assertEquals(9_400_000L, a.requiredFen());
        assertEquals(10_106L, a.coverageBasisPoints()); // 101.06 %, rounded down
        assertEquals(0L, a.overSeizureFen());
        assertEquals(1_500_000L, a.leftToDebtorFen()); // the 25 piglets stay with the debtor
        assertFalse(a.overSeizure());
        assertFalse(a.underCovered());
        assertFalse(a.belowOperatingMinimum());
        assertTrue(a.warningsZhEn().isEmpty());
    }

    @Test
    void fortyPigsIncludingPigletsIsOverSeizure() {
        // 35 grown + 5 piglets = 9,800,000; dropping a piglet (60,000) still covers.
        SeizureAssessment a = assess(Map.of("pen1", 15L, "pen2", 20L, "pen3", 5L), 0L);
        assertEquals(9_800_000L, a.seizedValueFen());
        assertEquals(340_000L, a.overSeizureFen()); // 400,000 surplus − one piglet 60,000
        assertEquals(1_200_000L, a.leftToDebtorFen());
        assertTrue(a.overSeizure());
        assertFalse(a.underCovered());
        assertEquals(1, a.warningsZhEn().size());
        assertBilingual(a.warningsZhEn().get(0));
        assertTrue(a.warningsZhEn().get(0).contains("600.00"));
    }

    @Test
    void seizingEverythingIsOverSeizureAndLeavesNothing() {
        SeizureAssessment a = assess(Map.of("pen1", 15L, "pen2", 20L, "pen3", 25L), 500_000L);
        assertEquals(11_000_000L, a.seizedValueFen());
        assertEquals(1_540_000L, a.overSeizureFen());
        assertEquals(0L, a.leftToDebtorFen());
        assertTrue(a.overSeizure());
        assertTrue(a.belowOperatingMinimum());
        assertEquals(2, a.warningsZhEn().size());
    }

    @Test
    void surplusOfExactlyOneUnitIsOverSeizure() {
        // Debt 9,250,000, no costs: 35 pigs leave 250,000 surplus = one pen2 pig, and the rest
        // would cover exactly. The flag follows the rule; the fen figure follows its formula.
        SeizureAssessment a = SeizureLimit.assess(KEDONG, Map.of("pen1", 15L, "pen2", 20L), 9_250_000L, 0L, 0L);
        assertTrue(a.overSeizure());
        assertEquals(0L, a.overSeizureFen());
        // One fen less surplus and dropping a pig no longer covers.
        SeizureAssessment b = SeizureLimit.assess(KEDONG, Map.of("pen1", 15L, "pen2", 20L), 9_250_001L, 0L, 0L);
        assertFalse(b.overSeizure());
    }

    @Test
    void underCoverage() {
        SeizureAssessment a = assess(Map.of("pen1", 15L, "pen2", 19L), 0L);
        assertEquals(9_250_000L, a.seizedValueFen());
        assertEquals(9_840L, a.coverageBasisPoints()); // 98.40 %
        assertTrue(a.underCovered());
        assertFalse(a.overSeizure());
        assertEquals(0L, a.overSeizureFen());
        assertEquals(1, a.warningsZhEn().size());
        assertBilingual(a.warningsZhEn().get(0));
        assertTrue(a.warningsZhEn().get(0).contains("1,500.00"), a.warningsZhEn().get(0));
    }

    @Test
    void coverageOneFenShortIsUnderCoveredAndBelow10000BasisPoints() {
        SeizureAssessment a = SeizureLimit.assess(KEDONG, Map.of("pen1", 15L, "pen2", 20L), 9_500_001L, 0L, 0L);
        assertTrue(a.underCovered());
        assertEquals(9_999L, a.coverageBasisPoints());
    }

    @Test
    void nothingSeized() {
        SeizureAssessment a = assess(Map.of(), 0L);
        assertEquals(0L, a.seizedValueFen());
        assertEquals(0L, a.coverageBasisPoints());
        assertEquals(11_000_000L, a.leftToDebtorFen());
        assertTrue(a.underCovered());
        assertFalse(a.overSeizure());
    }

    @Test
    void belowOperatingMinimum() {
        // Piglets left = 1,500,000; the court wants the debtor to keep 2,000,000.
        SeizureAssessment a = assess(Map.of("pen1", 15L, "pen2", 20L), 2_000_000L);
        assertTrue(a.belowOperatingMinimum());
        assertFalse(a.overSeizure());
        assertEquals(1, a.warningsZhEn().size());
        assertBilingual(a.warningsZhEn().get(0));
        // Exactly at the minimum is fine.
        assertFalse(assess(Map.of("pen1", 15L, "pen2", 20L), 1_500_000L).belowOperatingMinimum());
    }

    @Test
    void seizedCountAboveLotCountIsRejected() {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> assess(Map.of("pen1", 16L), 0L));
        assertBilingual(ex.getMessage());
        assertTrue(ex.getMessage().contains("pen1"));
        assertThrows(IllegalArgumentException.class, () -> assess(Map.of("pen1", -1L), 0L));
        Map<String, Long> withNull = new HashMap<>();
        withNull.put("pen1", null);
        assertThrows(IllegalArgumentException.class, () -> assess(withNull, 0L));
    }

    @Test
    void unknownLotIsRejected() {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> assess(Map.of("pen9", 1L), 0L));
        assertBilingual(ex.getMessage());
        assertTrue(ex.getMessage().contains("pen9"));
    }

    @Test
    void badLotsAndAmountsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Lot(" ", 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Lot("x", -1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Lot("x", 1, -1));
        List<Lot> dup = List.of(new Lot("a", 1, 1), new Lot("a", 2, 2));
        assertBilingual(assertThrows(IllegalArgumentException.class,
                () -> SeizureLimit.assess(dup, Map.of(), 1, 0, 0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> SeizureLimit.assess(KEDONG, Map.of(), 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> SeizureLimit.assess(KEDONG, Map.of(), 1, -1, 0));
        assertThrows(IllegalArgumentException.class, () -> SeizureLimit.assess(KEDONG, Map.of(), 1, 0, -1));
    }

    @Test
    void overflowIsAnErrorNotAWrappedAmount() {
        List<Lot> huge = List.of(new Lot("h", Long.MAX_VALUE / 2, 3));
        assertThrows(ArithmeticException.class, () -> SeizureLimit.assess(huge, Map.of(), 1, 0, 0));
        // Fits per lot, overflows in the sum.
        List<Lot> two = List.of(new Lot("a", 1, Long.MAX_VALUE), new Lot("b", 1, 1));
        assertThrows(ArithmeticException.class, () -> SeizureLimit.assess(two, Map.of("a", 1L), 1, 0, 0));
        assertThrows(ArithmeticException.class,
                () -> SeizureLimit.assess(KEDONG, Map.of(), Long.MAX_VALUE, 1, 0));
    }

    @Test
    void warningsAreImmutable() {
        SeizureAssessment a = assess(Map.of(), 0L);
        assertThrows(UnsupportedOperationException.class, () -> a.warningsZhEn().add("x"));
    }
}
