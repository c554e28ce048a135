package org.cep.cases.api;

/** Where an enforcement case stands. */
public enum CaseStatus {
    OPEN("执行中", "open"),
    CLOSED("已结案", "closed");

    private final String labelZh;
    private final String labelEn;

    CaseStatus(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() { return labelZh; }
    public String labelEn() { return labelEn; }
}
