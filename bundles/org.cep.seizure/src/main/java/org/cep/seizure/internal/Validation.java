package org.cep.seizure.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.cep.seizure.domain.AssetType;

/** Checks of request bodies, before any write; each refusal names the field. */
final class Validation {
    static final long MAX_FEN = 10_000_000_000_000L;
    static final long MAX_COUNT = 10_000_000L;

    private Validation() {
    }

    static void lot(Views.NewLot in) {
        if (in == null) throw Problems.required("label");
        text(in.label(), "label", 100, true);
        text(in.description(), "description", 500, false);
        text(in.unit(), "unit", 16, false);
        text(in.identifiers(), "identifiers", 2000, false);
        text(in.health(), "health", 200, false);
        count(in.count(), "count", true);
        if (in.valuePerUnitFen() == null || in.valuePerUnitFen() <= 0 || in.valuePerUnitFen() > MAX_FEN) {
            throw Problems.bad("INVALID_PRICE", "valuePerUnitFen", "单价须为正整数（分）", "valuePerUnitFen must be a positive number of fen");
        }
        nonNegative(in.ageMonths(), "ageMonths");
        nonNegative(in.marketAgeMonths(), "marketAgeMonths");
        weight(in.avgWeightKg(), "avgWeightKg");
        weight(in.marketWeightKg(), "marketWeightKg");
    }

    static void seizureRequest(Views.SeizureRequest in) {
        if (in == null || in.items() == null || in.items().isEmpty()) throw Problems.required("items");
        for (Map.Entry<String, Long> e : in.items().entrySet()) {
            try {
                Long.parseLong(e.getKey());
            } catch (NumberFormatException notId) {
                throw Problems.bad("UNKNOWN_LOT", "items", "未知的财产批次：" + e.getKey(), "unknown lot: " + e.getKey());
            }
            count(e.getValue(), "items." + e.getKey(), false);
        }
        money(in.costsFen(), "costsFen");
        money(in.operatingMinimumFen(), "operatingMinimumFen");
        text(in.custodyTerms(), "custodyTerms", 2000, false);
        text(in.reason(), "reason", 1000, false);
        if (in.inspectionIntervalDays() != null && (in.inspectionIntervalDays() < 1 || in.inspectionIntervalDays() > 366)) {
            throw Problems.bad("INVALID_INTERVAL", "inspectionIntervalDays", "回访间隔须在 1 到 366 天之间",
                    "inspectionIntervalDays must be 1..366");
        }
    }

    static void custody(Views.Custody in) {
        if (in == null) return;
        text(in.custodian(), "custody.custodian", 200, false);
        text(in.place(), "custody.place", 300, false);
        if (in.obligations() != null) {
            if (in.obligations().size() > 20) {
                throw Problems.bad("TOO_MANY_OBLIGATIONS", "custody.obligations", "保管义务最多 20 项", "at most 20 obligations");
            }
            for (int i = 0; i < in.obligations().size(); i++) text(in.obligations().get(i), "custody.obligations[" + i + "]", 190, true);
        }
        if (in.notice() != null) {
            if (in.notice().date() != null) notFuture(in.notice().date(), "custody.notice.date");
            text(in.notice().text(), "custody.notice.text", 1000, false);
        }
    }

    /** A query parameter that must be a whole number: anything else is 400 naming the parameter, not "no such endpoint". */
    static long queryNumber(String raw, String name, long defaultValue) {
        if (raw == null || raw.isBlank()) return defaultValue;
        try {
            return Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
            throw Problems.bad("INVALID_PARAMETER", name, "参数 " + name + " 须为整数：" + raw, "parameter " + name + " must be a whole number: " + raw);
        }
    }

    static AssetType assetType(String token) {
        if (token == null) return AssetType.MOVABLE;
        try {
            return AssetType.valueOf(token.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw Problems.bad("UNKNOWN_ASSET_TYPE", "assetType", "未知的财产类型：" + token, "unknown asset type: " + token);
        }
    }

    static LocalDate notFuture(LocalDate date, String field) {
        if (date.isAfter(Dates.today())) {
            throw Problems.bad("DATE_IN_FUTURE", field, "日期不能晚于今天：" + date, "the date cannot be in the future: " + date);
        }
        return date;
    }

    static String text(String value, String field, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) throw Problems.required(field);
            return value;
        }
        if (value.length() > max) {
            throw Problems.bad("TEXT_TOO_LONG", field, field + " 不得超过 " + max + " 字", field + " must be at most " + max + " characters");
        }
        return value;
    }

    static void count(Long value, String field, boolean positive) {
        if (value == null) throw Problems.required(field);
        if (value < 0 || (positive && value == 0) || value > MAX_COUNT) {
            throw Problems.bad("INVALID_COUNT", field, "数量须为" + (positive ? "正" : "非负") + "整数：" + value,
                    field + " must be a " + (positive ? "positive" : "non-negative") + " whole number: " + value);
        }
    }

    static void money(Long value, String field) {
        if (value != null && (value < 0 || value > MAX_FEN)) {
            throw Problems.bad("INVALID_AMOUNT", field, "金额须为非负整数（分）", field + " must be a non-negative number of fen");
        }
    }

    static long positiveMoney(Long value, String field) {
        if (value == null) throw Problems.required(field);
        if (value <= 0 || value > MAX_FEN) {
            throw Problems.bad("INVALID_AMOUNT", field, "金额须为正整数（分），不能为零", field + " must be a positive number of fen, not zero");
        }
        return value;
    }

    private static void nonNegative(Integer value, String field) {
        if (value != null && (value < 0 || value > 1200)) {
            throw Problems.bad("INVALID_NUMBER", field, field + " 须为 0 到 1200 之间的整数", field + " must be 0..1200");
        }
    }

    static void weight(BigDecimal value, String field) {
        if (value != null && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(1_000_000)) > 0 || value.scale() > 2)) {
            throw Problems.bad("INVALID_WEIGHT", field, field + " 须为非负数（公斤，最多两位小数）", field + " must be a non-negative weight in kg (2 decimals)");
        }
    }
}
