package org.cep.training.domain;

/** The enforcement stages a module is tagged with. */
public enum Stage {
    ACCEPTANCE("立案受理", "acceptance"),
    PROPERTY_INVESTIGATION("财产调查", "property investigation"),
    VALUATION_AUCTION("评估拍卖", "valuation and auction"),
    SETTLEMENT("执行和解与结案", "settlement"),
    LIVE_SEIZURE("活查封", "live seizure"),
    CROSS_ENFORCEMENT("交叉执行", "cross-enforcement"),
    CONDUCT_ENFORCEMENT("行为执行", "conduct enforcement");

    private final String labelZh;
    private final String labelEn;

    Stage(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() { return labelZh; }
    public String labelEn() { return labelEn; }
}
