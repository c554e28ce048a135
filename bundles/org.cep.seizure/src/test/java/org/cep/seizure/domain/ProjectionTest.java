package org.cep.seizure.domain;

import static org.cep.seizure.domain.Bilingual.assertBilingual;
import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cep.seizure.domain.Projection.LotInput;
import org.cep.seizure.domain.Projection.Result;
import org.junit.jupiter.api.Test;

class ProjectionTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 3, 15);
    private static final long REQUIRED = 9_400_000L; // Kedong: 93,000 + 1,000 yuan

    private static LotInput lot(String id, long count, int age, String kg, int marketAge, String marketKg, long price) {
        return new LotInput(id, count, age, new BigDecimal(kg), marketAge, new BigDecimal(marketKg), price);
    }

    @Test
    void kedongCoversFourMonthsLater() {
        // 40 pigs, 2 months old, market at 6 months; CNY 21.00 per kg live weight.
        Result r = Projection.project(List.of(
                lot("pen1", 35, 2, "30", 6, "115.5", 2_100),
                lot("pen2", 5, 3, "40", 6, "120", 2_100)), REQUIRED, TODAY);
        assertEquals(LocalDate.of(2024, 7, 15), r.lots().get(0).marketDate());
        assertEquals(LocalDate.of(2024, 6, 15), r.lots().get(1).marketDate());
        assertEquals(LocalDate.of(2024, 7, 15), r.readyDate()); // latest lot
        assertEquals(8_489_250L, r.lots().get(0).projectedValueFen()); // 35 × 115.5 × 2100
        assertEquals(1_260_000L, r.lots().get(1).projectedValueFen());
        assertEquals(9_749_250L, r.totalProjectedValueFen());
        assertEquals(REQUIRED, r.requiredFen());
        assertTrue(r.coversDebt());
        assertEquals(0L, r.shortfallFen());
        assertTrue(r.warningsZhEn().isEmpty());
    }

    @Test
    void lowerPriceDoesNotCover() {
        Result r = Projection.project(List.of(
                lot("pen1", 35, 2, "30", 6, "115.5", 1_550),
                lot("pen2", 5, 3, "40", 6, "120", 1_550)), REQUIRED, TODAY);
        assertEquals(6_265_875L + 930_000L, r.totalProjectedValueFen());
        assertFalse(r.coversDebt());
        assertEquals(REQUIRED - 7_195_875L, r.shortfallFen());
        assertEquals(1, r.warningsZhEn().size());
        assertBilingual(r.warningsZhEn().get(0));
        assertTrue(r.warningsZhEn().get(0).contains("22,041.25"), r.warningsZhEn().get(0));
    }

    @Test
    void exactlyEnoughCovers() {
        Result r = Projection.project(List.of(lot("a", 1, 0, "1", 1, "100", 94_000)), REQUIRED, TODAY);
        assertTrue(r.coversDebt());
        assertEquals(0L, r.shortfallFen());
    }

    @Test
    void valueIsRoundedHalfUpToFen() {
        assertEquals(1L, value("0.5", 1));     // HALF_EVEN would give 0
        assertEquals(3L, value("2.5", 1));     // HALF_EVEN would give 2
        assertEquals(1L, value("0.333", 3));   // 0.999
        assertEquals(0L, value("0.499", 1));
        Result r = Projection.project(List.of(lot("a", 3, 0, "0", 1, "100.125", 1)), 1, TODAY);
        assertEquals(300L, r.totalProjectedValueFen()); // 300.375 → 300
    }

    private static long value(String marketKg, long price) {
        return Projection.project(List.of(lot("a", 1, 0, "0", 1, marketKg, price)), 1, TODAY)
                .lots().get(0).projectedValueFen();
    }

    @Test
    void lotAlreadyAtOrPastMarketAgeIsReadyToday() {
        Result r = Projection.project(List.of(
                lot("old", 10, 7, "120", 6, "115", 2_000),
                lot("due", 10, 6, "100", 6, "115", 2_000)), REQUIRED, TODAY);
        assertEquals(TODAY, r.lots().get(0).marketDate());
        assertEquals(TODAY, r.lots().get(1).marketDate());
        assertEquals(TODAY, r.readyDate());
        assertEquals(3, r.warningsZhEn().size()); // two lot notes + shortfall
        r.warningsZhEn().forEach(Bilingual::assertBilingual);
        assertTrue(r.warningsZhEn().get(0).contains("can be sold now"));
        assertTrue(r.warningsZhEn().get(1).contains("too high")); // at age, still underweight
    }

    @Test
    void marketDateClampsToMonthEnd() {
        Result r = Projection.project(List.of(lot("a", 1, 5, "90", 6, "115", 2_000)), 1, LocalDate.of(2024, 1, 31));
        assertEquals(LocalDate.of(2024, 2, 29), r.readyDate());
    }

    @Test
    void invalidPriceIsRejected() {
        for (long price : new long[] {0, -1}) {
            IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                    () -> lot("pen1", 1, 1, "1", 2, "1", price));
            assertBilingual(ex.getMessage());
        }
    }

    @Test
    void negativeOrMissingInputsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> lot("a", -1, 1, "1", 2, "1", 1));
        assertThrows(IllegalArgumentException.class, () -> lot("a", 1, -1, "1", 2, "1", 1));
        assertThrows(IllegalArgumentException.class, () -> lot("a", 1, 1, "1", -2, "1", 1));
        assertThrows(IllegalArgumentException.class, () -> lot("a", 1, 1, "-0.1", 2, "1", 1));
        assertBilingual(assertThrows(IllegalArgumentException.class,
                () -> lot("a", 1, 1, "1", 2, "-1", 1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LotInput("a", 1, 1, null, 2, BigDecimal.ONE, 1));
        assertThrows(IllegalArgumentException.class, () -> lot(" ", 1, 1, "1", 2, "1", 1));
        assertThrows(IllegalArgumentException.class, () -> Projection.project(List.of(), 1, TODAY));
        assertThrows(IllegalArgumentException.class,
                () -> Projection.project(List.of(lot("a", 1, 1, "1", 2, "1", 1)), 0, TODAY));
    }

    @Test
    void overflowIsAnError() {
        assertThrows(ArithmeticException.class,
                () -> Projection.project(List.of(lot("a", Long.MAX_VALUE, 1, "1", 2, "2", 1)), 1, TODAY));
        assertThrows(ArithmeticException.class, () -> Projection.project(List.of(
                lot("a", 1, 1, "1", 2, "1", Long.MAX_VALUE), lot("b", 1, 1, "1", 2, "1", 1)), 1, TODAY));
    }
}
