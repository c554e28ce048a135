package org.cep.crossenforcement.domain;

import java.util.Set;

/**
 * Delivery evidence of a case package, as e-CODEX receipts do: sent, delivered (the receiving court
 * opened it), then accepted or rejected. Accepted and rejected are final.
 */
public enum TransferState {
    SENT("已移送", "sent"),
    DELIVERED("已送达", "delivered"),
    ACCEPTED("已接收", "accepted"),
    REJECTED("已退回", "rejected");

    private final String labelZh;
    private final String labelEn;

    TransferState(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() { return labelZh; }
    public String labelEn() { return labelEn; }

    public boolean isFinal() {
        return this == ACCEPTED || this == REJECTED;
    }

    /** Whether a package in this state may move to {@code next}. Delivery is implied by an answer. */
    public boolean canMoveTo(TransferState next) {
        return switch (this) {
            case SENT -> Set.of(DELIVERED, ACCEPTED, REJECTED).contains(next);
            case DELIVERED -> next == ACCEPTED || next == REJECTED;
            case ACCEPTED, REJECTED -> false;
        };
    }
}
