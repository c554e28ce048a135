package org.cep.conduct.domain;

/** A duty to do something (destroy stock, publish an apology) or to refrain (stop making or selling). */
public enum ObligationKind {
    ACT("作为义务", "duty to act"),
    ABSTAIN("不作为义务", "duty to refrain");

    private final String labelZh;
    private final String labelEn;

    ObligationKind(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() { return labelZh; }
    public String labelEn() { return labelEn; }

    /** Only an act can be done by someone else (代履行); nobody can refrain on the respondent's behalf. */
    public boolean substitutable() {
        return this == ACT;
    }
}
