package org.cep.seizure.domain;

import java.util.Locale;

/** Kind of seized asset; decides the legal period (see {@link SeizurePeriods}). */
public enum AssetType {
    BANK_DEPOSIT("银行存款", "bank deposit"),
    MOVABLE("动产", "movable property"),
    REAL_ESTATE("不动产", "real estate"),
    OTHER_PROPERTY_RIGHT("其他财产权", "other property right"),
    TRADEMARK("注册商标专用权", "registered trademark right"),
    PATENT("专利权", "patent right");

    private final String labelZh;
    private final String labelEn;

    AssetType(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() { return labelZh; }
    public String labelEn() { return labelEn; }

    /** Configuration key of this type's period, e.g. {@code period.bank_deposit}. */
    public String configKey() {
        return SeizurePeriods.KEY_PREFIX + name().toLowerCase(Locale.ROOT);
    }
}
