package org.cep.crossenforcement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.cep.crossenforcement.domain.Eligibility.CaseFacts;
import org.cep.crossenforcement.domain.Eligibility.Reason;
import org.junit.jupiter.api.Test;

class EligibilityTest {
    private static final LocalDate FILED = LocalDate.of(2026, 1, 31);

    @Test
    void sixMonthsMeansTheDayAfterTheSameDaySixMonthsLater() {
        // 31 January + 6 months = 31 July: listed from 1 August
        assertFalse(Eligibility.reasons(new CaseFacts(FILED, true, LocalDate.of(2026, 7, 20), false), LocalDate.of(2026, 7, 31))
                .contains(Reason.UNEXECUTED_SIX_MONTHS));
        assertTrue(Eligibility.reasons(new CaseFacts(FILED, true, LocalDate.of(2026, 7, 20), false), LocalDate.of(2026, 8, 1))
                .contains(Reason.UNEXECUTED_SIX_MONTHS));
    }

    @Test
    void stalledCountsFromTheLastInquiryOrFromFilingWhenThereWasNone() {
        assertEquals(List.of(Reason.STALLED), Eligibility.reasons(new CaseFacts(FILED, true, null, false), FILED.plusDays(91)));
        assertEquals(List.of(), Eligibility.reasons(new CaseFacts(FILED, true, null, false), FILED.plusDays(90)));
        assertEquals(List.of(), Eligibility.reasons(new CaseFacts(FILED, true, FILED.plusDays(80), false), FILED.plusDays(120)));
    }

    @Test
    void aFlagListsAFreshCaseAndAClosedCaseIsNeverListed() {
        assertEquals(List.of(Reason.LOCAL_INFLUENCE), Eligibility.reasons(new CaseFacts(FILED, true, null, true), FILED.plusDays(1)));
        assertEquals(List.of(), Eligibility.reasons(new CaseFacts(FILED, false, null, true), FILED.plusYears(2)));
        assertEquals(List.of(Reason.UNEXECUTED_SIX_MONTHS, Reason.STALLED, Reason.LOCAL_INFLUENCE),
                Eligibility.reasons(new CaseFacts(FILED, true, null, true), FILED.plusYears(1)));
    }
}
