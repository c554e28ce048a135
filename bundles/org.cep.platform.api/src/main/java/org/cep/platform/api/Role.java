package org.cep.platform.api;

import java.util.Locale;

/** What a user may do. A user holds one or more roles, always within their own court. */
public enum Role {
    PROVINCIAL_ADMIN("省级管理员", "provincial admin"),
    COURT_ADMIN("法院管理员", "court admin"),
    ENFORCEMENT_OFFICER("执行干警", "enforcement officer"),
    /** The enforcement judge (执行法官), who decides what an officer proposes: sales, sanctions, large payouts. */
    ENFORCEMENT_JUDGE("执行法官", "enforcement judge"),
    CLERK("书记员", "clerk"),
    SUPERVISOR("上级法院监督", "higher-court supervisor"),
    TRAINER("培训师", "trainer"),
    /** A judge of the trial department (审判庭), who answers the enforcement department's queries on judgments. */
    TRIAL_JUDGE("审判法官", "trial judge");

    private final String labelZh;
    private final String labelEn;

    Role(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() { return labelZh; }
    public String labelEn() { return labelEn; }
    public String token() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }

    /** @return the role, or null when the token names none */
    public static Role fromToken(String token) {
        for (Role r : values()) {
            if (r.token().equals(token)) return r;
        }
        return null;
    }
}
