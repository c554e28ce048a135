package org.cep.platform.internal.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Account lock-out policy after repeated failed logins. Pure policy: the caller keeps the count of
 * failures in a row and the lock time in the database (so all nodes agree and a restart does not
 * unlock), resets the count on a successful login, and asks this class what to store.
 *
 * <p>Rule: failures 1–4 do nothing; failures 5–9 each lock the account for 15 minutes; failure 10
 * and every failure after it lock for 1 hour. Locking per account, not per address, is what stops
 * password guessing against one court user; an attacker can lock a user out, which is accepted
 * because an administrator can unlock.
 */
public final class LoginThrottle {

    public static final int SHORT_LOCK_AFTER = 5;
    public static final int LONG_LOCK_AFTER = 10;
    public static final Duration SHORT_LOCK = Duration.ofMinutes(15);
    public static final Duration LONG_LOCK = Duration.ofHours(1);

    /**
     * Whether a login attempt may proceed.
     *
     * @param allowed     true if the password may be checked now
     * @param lockedUntil when the lock ends; null when allowed
     */
    public record Decision(boolean allowed, Instant lockedUntil) {
    }

    private LoginThrottle() {
    }

    /**
     * Decides before checking the password, so a locked account gives no hint whether the
     * password was right.
     *
     * @param lockedUntil the stored lock end, or null if never locked
     */
    public static Decision decide(Instant lockedUntil, Instant now) {
        Objects.requireNonNull(now, "now");
        if (lockedUntil != null && now.isBefore(lockedUntil)) {
            return new Decision(false, lockedUntil);
        }
        return new Decision(true, null);
    }

    /**
     * @param failuresInARow failures in a row including the one just made
     * @param now            time of that failure
     * @return the lock end to store, or null if the account is not to be locked
     */
    public static Instant lockUntilAfterFailure(int failuresInARow, Instant now) {
        Objects.requireNonNull(now, "now");
        if (failuresInARow < 0) {
            throw new IllegalArgumentException(
                    "failuresInARow must not be negative: " + failuresInARow);
        }
        if (failuresInARow >= LONG_LOCK_AFTER) return now.plus(LONG_LOCK);
        if (failuresInARow >= SHORT_LOCK_AFTER) return now.plus(SHORT_LOCK);
        return null;
    }
}
