package org.cep.pairing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class MoneyTest {
    @Test
    void wholeFenOnly() {
        assertEquals(1_500_000L, Money.fen(new BigDecimal("1500000"), "allocatedFen"));
        assertEquals(12L, Money.fen(new BigDecimal("12.00"), "allocatedFen"), "12.00 is the whole number 12");
        assertEquals(0L, Money.fen(BigDecimal.ZERO, "spentFen"));
        assertNull(Money.fen(null, "spentFen"));
        assertThrows(IllegalArgumentException.class, () -> Money.fen(new BigDecimal("12.5"), "allocatedFen"));
        assertThrows(IllegalArgumentException.class, () -> Money.fen(new BigDecimal("-1"), "allocatedFen"));
        assertThrows(IllegalArgumentException.class, () -> Money.fen(new BigDecimal("1e13"), "allocatedFen"));
    }

    @Test
    void periodsMeetWhenTheyShareADay() {
        java.time.LocalDate d = java.time.LocalDate.of(2026, 1, 1);
        assertEquals(true, Periods.overlap(d, d.plusDays(10), d.plusDays(10), d.plusDays(20)));
        assertEquals(false, Periods.overlap(d, d.plusDays(10), d.plusDays(11), d.plusDays(20)));
    }
}
