package org.cep.crossenforcement.domain;

/** What the court did about an asset it found. */
public enum Measure {
    NONE("未采取措施", "no measure"),
    FROZEN("冻结", "frozen"),
    SEIZED("查封/扣押", "seized"),
    DEDUCTED("扣划", "deducted");

    private final String labelZh;
    private final String labelEn;

    Measure(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() { return labelZh; }
    public String labelEn() { return labelEn; }

    /** A freeze or seizure lasts for a legal period; a deduction is done at once. */
    public boolean lasts() {
        return this == FROZEN || this == SEIZED;
    }
}
