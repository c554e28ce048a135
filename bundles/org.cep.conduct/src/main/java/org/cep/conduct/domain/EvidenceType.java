package org.cep.conduct.domain;

/** What proves compliance or a new infringement. */
public enum EvidenceType {
    DOCUMENT("书面材料", "document"),
    PHOTO("照片", "photo"),
    TEST_PURCHASE("公证购买/测试购买", "test purchase"),
    TAKEDOWN_NOTICE("平台下架通知", "platform takedown notice");

    private final String labelZh;
    private final String labelEn;

    EvidenceType(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() { return labelZh; }
    public String labelEn() { return labelEn; }
}
