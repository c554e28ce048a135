package org.cep.crossenforcement.domain;

import org.cep.seizure.domain.AssetType;

/**
 * What an asset inquiry (查控) finds. Each kind maps to the seizure periods of live seizure, so a freeze
 * or seizure recorded here ends when the law says (deposits 1 year, movables 2, real estate and other
 * property rights 3, unless the province configured otherwise).
 */
public enum AssetKind {
    BANK_ACCOUNT("银行账户", "bank account", AssetType.BANK_DEPOSIT),
    REAL_ESTATE("不动产", "real estate", AssetType.REAL_ESTATE),
    VEHICLE("车辆", "vehicle", AssetType.MOVABLE),
    SECURITIES("证券", "securities", AssetType.OTHER_PROPERTY_RIGHT),
    PATENT("专利权", "patent", AssetType.PATENT),
    TRADEMARK("注册商标专用权", "registered trademark", AssetType.TRADEMARK),
    COPYRIGHT("著作权", "copyright", AssetType.OTHER_PROPERTY_RIGHT);

    private final String labelZh;
    private final String labelEn;
    private final AssetType seizureType;

    AssetKind(String labelZh, String labelEn, AssetType seizureType) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
        this.seizureType = seizureType;
    }

    public String labelZh() { return labelZh; }
    public String labelEn() { return labelEn; }
    public AssetType seizureType() { return seizureType; }

    /** Intellectual property: the kinds whose freeze periods the sources set inconsistently. */
    public boolean intellectualProperty() {
        return this == PATENT || this == TRADEMARK || this == COPYRIGHT;
    }
}
