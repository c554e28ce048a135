package org.cep.conduct.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.cep.platform.api.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ObligationTest {
    private static final LocalDate DEADLINE = LocalDate.of(2026, 3, 1);

    private static Obligation in(ObligationState state, ObligationKind kind) {
        Obligation o = Obligation.recorded(kind, DEADLINE);
        return switch (state) {
            case PENDING -> o;
            case COMPLIED -> o.checked(Finding.COMPLIED, DEADLINE);
            case PARTLY_COMPLIED -> o.checked(Finding.PARTLY_COMPLIED, DEADLINE.plusDays(1));
            case NOT_COMPLIED -> o.checked(Finding.NOT_COMPLIED, DEADLINE.plusDays(1));
            case VIOLATED_AGAIN -> o.checked(Finding.COMPLIED, DEADLINE).reported(DEADLINE.plusDays(5));
            case SUBSTITUTED -> o.checked(Finding.NOT_COMPLIED, DEADLINE.plusDays(1)).substituted(DEADLINE.plusDays(3));
        };
    }

    /** Every state × every finding: the table of the machine. */
    @ParameterizedTest(name = "{0} + check {1} -> {2}")
    @CsvSource({
            "PENDING,COMPLIED,COMPLIED", "PENDING,PARTLY_COMPLIED,PARTLY_COMPLIED", "PENDING,NOT_COMPLIED,NOT_COMPLIED",
            "COMPLIED,COMPLIED,COMPLIED", "COMPLIED,PARTLY_COMPLIED,VIOLATED_AGAIN", "COMPLIED,NOT_COMPLIED,VIOLATED_AGAIN",
            "PARTLY_COMPLIED,COMPLIED,COMPLIED", "PARTLY_COMPLIED,PARTLY_COMPLIED,PARTLY_COMPLIED", "PARTLY_COMPLIED,NOT_COMPLIED,NOT_COMPLIED",
            "NOT_COMPLIED,COMPLIED,COMPLIED", "NOT_COMPLIED,PARTLY_COMPLIED,PARTLY_COMPLIED", "NOT_COMPLIED,NOT_COMPLIED,NOT_COMPLIED",
            "VIOLATED_AGAIN,COMPLIED,COMPLIED", "VIOLATED_AGAIN,PARTLY_COMPLIED,VIOLATED_AGAIN", "VIOLATED_AGAIN,NOT_COMPLIED,VIOLATED_AGAIN",
    })
    void checks(ObligationState from, Finding finding, ObligationState to) {
        assertEquals(to, in(from, ObligationKind.ABSTAIN).checked(finding, DEADLINE.plusDays(10)).state());
    }

    @ParameterizedTest(name = "report on {0} -> {1}")
    @CsvSource({"PENDING,PENDING", "COMPLIED,VIOLATED_AGAIN", "PARTLY_COMPLIED,PARTLY_COMPLIED", "NOT_COMPLIED,NOT_COMPLIED",
            "VIOLATED_AGAIN,VIOLATED_AGAIN"})
    void reports(ObligationState from, ObligationState to) {
        assertEquals(to, in(from, ObligationKind.ABSTAIN).reported(DEADLINE.plusDays(10)).state());
    }

    @ParameterizedTest(name = "substitute {0}: {1}")
    @CsvSource({"PENDING,NOT_FOUND_UNPERFORMED", "COMPLIED,NOT_FOUND_UNPERFORMED", "PARTLY_COMPLIED,", "NOT_COMPLIED,", "VIOLATED_AGAIN,",
            "SUBSTITUTED,NOT_FOUND_UNPERFORMED"})
    void substitution(ObligationState from, String refusal) {
        Obligation o = in(from, ObligationKind.ACT);
        if (refusal == null) {
            assertEquals(ObligationState.SUBSTITUTED, o.substituted(DEADLINE.plusDays(20)).state());
        } else {
            assertEquals(refusal, assertThrows(ProblemException.class, () -> o.substituted(DEADLINE.plusDays(20))).code());
        }
    }

    @Test
    void aDutyToRefrainCannotBeSubstitutedAndASubstitutedOneIsDone() {
        Obligation abstain = in(ObligationState.NOT_COMPLIED, ObligationKind.ABSTAIN);
        assertEquals("NOT_SUBSTITUTABLE", assertThrows(ProblemException.class, () -> abstain.substituted(DEADLINE.plusDays(2))).code());
        Obligation done = in(ObligationState.SUBSTITUTED, ObligationKind.ACT);
        assertEquals("ALREADY_SUBSTITUTED", assertThrows(ProblemException.class, () -> done.checked(Finding.NOT_COMPLIED, DEADLINE)).code());
        assertEquals("ALREADY_SUBSTITUTED", assertThrows(ProblemException.class, () -> done.reported(DEADLINE)).code());
    }

    @Test
    void theDelayRunsFromTheDeadlineStopsOnPerformanceAndRestartsOnANewInfringement() {
        Obligation o = Obligation.recorded(ObligationKind.ABSTAIN, DEADLINE);
        assertEquals(0, o.delayDays(DEADLINE.minusDays(3)));
        assertEquals(0, o.delayDays(DEADLINE));
        assertEquals(10, o.delayDays(DEADLINE.plusDays(10)));
        Obligation late = o.checked(Finding.NOT_COMPLIED, DEADLINE.plusDays(4));
        assertEquals(DEADLINE, late.openSince());
        Obligation complied = late.checked(Finding.COMPLIED, DEADLINE.plusDays(12));
        assertNull(complied.openSince());
        assertEquals(12, complied.delayDays(DEADLINE.plusDays(100)));
        Obligation again = complied.reported(DEADLINE.plusDays(40));
        assertEquals(ObligationState.VIOLATED_AGAIN, again.state());
        assertEquals(12 + 5, again.delayDays(DEADLINE.plusDays(45)));
        assertEquals(12 + 8, again.checked(Finding.COMPLIED, DEADLINE.plusDays(48)).delayDays(DEADLINE.plusDays(60)));
        // complied before the deadline: no delay at all
        assertEquals(0, o.checked(Finding.COMPLIED, DEADLINE.minusDays(1)).delayDays(DEADLINE.plusDays(30)));
    }
}
