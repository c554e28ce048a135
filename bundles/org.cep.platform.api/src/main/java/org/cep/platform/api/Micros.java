package org.cep.platform.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Instants are stored as UTC epoch microseconds in BIGINT columns: exact, portable between H2 and MariaDB, free of time zones. */
public final class Micros {
    private Micros() {
    }

    public static long now() {
        return of(Instant.now());
    }

    public static long of(Instant instant) {
        Instant t = instant.truncatedTo(ChronoUnit.MICROS);
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000);
    }

    public static Instant toInstant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }

    /** As {@link Instant#toString()} (ISO-8601 in UTC); written out by hand for 1970–9999, as lists format thousands of these. */
    public static String iso(Long micros) {
        if (micros == null) return null;
        long m = micros;
        if (m < 0 || m >= MICROS_YEAR_10000) return toInstant(m).toString();
        long seconds = m / 1_000_000L;
        int micro = (int) (m % 1_000_000L);
        LocalDate date = LocalDate.ofEpochDay(seconds / 86_400L);
        int second = (int) (seconds % 86_400L);
        StringBuilder b = new StringBuilder(27);
        b.append(date.getYear()).append('-');
        two(b, date.getMonthValue()).append('-');
        two(b, date.getDayOfMonth()).append('T');
        two(b, second / 3600).append(':');
        two(b, second / 60 % 60).append(':');
        two(b, second % 60);
        if (micro != 0) {
            // like ISO_INSTANT: milliseconds when that is exact, else microseconds
            String digits = Integer.toString(1_000_000 + micro).substring(1);
            b.append('.').append(micro % 1000 == 0 ? digits.substring(0, 3) : digits);
        }
        return b.append('Z').toString();
    }

    private static final long MICROS_YEAR_10000 = 253_402_300_800_000_000L;

    private static StringBuilder two(StringBuilder b, int value) {
        return b.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
