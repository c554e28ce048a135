package org.cep.cases.sanctions;

/** Who is sanctioned: the limits of a fine and whether detention is possible depend on it. */
public enum PartyType {
    INDIVIDUAL("个人", "individual"),
    ORGANISATION("单位", "organisation");

    private final String labelZh;
    private final String labelEn;

    PartyType(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() { return labelZh; }
    public String labelEn() { return labelEn; }
}
