package org.cep.crossenforcement.domain;

/**
 * What the higher court decides on an art. 237 application. The first three are the law's; joint
 * enforcement (协同执行) is the courts' practice of having another court assist the original one.
 */
public enum DecisionType {
    /** 督促执行: the original court executes within a deadline. */
    SUPERVISE("督促执行", "order the original court to execute within a deadline", false, false),
    /** 提级执行: the deciding court takes the case itself. */
    ELEVATE("提级执行", "the higher court takes the case itself", true, false),
    /** 指令执行: another court under the deciding court executes. */
    DESIGNATE("指令执行", "designate another court to execute", true, true),
    /** 协同执行: the original court keeps the case and another court assists. */
    JOINT("协同执行", "joint enforcement with an assisting court", false, true);

    private final String labelZh;
    private final String labelEn;
    private final boolean transfers;
    private final boolean namesCourt;

    DecisionType(String labelZh, String labelEn, boolean transfers, boolean namesCourt) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
        this.transfers = transfers;
        this.namesCourt = namesCourt;
    }

    public String labelZh() { return labelZh; }
    public String labelEn() { return labelEn; }

    /** True when the case package moves to another court. */
    public boolean transfers() { return transfers; }

    /** True when the decision must name a court (the designated or assisting one). */
    public boolean namesCourt() { return namesCourt; }
}
