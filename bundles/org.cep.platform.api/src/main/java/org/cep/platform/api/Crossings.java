package org.cep.platform.api;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * The one way data crosses courts. The caller names the target court, the purpose and (unless the
 * purpose is standing) the grant; the service checks that the grant is in force for the caller's
 * court, runs the work with the target court bound, and appends an entry to both courts' audit
 * chains. Grants are read from the database on every crossing, so a revocation or expiry takes
 * effect at once on every node.
 *
 * <p>Call it outside any transaction of your own: it opens its own (one persistence context serves
 * one court). {@link #write} commits the work and both audit entries together; {@link #read} commits
 * the audit entries and runs the work in a transaction that is always rolled back, so a read-only
 * crossing cannot change the other court's data.
 */
public interface Crossings {

    /**
     * @param scope what the crossing touches, as the grant names it (e.g. {@code case:42}); for a standing
     *              purpose, free text for the audit
     * @param what  a short description of the work, for both audit chains
     */
    record Crossing(String targetCourtId, CrossingPurpose purpose, Long grantId, String scope, String what) {
    }

    /**
     * A grant as the courts involved see it; instants ISO-8601 UTC. {@code status} is REQUESTED (asked for
     * by the grantee, awaiting the owner), GRANTED, DENIED or REVOKED; a granted one is in force until
     * {@code validUntil}.
     */
    record Grant(long id, CrossingPurpose purpose, String status, String ownerCourtId, String granteeCourtId,
                 String issuerCourtId, String scope, String validFrom, String validUntil, String issuedBy, String note,
                 String decidedBy, String decisionReason, String revokedAt, String revokedBy, String revokeReason,
                 boolean inForce) {
    }

    /**
     * @param ownerCourtId   the court whose data the grant opens
     * @param granteeCourtId the court that may cross into it
     * @param validUntil     end of validity (exclusive), in the future
     */
    record NewGrant(CrossingPurpose purpose, String ownerCourtId, String granteeCourtId, String scope, Instant validUntil,
                    String note) {
    }

    <R> R read(Crossing crossing, Supplier<R> work);

    <R> R write(Crossing crossing, Supplier<R> work);

    /**
     * Issued by the owning court itself, or by a higher court for courts of its jurisdiction (a
     * designation under art. 237). Recorded in the chains of every court involved.
     */
    Grant issue(NewGrant grant);

    /**
     * The current court asks the owning court for a grant (e.g. to read its case files); nothing is
     * open until the owner approves.
     */
    Grant request(NewGrant grant);

    /** The owning court approves (the grant is in force from now until the requested end) or denies, with a reason. */
    Grant decide(long grantId, boolean approve, String reason);

    /** By the owning or the issuing court; effective at once. */
    Grant revoke(long grantId, String reason);

    /** A grant that the current court owns, holds or issued. @throws ProblemException 404 otherwise */
    Grant grant(long grantId);

    /** Grants that the current court owns, holds or issued, newest first. */
    List<Grant> grants();

    /**
     * Grants of one purpose that the current court holds (is the grantee of) and that are in force now, whose
     * scope starts with {@code scopePrefix}; newest first, at most {@code limit}. Unlike {@link #grants()} it is not
     * cut at 500 mixed grants: a court that receives thousands of shared modules sees them all.
     */
    List<Grant> held(CrossingPurpose purpose, String scopePrefix, int limit);

    /** A grant in force as a list of what a court holds shows it. */
    record HeldGrant(long id, String ownerCourtId, String scope, String note, String validUntil) {
    }

    /** As {@link #held}, with only what a list needs: a court of a province where every court shares holds thousands. */
    List<HeldGrant> heldBrief(CrossingPurpose purpose, String scopePrefix, int limit);

    /** As {@link #held}, for the grants the current court owns (has opened to other courts). */
    List<Grant> owned(CrossingPurpose purpose, String scopePrefix, int limit);
}
