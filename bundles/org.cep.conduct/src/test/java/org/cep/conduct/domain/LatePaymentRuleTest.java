package org.cep.conduct.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;

class LatePaymentRuleTest {
    @Test
    void perDayAtTheConfiguredOrTheObligationsRate() {
        LatePaymentRule rule = LatePaymentRule.defaults();
        assertEquals(0, rule.amountFen(0, null, null));
        assertEquals(0, rule.amountFen(-3, null, null));
        assertEquals(10 * 50_000L, rule.amountFen(10, null, null));
        assertEquals(7 * 123_45L, rule.amountFen(7, 123_45L, null));
    }

    @Test
    void aProvenLossIsPaidDoubleWhateverTheDays() {
        LatePaymentRule rule = LatePaymentRule.defaults();
        assertEquals(2 * 3_000_000L, rule.amountFen(1, null, 3_000_000L));
        assertEquals(2 * 3_000_000L, rule.amountFen(365, 100L, 3_000_000L));
        assertEquals(0, rule.amountFen(0, null, 3_000_000L));
    }

    @Test
    void theCapAndTheConfiguration() {
        LatePaymentRule rule = LatePaymentRule.from(Map.of("latePayment.dailyFen", "100000", "latePayment.capFen", "1000000", "service.pid", "x"));
        assertEquals(9 * 100_000L, rule.amountFen(9, null, null));
        assertEquals(1_000_000L, rule.amountFen(11, null, null));
        assertThrows(IllegalArgumentException.class, () -> LatePaymentRule.from(Map.of("latePayment.lossMultiplier", "0")));
        assertThrows(ArithmeticException.class, () -> LatePaymentRule.defaults().amountFen(Long.MAX_VALUE / 2, null, null));
    }
}
