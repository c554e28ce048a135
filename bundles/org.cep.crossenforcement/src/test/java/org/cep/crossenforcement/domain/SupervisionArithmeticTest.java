package org.cep.crossenforcement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.cep.crossenforcement.domain.CaseKpi.Money;
import org.junit.jupiter.api.Test;

class SupervisionArithmeticTest {
    private static final LocalDate FILED = LocalDate.of(2025, 3, 1);
    private static final LocalDate MOVED = LocalDate.of(2025, 11, 1);
    private static final LocalDate TODAY = LocalDate.of(2025, 12, 1);

    @Test
    void onlyWhatFallsInsideTheHoldingPeriodCounts() {
        CaseKpi k = CaseKpi.of(MOVED, TODAY, List.of(FILED.plusDays(3), MOVED.plusDays(4)),
                List.of(new Money(FILED.plusDays(10), true, 500), new Money(MOVED.plusDays(6), true, 9_300_000),
                        new Money(MOVED.plusDays(7), false, 9_000_000)), true);
        assertEquals(4L, k.daysToFirstMeasure(), "the measure inherited from the original court does not count");
        assertEquals(9_300_000, k.recoveredFen());
        assertEquals(9_000_000, k.paidOutFen());
        assertEquals(6L, CaseKpi.daysToFirstRecovery(MOVED, TODAY, List.of(new Money(MOVED.plusDays(6), true, 1))));
        assertNull(CaseKpi.of(FILED, MOVED, List.of(), List.of(), false).daysToFirstMeasure());
    }

    @Test
    void theSummaryAveragesOnlyCasesWithAMeasureAndGivesTheClosureRateInPerMille() {
        CaseKpi.Summary s = CaseKpi.Summary.of(List.of(
                new CaseKpi(FILED, TODAY, 3L, 100, 50, true),
                new CaseKpi(FILED, TODAY, 8L, 200, 0, false),
                new CaseKpi(FILED, TODAY, null, 0, 0, false)));
        assertEquals(3, s.cases());
        assertEquals(6L, s.meanDaysToFirstMeasure(), "(3 + 8) / 2 = 5.5, rounded half up");
        assertEquals(300, s.recoveredFen());
        assertEquals(50, s.paidOutFen());
        assertEquals(333, s.closedPerMille());
        assertNull(CaseKpi.Summary.of(List.of()).meanDaysToFirstMeasure());
    }

    @Test
    void theReverseCheckFlagsWhatTheReceivingCourtDidQuicklyAndTheOriginalNever() {
        CaseKpi passive = new CaseKpi(FILED, MOVED, null, 0, 0, false);
        CaseKpi active = new CaseKpi(MOVED, TODAY, 5L, 9_300_000, 0, false);
        assertEquals(List.of(ReverseCheck.Finding.MEASURE_QUICKLY, ReverseCheck.Finding.RECOVERED_QUICKLY),
                ReverseCheck.findings(passive, active, 12L));
        assertEquals(List.of(), ReverseCheck.findings(passive, new CaseKpi(MOVED, TODAY, 31L, 1, 0, false), 31L), "31 days is not quick");
        assertEquals(List.of(ReverseCheck.Finding.RECOVERED_QUICKLY),
                ReverseCheck.findings(new CaseKpi(FILED, MOVED, 40L, 0, 0, false), active, 12L));
        assertEquals(List.of(), ReverseCheck.findings(new CaseKpi(FILED, MOVED, 40L, 100, 0, false), active, 12L));
    }

    @Test
    void aSpotSampleIsReproducibleAndIndependentOfTheOrderOfThePopulation() {
        List<Long> population = List.of(5L, 1L, 9L, 3L, 7L, 2L, 8L);
        List<Long> a = SpotSample.draw(population, 42, 3);
        assertEquals(a, SpotSample.draw(List.of(9L, 8L, 7L, 5L, 3L, 2L, 1L), 42, 3));
        assertEquals(3, a.size());
        assertNotEquals(a, SpotSample.draw(population, 43, 7).subList(0, 3), "another seed, another order (for this population)");
        assertEquals(7, SpotSample.draw(population, 1, 100).size());
        assertThrows(IllegalArgumentException.class, () -> SpotSample.draw(population, 1, 0));
    }
}
