package org.cep.conduct.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.cep.conduct.domain.EvidenceType;
import org.cep.platform.api.ProblemException;

/** Checks of what a client sends: texts, enums, money, days, evidence. */
final class Input {
    private Input() {
    }

    static String text(String value, String field, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) throw ProblemException.required(field);
            return null;
        }
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
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw ProblemException.badField("INVALID_VALUE", field, field + " 的取值须为：" + allowed, field + " must be one of: " + allowed);
        }
    }

    static Long fen(Long value, String field, boolean required) {
        if (value == null) {
            if (required) throw ProblemException.required(field);
            return null;
        }
        if (value <= 0 || value > Obligations.MAX_FEN) {
            throw ProblemException.badField("INVALID_AMOUNT", field, field + " 须为正整数（单位：分）", field + " must be a positive whole number of fen");
        }
        return value;
    }

    /** A day that has happened: today when not given, refused when in the future. */
    static LocalDate notFuture(LocalDate day, String field) {
        LocalDate today = Obligations.today();
        if (day == null) return today;
        if (day.isAfter(today)) {
            throw ProblemException.badField("DATE_IN_FUTURE", field, field + " 不能晚于今天", field + " cannot be in the future");
        }
        return day;
    }

    static List<Views.EvidenceInput> evidence(List<Views.EvidenceInput> given, boolean required) {
        if (given == null || given.isEmpty()) {
            if (required) {
                throw ProblemException.badField("EVIDENCE_REQUIRED", "evidence", "须附证据（照片、公证购买、平台下架通知等）",
                        "evidence is required (photos, test purchases, takedown notices ...)");
            }
            return List.of();
        }
        if (given.size() > 50) throw ProblemException.badField("TOO_MANY", "evidence", "证据一次不超过 50 项", "at most 50 items of evidence at once");
        for (Views.EvidenceInput e : given) {
            if (e == null) throw ProblemException.required("evidence.type");
            oneOf(EvidenceType.class, e.type(), "evidence.type");
            text(e.description(), "evidence.description", 500, true);
        }
        return given;
    }
}
