package org.cep.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class MicrosTest {

    /** The hand-written format is what clients got before: Instant.toString(), digit for digit. */
    @Test
    void isoIsInstantToString() {
        long[] edges = {0L, 1L, 999L, 1_000L, 1_000_000L, 86_399_999_999L, 951_782_400_000_000L /* 2000-02-29 */,
                1_798_761_599_999_999L, 253_402_300_799_999_999L /* 9999-12-31T23:59:59.999999 */, 253_402_300_800_000_000L, -1L,
                -62_135_596_800_000_000L};
        for (long m : edges) assertEquals(Micros.toInstant(m).toString(), Micros.iso(m), "micros " + m);
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            long m = random.nextLong(0, 4_102_444_800_000_000L); // 1970 to 2100
            if (i % 3 == 0) m -= m % 1_000_000L; // whole seconds
            if (i % 3 == 1) m -= m % 1_000L; // whole milliseconds
            assertEquals(Micros.toInstant(m).toString(), Micros.iso(m), "micros " + m);
        }
    }

    @Test
    void nullStaysNull() {
        assertNull(Micros.iso(null));
    }
}
