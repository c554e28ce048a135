package org.cep.seizure.domain;

/**
 * Where a live seizure (活查封) stands. The animals stay with the debtor the whole time, so the
 * state records what the court has allowed, not where the stock physically is.
 */
public enum SeizureState {
    PROPOSED("拟查封", "proposed"),
    ACTIVE("活封中", "active"),
    SALE_REPORTED("已报告出售", "sale reported"),
    SALE_APPROVED("已批准出售", "sale approved"),
    SOLD("已售出", "sold"),
    PROCEEDS_RECEIVED("价款已到账", "proceeds received"),
    RELEASED("已解封", "released"),
    VIOLATION("违规", "in violation"),
    LAPSED("已失效", "lapsed"),
    /** 轮候查封: recorded behind another case's seizure of the same units; not in force until that one ends. */
    WAITING("轮候中", "waiting");

    private final String labelZh;
    private final String labelEn;

    SeizureState(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() { return labelZh; }
    public String labelEn() { return labelEn; }

    /**
     * Released and lapsed seizures are closed files: a lapsed seizure has lost its priority and
     * cannot be revived, only replaced by a new seizure (which ranks anew).
     */
    public boolean isTerminal() {
        return this == RELEASED || this == LAPSED;
    }
}
