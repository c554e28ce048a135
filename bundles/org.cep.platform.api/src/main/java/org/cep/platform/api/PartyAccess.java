package org.cep.platform.api;

import java.time.Instant;
import java.util.function.Supplier;

/**
 * Access without an account for the parties of a case (申请执行人 / 被执行人): the court gives a party an
 * access code for one case; with the court, the case and the code, the party may see what the capability
 * shows them. The platform checks the code (stored hashed, failures counted per court and case with the
 * login lock-out, so guessing is slow and an unknown case looks like a wrong code) and binds the court for
 * the work, as actor {@code party:<case>@<court>}.
 */
public interface PartyAccess {

    /** A code as issued: shown once, then only its hash is kept. */
    record Issued(String caseRef, String code, Instant validUntil) {
    }

    /** Issues a new code for a case of the current court; an earlier code of that case stops working. */
    Issued issue(String caseRef, int validDays);

    /**
     * @throws ProblemException 403 ACCESS_DENIED for a wrong, expired or unknown code or case; 429 ACCESS_LOCKED
     *                          after repeated failures
     */
    <R> R asParty(String courtId, String caseRef, String code, Supplier<R> work);
}
