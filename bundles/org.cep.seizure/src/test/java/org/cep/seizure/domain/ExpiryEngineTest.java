package org.cep.seizure.domain;

import static org.cep.seizure.domain.Bilingual.assertBilingual;
import static org.junit.jupiter.api.Assertions.*;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpiryEngineTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void sixMonthsFrom31AugustClampsToFebruaryEnd() {
        assertEquals(d("2025-02-28"), ExpiryEngine.expiry(d("2024-08-31"), Period.ofMonths(6))); // non-leap
        assertEquals(d("2024-02-29"), ExpiryEngine.expiry(d("2023-08-31"), Period.ofMonths(6))); // leap
    }

    @Test
    void oneYearFrom29February() {
        assertEquals(d("2025-02-28"), ExpiryEngine.expiry(d("2024-02-29"), Period.ofYears(1)));
        assertEquals(d("2028-02-29"), ExpiryEngine.expiry(d("2024-02-29"), Period.ofYears(4)));
    }

    @Test
    void correspondingDayWhenItExists() {
        // Start day not counted; last day = corresponding day (Civil Code Arts. 201, 202).
        assertEquals(d("2025-01-15"), ExpiryEngine.expiry(d("2024-01-15"), Period.ofYears(1)));
        assertEquals(d("2024-07-15"), ExpiryEngine.expiry(d("2024-03-15"), Period.ofMonths(4)));
    }

    @Test
    void realEstateThreeYearsUnderDefaults() {
        SeizurePeriods periods = SeizurePeriods.defaults();
        assertEquals(d("2026-05-10"), ExpiryEngine.expiry(d("2023-05-10"), AssetType.REAL_ESTATE, periods));
        assertEquals(d("2027-02-28"), ExpiryEngine.expiry(d("2024-02-29"), AssetType.REAL_ESTATE, periods));
        assertEquals(d("2025-02-28"), ExpiryEngine.expiry(d("2024-08-31"), AssetType.PATENT, periods));
        assertEquals(d("2026-08-31"), ExpiryEngine.expiry(d("2024-08-31"), AssetType.MOVABLE, periods));
    }

    @Test
    void configuredPeriodIsUsed() {
        SeizurePeriods periods = SeizurePeriods.parse(Map.of("period.patent", "P1Y"));
        assertEquals(d("2025-08-31"), ExpiryEngine.expiry(d("2024-08-31"), AssetType.PATENT, periods));
    }

    @Test
    void nonPositivePeriodIsRejected() {
        assertBilingual(assertThrows(IllegalArgumentException.class,
                () -> ExpiryEngine.expiry(d("2024-01-01"), Period.ZERO)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ExpiryEngine.expiry(d("2024-01-01"), Period.ofMonths(-1)));
    }

    @Test
    void renewalOnTheLastDayIsInTime() {
        assertEquals(d("2025-08-28"), ExpiryEngine.renew(d("2025-02-28"), d("2025-02-28"), Period.ofMonths(6)));
    }

    @Test
    void renewalAfterExpiryIsTooLate() {
        IllegalStateException ex = assertThrows(IllegalStateException.class,
                () -> ExpiryEngine.renew(d("2025-02-28"), d("2025-03-01"), Period.ofMonths(6)));
        assertBilingual(ex.getMessage());
        assertTrue(ex.getMessage().contains("2025-02-28"));
    }

    @Test
    void earlyRenewalRunsFromTheOldExpiryAndLosesNoDay() {
        assertEquals(d("2026-06-30"), ExpiryEngine.renew(d("2025-06-30"), d("2025-06-01"), Period.ofYears(1)));
        LocalDate e = ExpiryEngine.expiry(d("2024-01-10"), Period.ofYears(1));          // 2025-01-10
        e = ExpiryEngine.renew(e, d("2025-01-10"), Period.ofYears(1));                  // 2026-01-10
        e = ExpiryEngine.renew(e, d("2025-12-20"), Period.ofYears(1));                  // 2027-01-10
        assertEquals(d("2027-01-10"), e);
    }

    @Test
    void renewalBeforeTheTermStartedIsRejected() {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> ExpiryEngine.renew(d("2026-01-01"), d("2026-01-01"), d("2025-01-01"), d("2024-06-01"), Period.ofYears(1)));
        assertBilingual(ex.getMessage());
    }

    @Test
    void aLastDayOnAHolidayMovesTheDeadlineToTheNextWorkingDay() {
        LegalCalendar cal = LegalCalendar.parse(java.util.Map.of(
                "holidays.2026", "2026-01-01..2026-01-03, 2026-02-15..2026-02-23, 2026-10-01..2026-10-07",
                "workdays.2026", "2026-01-04, 2026-02-14, 2026-02-28, 2026-09-20, 2026-10-10"));
        assertEquals(d("2026-02-24"), cal.deadline(d("2026-02-15")));
        assertEquals(d("2026-01-04"), cal.deadline(d("2026-01-02")), "a make-up Sunday is a working day");
        assertEquals(d("2026-02-14"), cal.deadline(d("2026-02-14")), "a make-up Saturday is a working day");
        assertEquals(d("2026-10-08"), cal.deadline(d("2026-10-03")));
        assertEquals(d("2026-03-09"), cal.deadline(d("2026-03-07")), "an ordinary Saturday moves to Monday");
        assertEquals(d("2026-03-10"), cal.deadline(d("2026-03-10")));
        assertThrows(IllegalStateException.class,
                () -> ExpiryEngine.renew(d("2026-02-15"), cal.deadline(d("2026-02-15")), null, d("2026-02-25"), Period.ofYears(1)));
        assertEquals(d("2027-02-15"), ExpiryEngine.renew(d("2026-02-15"), cal.deadline(d("2026-02-15")), null, d("2026-02-24"), Period.ofYears(1)));
    }

    @Test
    void lapsedOnlyAfterTheLastDay() {
        LocalDate expiry = d("2025-02-28");
        assertFalse(ExpiryEngine.lapsed(expiry, d("2025-02-27")));
        assertFalse(ExpiryEngine.lapsed(expiry, expiry));
        assertTrue(ExpiryEngine.lapsed(expiry, d("2025-03-01")));
    }

    @Test
    void daysLeft() {
        LocalDate expiry = d("2025-03-01");
        assertEquals(1, ExpiryEngine.daysLeft(expiry, d("2025-02-28")));
        assertEquals(0, ExpiryEngine.daysLeft(expiry, expiry));
        assertEquals(-2, ExpiryEngine.daysLeft(expiry, d("2025-03-03")));
        assertEquals(365, ExpiryEngine.daysLeft(d("2025-02-28"), d("2024-02-29")));
    }

    @Test
    void expiringWithin() {
        LocalDate expiry = d("2025-02-28");
        assertTrue(ExpiryEngine.expiringWithin(expiry, d("2025-01-29"), 30));
        assertFalse(ExpiryEngine.expiringWithin(expiry, d("2025-01-28"), 30));
        assertTrue(ExpiryEngine.expiringWithin(expiry, expiry, 0));
        assertFalse(ExpiryEngine.expiringWithin(expiry, d("2025-03-01"), 30)); // already lapsed
        assertThrows(IllegalArgumentException.class, () -> ExpiryEngine.expiringWithin(expiry, expiry, -1));
    }

    @Test
    void todayIsOnTheShanghaiCalendar() {
        // 16:30 UTC on New Year's Eve is already 00:30 on 1 January in Shanghai.
        Clock utc = Clock.fixed(Instant.parse("2024-12-31T16:30:00Z"), ZoneOffset.UTC);
        assertEquals(d("2025-01-01"), ExpiryEngine.today(utc));
    }
}
