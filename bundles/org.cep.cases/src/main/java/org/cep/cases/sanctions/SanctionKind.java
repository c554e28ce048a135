package org.cep.cases.sanctions;

/**
 * The steps of the ladder, mildest first, each with the legal basis a decision cites by default.
 * Article numbers are those of the Civil Procedure Law as amended in 2023 (in force 1 January 2024):
 * obstruction art. 114, fine and detention limits art. 118, the president's approval art. 119, credit
 * measures art. 266; Criminal Law arts. 313 and 314.
 */
public enum SanctionKind {
    WARNING("警告（执行告诫）", "warning", "《民事诉讼法》第十章（对妨害民事诉讼的强制措施）、第一百一十四条",
            "Civil Procedure Law chapter 10 (measures against obstruction), art. 114"),
    CONSUMPTION_RESTRICTION("限制高消费", "restriction of high consumption",
            "《民事诉讼法》第二百六十六条；《最高人民法院关于限制被执行人高消费及有关消费的若干规定》",
            "Civil Procedure Law art. 266; SPC rules on restricting high consumption (2015)"),
    BLACKLIST("纳入失信被执行人名单", "credit blacklist", "《民事诉讼法》第二百六十六条；《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条、第二条",
            "Civil Procedure Law art. 266; SPC rules on the list of dishonest judgment debtors (2017) arts. 1-2"),
    FINE("罚款", "fine", "《民事诉讼法》第一百一十四条、第一百一十八条、第一百一十九条",
            "Civil Procedure Law arts. 114, 118, 119"),
    DETENTION("司法拘留", "detention", "《民事诉讼法》第一百一十四条、第一百一十八条、第一百一十九条",
            "Civil Procedure Law arts. 114, 118, 119"),
    CRIMINAL_REFERRAL("移送追究刑事责任", "referral for prosecution",
            "《刑法》第三百一十三条（拒不执行判决、裁定罪）、第三百一十四条（非法处置查封、扣押、冻结的财产罪）",
            "Criminal Law art. 313 (refusing to execute a judgment) and art. 314 (illegally disposing of seized property)");

    private final String labelZh;
    private final String labelEn;
    private final String basisZh;
    private final String basisEn;

    SanctionKind(String labelZh, String labelEn, String basisZh, String basisEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
        this.basisZh = basisZh;
        this.basisEn = basisEn;
    }

    public String labelZh() { return labelZh; }
    public String labelEn() { return labelEn; }
    public String basisZh() { return basisZh; }
    public String basisEn() { return basisEn; }

    /** Whether the step applies to the party: only a natural person can be detained. */
    public boolean appliesTo(PartyType party) {
        return this != DETENTION || party == PartyType.INDIVIDUAL;
    }
}
