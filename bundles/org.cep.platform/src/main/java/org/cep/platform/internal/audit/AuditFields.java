package org.cep.platform.internal.audit;

import java.time.Instant;

/**
 * The hashed content of one audit entry, exactly as stored.
 *
 * <p>Deliberately not validated: {@link AuditChain#verify} must be able to load and judge any row
 * the database hands back, including tampered ones. Writers are expected to supply non-null
 * {@code courtId}, {@code at}, {@code actor}, {@code action} and {@code prevHash}, and to pass
 * {@code at} through {@link AuditChain#toStoredPrecision(Instant)} first.
 *
 * @param courtId   the court (tenant) whose log holds the entry
 * @param seq       1-based position in that court's log
 * @param at        when the action happened, at most microsecond precision
 * @param actor     who acted (user name or system component)
 * @param action    what was done, e.g. {@code user.create}
 * @param target    what it was done to, or null
 * @param requestId request correlation id, or null
 * @param detail    free text, or null
 * @param prevHash  hash of entry {@code seq - 1}, or {@link AuditChain#GENESIS} for the first
 */
public record AuditFields(String courtId, long seq, Instant at, String actor, String action,
                          String target, String requestId, String detail, String prevHash) {
}
