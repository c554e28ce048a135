package org.cep.conduct.domain;

/** What a compliance check found. */
public enum Finding {
    COMPLIED("已履行", "complied"),
    PARTLY_COMPLIED("部分履行", "partly complied"),
    NOT_COMPLIED("未履行", "not complied");

    private final String labelZh;
    private final String labelEn;

    Finding(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() { return labelZh; }
    public String labelEn() { return labelEn; }
}
