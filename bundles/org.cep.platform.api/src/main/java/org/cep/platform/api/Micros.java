package org.cep.platform.api;

import java.time.Instant;
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

    public static String iso(Long micros) {
        return micros == null ? null : toInstant(micros).toString();
    }
}
