package org.cep.pairing.domain;

import java.math.BigDecimal;

/** Money in whole fen: refuses negative and fractional amounts instead of rounding them. */
public final class Money {
    /** CNY 10 billion in fen: beyond any pairing fund. */
    public static final long MAX_FEN = 1_000_000_000_000L;

    private Money() {
    }

    /** @return the amount in fen, or null when absent; @throws IllegalArgumentException with a "中文 / English" message */
    public static Long fen(BigDecimal amount, String field) {
        if (amount == null) return null;
        if (amount.signum() < 0) throw new IllegalArgumentException(field + " 不能为负数 / " + field + " must not be negative");
        BigDecimal whole = amount.stripTrailingZeros();
        if (whole.scale() > 0) {
            throw new IllegalArgumentException(field + " 须为整数（单位：分） / " + field + " must be a whole number of fen");
        }
        if (whole.compareTo(BigDecimal.valueOf(MAX_FEN)) > 0) {
            throw new IllegalArgumentException(field + " 金额过大 / " + field + " is too large");
        }
        return whole.longValueExact();
    }
}
