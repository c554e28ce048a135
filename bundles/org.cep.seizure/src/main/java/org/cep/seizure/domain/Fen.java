package org.cep.seizure.domain;

import java.math.BigDecimal;
import java.util.Locale;

/** Shows fen as yuan in messages. Code keeps fen; officers and parties read yuan. */
final class Fen {
    private Fen() {}

    /** 9_300_000 → "93,000.00"; via BigDecimal so no floating point ever touches money. */
    static String yuan(long fen) {
        return String.format(Locale.ROOT, "%,.2f", BigDecimal.valueOf(fen, 2));
    }
}
