package org.cep.platform.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Locale;
import java.util.Random;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;

class HttpDateTest {
    /** The IMF-fixdate of RFC 9110, as HTTP clients parse it: "Sun, 06 Nov 1994 08:49:37 GMT". */
    private static String reference(long epochSecond) {
        SimpleDateFormat f = new SimpleDateFormat("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);
        f.setTimeZone(TimeZone.getTimeZone("GMT"));
        return f.format(new Date(epochSecond * 1000));
    }

    @Test
    public void formatsLikeTheHttpStandardOverManyDays() {
        assertEquals("Sun, 06 Nov 1994 08:49:37 GMT", HttpDate.format(784111777L));
        Random random = new Random(13);
        for (int i = 0; i < 100_000; i++) {
            long second = 946_684_800L + (long) (random.nextDouble() * 3_000_000_000L);
            assertEquals(reference(second), HttpDate.format(second));
        }
    }

    @Test
    public void theSameSecondGivesTheSameTextAndTheNextOneMovesOn() {
        assertEquals(HttpDate.at(1_800_000_000L), HttpDate.at(1_800_000_000L));
        assertEquals(reference(1_800_000_001L), HttpDate.at(1_800_000_001L));
        assertEquals(reference(1_800_000_000L), HttpDate.at(1_800_000_000L));
    }
}
