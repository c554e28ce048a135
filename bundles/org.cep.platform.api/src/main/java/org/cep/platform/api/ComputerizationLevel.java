package org.cep.platform.api;

import java.util.Locale;

/** How well a court is equipped with IT; a capability names the least it needs. Ordered low to high. */
public enum ComputerizationLevel {
    BASIC("基础", "basic"),
    STANDARD("标准", "standard"),
    ADVANCED("先进", "advanced");

    private final String labelZh;
    private final String labelEn;

    ComputerizationLevel(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() { return labelZh; }
    public String labelEn() { return labelEn; }
    public String token() { return name().toLowerCase(Locale.ROOT); }

    public boolean atLeast(ComputerizationLevel required) {
        return compareTo(required) >= 0;
    }

    /** @return the level, or null when the token names none */
    public static ComputerizationLevel fromToken(String token) {
        for (ComputerizationLevel l : values()) {
            if (l.token().equals(token)) return l;
        }
        return null;
    }
}
