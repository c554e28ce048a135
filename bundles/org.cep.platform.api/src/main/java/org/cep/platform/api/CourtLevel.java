package org.cep.platform.api;

import java.util.Locale;

/** Place of a court in the hierarchy: Supreme > High > Intermediate > Basic. */
public enum CourtLevel {
    SUPREME("最高人民法院", "Supreme"),
    HIGH("高级人民法院", "High"),
    INTERMEDIATE("中级人民法院", "Intermediate"),
    BASIC("基层人民法院", "Basic");

    private final String labelZh;
    private final String labelEn;

    CourtLevel(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() { return labelZh; }
    public String labelEn() { return labelEn; }

    /** The token used in files and JSON: {@code high}, {@code basic}, ... */
    public String token() { return name().toLowerCase(Locale.ROOT); }

    /** @return the level, or null when the token names none */
    public static CourtLevel fromToken(String token) {
        for (CourtLevel l : values()) {
            if (l.token().equals(token)) return l;
        }
        return null;
    }

    /** The level a direct parent must have; null for the top. */
    public CourtLevel expectedParent() {
        return switch (this) {
            case SUPREME -> null;
            case HIGH -> SUPREME;
            case INTERMEDIATE -> HIGH;
            case BASIC -> INTERMEDIATE;
        };
    }
}
