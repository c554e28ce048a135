package org.cep.pairing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;

import org.cep.pairing.domain.Money;
import org.cep.platform.api.ProblemException;

/** Input rules of pairing: texts, dates in the courts' zone, money in whole fen. */
final class Checks {
    static final ZoneId COURT_ZONE = ZoneId.of("Asia/Shanghai");
    static final Pattern GOAL_KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private Checks() {
    }

    static LocalDate today() {
        return LocalDate.now(COURT_ZONE);
    }

    static String text(String value, String field, int max) {
        if (value == null || value.isBlank()) throw ProblemException.required(field);
        return optional(value, field, max);
    }

    static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) return null;
        String t = value.trim();
        if (t.length() > max) {
            throw ProblemException.badField("TEXT_TOO_LONG", field, field + " 不超过 " + max + " 字", field + " must be at most " + max + " characters");
        }
        return t;
    }

    static LocalDate date(LocalDate value, String field) {
        if (value == null) throw ProblemException.required(field);
        return value;
    }

    /** An end on or after the start. */
    static void period(LocalDate start, LocalDate end, String endField) {
        if (end.isBefore(start)) {
            throw ProblemException.badField("INVALID_PERIOD", endField, "结束日期不能早于开始日期", "the end cannot be before the start");
        }
    }

    static long fen(BigDecimal amount, String field) {
        try {
            Long fen = Money.fen(amount, field);
            return fen == null ? 0 : fen;
        } catch (IllegalArgumentException e) {
            throw ProblemException.fromBilingual(400, "INVALID_AMOUNT", field, e.getMessage());
        }
    }

    static <E extends Enum<E>> E oneOf(Class<E> type, String value, String field) {
        if (value == null) throw ProblemException.required(field);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            StringBuilder allowed = new StringBuilder();
            for (E c : type.getEnumConstants()) allowed.append(allowed.length() == 0 ? "" : ", ").append(c.name());
            throw ProblemException.badField("INVALID_VALUE", field, field + " 的取值须为：" + allowed, field + " must be one of: " + allowed);
        }
    }

    static ProblemException pairNotFound(long id) {
        return new ProblemException(404, "PAIR_NOT_FOUND", "未找到结对：" + id, "no such pair: " + id, "pairId");
    }
}
