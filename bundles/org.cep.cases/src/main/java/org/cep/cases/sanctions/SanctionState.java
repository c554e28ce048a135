package org.cep.cases.sanctions;

/**
 * Lifecycle of a sanction: an officer proposes, the enforcement judge decides (or rejects), an officer
 * executes (for the blacklist: publishes), and a sanction in force is lifted with a reason (for the
 * blacklist: removed from publication). A decided sanction found wrong before execution is lifted too.
 */
public enum SanctionState {
    PROPOSED("已提请", "proposed"),
    REJECTED("不予决定", "rejected"),
    DECIDED("已决定", "decided"),
    EXECUTED("已执行", "executed"),
    LIFTED("已解除", "lifted");

    private final String labelZh;
    private final String labelEn;

    SanctionState(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() { return labelZh; }
    public String labelEn() { return labelEn; }

    public boolean canMoveTo(SanctionState next) {
        return switch (this) {
            case PROPOSED -> next == DECIDED || next == REJECTED;
            case DECIDED -> next == EXECUTED || next == LIFTED;
            case EXECUTED -> next == LIFTED;
            case REJECTED, LIFTED -> false;
        };
    }

    /** In force: decided or executed and not lifted. */
    public boolean inForce() {
        return this == DECIDED || this == EXECUTED;
    }
}
