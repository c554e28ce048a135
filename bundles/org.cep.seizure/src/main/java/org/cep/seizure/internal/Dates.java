package org.cep.seizure.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** Legal dates are local dates in Asia/Shanghai; instants are UTC epoch microseconds. */
final class Dates {
    static final ZoneId COURT_ZONE = ZoneId.of("Asia/Shanghai");

    private Dates() {
    }

    static LocalDate today() {
        return LocalDate.now(Clock.system(COURT_ZONE));
    }

    static long nowMicros() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
    }

    static String iso(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS).toString();
    }
}
