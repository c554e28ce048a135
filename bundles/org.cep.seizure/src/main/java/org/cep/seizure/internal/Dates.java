package org.cep.seizure.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Legal dates are local dates in Asia/Shanghai (instants: {@link org.cep.platform.api.Micros}). */
final class Dates {
    static final ZoneId COURT_ZONE = ZoneId.of("Asia/Shanghai");

    private Dates() {
    }

    static LocalDate today() {
        return LocalDate.now(Clock.system(COURT_ZONE));
    }
}
