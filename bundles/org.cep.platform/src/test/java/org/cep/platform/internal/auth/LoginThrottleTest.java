package org.cep.platform.internal.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant NOW = Instant.parse("2025-03-01T08:00:00Z");

    @Test
    void noLockBelowFive() {
        for (int f = 0; f < 5; f++) assertNull(LoginThrottle.lockUntilAfterFailure(f, NOW));
    }

    @Test
    void fifteenMinutesFromFiveToNine() {
        for (int f = 5; f < 10; f++) {
            assertEquals(NOW.plus(Duration.ofMinutes(15)), LoginThrottle.lockUntilAfterFailure(f, NOW));
        }
    }

    @Test
    void oneHourFromTenOn() {
        for (int f : new int[] {10, 11, 50, Integer.MAX_VALUE}) {
            assertEquals(NOW.plus(Duration.ofHours(1)), LoginThrottle.lockUntilAfterFailure(f, NOW));
        }
    }

    @Test
    void negativeCountRejected() {
        assertThrows(IllegalArgumentException.class, () -> LoginThrottle.lockUntilAfterFailure(-1, NOW));
    }

    @Test
    void decide() {
        assertEquals(new LoginThrottle.Decision(true, null), LoginThrottle.decide(null, NOW));
        Instant until = NOW.plusSeconds(60);
        LoginThrottle.Decision locked = LoginThrottle.decide(until, NOW);
        assertFalse(locked.allowed());
        assertEquals(until, locked.lockedUntil());
        assertTrue(LoginThrottle.decide(until, until).allowed());
        assertTrue(LoginThrottle.decide(NOW.minusSeconds(1), NOW).allowed());
    }
}
