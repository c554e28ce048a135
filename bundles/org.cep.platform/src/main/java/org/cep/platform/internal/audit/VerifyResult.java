package org.cep.platform.internal.audit;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.util.Objects;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Outcome of {@link AuditChain#verify}. Only the first fault is reported: once the chain is broken,
 * everything after it is suspect anyway, and one clear message is what a court clerk can act on.
 *
 * @param courtId        the court whose log was checked
 * @param intact         true when no fault was found
 * @param entriesChecked entries that passed every check before the first fault (all of them when
 *                       intact)
 * @param firstBadSeq    seq of the first faulty or missing entry; null when intact, or when the
 *                       fault is not tied to one entry (head record missing)
 * @param kind           one of {@link #EDITED}, {@link #DELETED}, {@link #REORDERED},
 *                       {@link #HEAD_MISMATCH}, {@link #TRUNCATED}, {@link #CHECKPOINT_INVALID}; null when intact
 * @param messageZh      message in Chinese (the authoritative wording)
 * @param messageEn      message in English
 */
public record VerifyResult(@Schema(requiredMode = REQUIRED) String courtId, boolean intact, long entriesChecked, Long firstBadSeq,
                           @Schema(allowableValues = {EDITED, DELETED, REORDERED, HEAD_MISMATCH, TRUNCATED, CHECKPOINT_INVALID}) String kind,
                           @Schema(requiredMode = REQUIRED) String messageZh, @Schema(requiredMode = REQUIRED) String messageEn) {

    /** An entry's content, court, or link to its predecessor was changed. */
    public static final String EDITED = "EDITED";
    /** One or more entries are missing (gap in seq, log not starting at 1, or ending before head). */
    public static final String DELETED = "DELETED";
    /** Entries are present but in the wrong order or moved to other positions. */
    public static final String REORDERED = "REORDERED";
    /** The entries are consistent but the head record disagrees with the last entry or is missing. */
    public static final String HEAD_MISMATCH = "HEAD_MISMATCH";
    /** The chain is consistent but ends before, or differs at, the head that was anchored in the higher court's chain or in a signed checkpoint. */
    public static final String TRUNCATED = "TRUNCATED";
    /** The newest checkpoint file of a top court was altered or signed with another key. */
    public static final String CHECKPOINT_INVALID = "CHECKPOINT_INVALID";

    public VerifyResult {
        Objects.requireNonNull(courtId, "courtId");
        Objects.requireNonNull(messageZh, "messageZh");
        Objects.requireNonNull(messageEn, "messageEn");
        if (intact != (kind == null)) {
            throw new IllegalArgumentException("kind must be null exactly when intact");
        }
    }

    @Override
    public String toString() {
        return courtId + ": " + messageZh + " / " + messageEn;
    }
}
