package org.cep.conduct.domain;

/**
 * Where an obligation stands. A duty to stop infringing is continuous: a complied obligation is reopened
 * (VIOLATED_AGAIN) by a check that finds the conduct again or by a repeat-infringement report. An act the
 * court had a third party perform (SUBSTITUTED) is done for good.
 */
public enum ObligationState {
    PENDING("待履行", "pending"),
    COMPLIED("已履行", "complied"),
    PARTLY_COMPLIED("部分履行", "partly complied"),
    NOT_COMPLIED("未履行", "not complied"),
    VIOLATED_AGAIN("再次违反", "violated again"),
    SUBSTITUTED("已代履行", "performed by a substitute");

    private final String labelZh;
    private final String labelEn;

    ObligationState(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() { return labelZh; }
    public String labelEn() { return labelEn; }

    /** Performed for now: the delay (and the late-performance payment) does not run. */
    public boolean performed() {
        return this == COMPLIED || this == SUBSTITUTED;
    }
}
