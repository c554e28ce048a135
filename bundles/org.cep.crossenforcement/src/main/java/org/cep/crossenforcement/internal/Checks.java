package org.cep.crossenforcement.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;

import org.cep.platform.api.ProblemException;

/** Small rules every part of cross-enforcement shares: texts, enums from JSON, the court's today, checksums. */
final class Checks {
    static final ZoneId COURT_ZONE = ZoneId.of("Asia/Shanghai");

    private Checks() {
    }

    static LocalDate today() {
        return LocalDate.now(COURT_ZONE);
    }

    static String text(String value, String field, int max) {
        if (value == null || value.isBlank()) throw ProblemException.required(field);
        String t = value.trim();
        if (t.length() > max) {
            throw ProblemException.badField("TEXT_TOO_LONG", field, field + " 不超过 " + max + " 字", field + " must be at most " + max + " characters");
        }
        return t;
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

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
