package org.cep.cases.sanctions;

/** Why a sanction in force ends. */
public enum LiftReason {
    PERFORMED("已履行", "the respondent performed"),
    TERM_ENDED("期限届满", "the term ended"),
    ERROR("错误纳入/决定错误", "decided in error");

    private final String labelZh;
    private final String labelEn;

    LiftReason(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() { return labelZh; }
    public String labelEn() { return labelEn; }
}
