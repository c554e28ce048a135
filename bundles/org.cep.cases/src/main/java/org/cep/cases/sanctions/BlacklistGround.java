package org.cep.cases.sanctions;

/**
 * The grounds that allow listing a dishonest judgment debtor (SPC rules of 2017, art. 1, items 1 to 6).
 * Item 1 (able but refuses) has no fixed term: the entry stays until performance. Items 2 to 6 give
 * the standard term (two years), which violence or several grounds together may extend (art. 2).
 */
public enum BlacklistGround {
    ABLE_BUT_REFUSES("有履行能力而拒不履行", "able to perform but refuses", false),
    OBSTRUCTS("以伪造证据、暴力、威胁等方法妨碍、抗拒执行", "obstructs by forged evidence, violence or threats", true),
    EVADES("以虚假诉讼、虚假仲裁或隐匿、转移财产等方法规避执行", "evades by sham litigation or hiding assets", true),
    FALSE_ASSET_REPORT("违反财产报告制度", "breaks the asset-reporting duty", true),
    BREACHES_CONSUMPTION_ORDER("违反限制消费令", "breaks the consumption restriction", true),
    BREACHES_SETTLEMENT("无正当理由拒不履行执行和解协议", "refuses a settlement agreement without reason", true);

    private final String labelZh;
    private final String labelEn;
    private final boolean fixedTerm;

    BlacklistGround(String labelZh, String labelEn, boolean fixedTerm) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
        this.fixedTerm = fixedTerm;
    }

    public String labelZh() { return labelZh; }
    public String labelEn() { return labelEn; }

    /** True when the ground carries the standard term; false for item 1, which lasts until performance. */
    public boolean fixedTerm() { return fixedTerm; }
}
