package org.cep.platform.api;

/**
 * Why work crosses from the caller's court into another. A standing purpose rests on the court
 * hierarchy and needs no grant; the others need a grant row that the owning court (or a higher court
 * over both) issued for this purpose, this scope and this period.
 */
public enum CrossingPurpose {
    /** A higher court reads a court of its jurisdiction (监督). Read-only. */
    SUPERVISION(true, true, "上级法院监督查阅", "supervision read"),
    /** A higher court delivers its decisions and orders into a court of its jurisdiction (e.g. 督促执行). */
    DIRECTION(true, false, "上级法院指令送达", "direction from a higher court"),
    /** A court reports to a court above it (e.g. that an ordered step is done). */
    REPORT(true, false, "向上级法院报告", "report to a higher court"),
    /** The receiving court of a transfer reads the package and records its receipts in the sending court. */
    TRANSFER(false, false, "案件移送", "case transfer"),
    /** An approved request to read another court's case files, limited in time and scope. Read-only. */
    FILE_ACCESS(false, true, "跨院调卷", "file access"),
    /** A court shares training content with a partner court (scope {@code module:<id>}). Read-only. */
    SHARE(false, true, "培训资料共享", "training content sharing"),
    /**
     * The two courts of a pair (结对帮扶) work in each other's pairing records (scope {@code pair:<id>}); the grants
     * are issued by the higher court that made the pair, one per direction, and revoked when it ends.
     */
    PAIRING(false, false, "结对帮扶", "pairing assistance");

    private final boolean standing;
    private final boolean readOnly;
    private final String labelZh;
    private final String labelEn;

    CrossingPurpose(boolean standing, boolean readOnly, String labelZh, String labelEn) {
        this.standing = standing;
        this.readOnly = readOnly;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    /** True when the court hierarchy itself is the grant. */
    public boolean standing() { return standing; }

    /** True when work under this purpose may only read. */
    public boolean readOnly() { return readOnly; }

    public String labelZh() { return labelZh; }
    public String labelEn() { return labelEn; }
}
