package org.cep.platform.internal.auth;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(4);

    @Test
    void hashThenVerify() {
        String stored = hasher.hash("Correct-Horse-9".toCharArray());
        assertTrue(stored.startsWith("$2b$04$"), stored);
        assertEquals(60, stored.length());
        assertTrue(hasher.verify("Correct-Horse-9".toCharArray(), stored));
    }

    @Test
    void wrongPasswordFails() {
        String stored = hasher.hash("Correct-Horse-9".toCharArray());
        assertFalse(hasher.verify("Correct-Horse-8".toCharArray(), stored));
        assertFalse(hasher.verify("".toCharArray(), stored));
    }

    @Test
    void saltMakesHashesDiffer() {
        String a = hasher.hash("Same-Password-1".toCharArray());
        String b = hasher.hash("Same-Password-1".toCharArray());
        assertNotEquals(a, b);
        assertTrue(hasher.verify("Same-Password-1".toCharArray(), a));
        assertTrue(hasher.verify("Same-Password-1".toCharArray(), b));
    }

    @Test
    void malformedStoredValueIsFalseNotException() {
        char[] pw = "Whatever-123".toCharArray();
        String good = hasher.hash(pw);
        for (String bad : new String[] {null, "", "plain", "$2b$04$short",
                good.substring(0, 59), good + "x", good.replace("$2b$", "$9z$"),
                "$2b$99$" + good.substring(7), "$2b$04$" + "!".repeat(53)}) {
            assertFalse(assertDoesNotThrow(() -> hasher.verify(pw, bad)), String.valueOf(bad));
        }
        assertFalse(hasher.verify(null, good));
    }

    @Test
    void chinesePasswordWorks() {
        char[] pw = "黑龙江克东法院2025年".toCharArray();
        String stored = hasher.hash(pw);
        assertTrue(hasher.verify(pw, stored));
        assertFalse(hasher.verify("黑龙江克东法院2024年".toCharArray(), stored));
    }

    @Test
    void costIsInTheHash() {
        assertTrue(new PasswordHasher(5).hash("Abc-12345678".toCharArray()).startsWith("$2b$05$"));
    }

    @Test
    void oldHashesStillVerifyAfterCostIncrease() {
        String old = hasher.hash("Abc-12345678".toCharArray());
        assertTrue(new PasswordHasher(5).verify("Abc-12345678".toCharArray(), old));
    }

    @Test
    void needsRehashWhenCostIsLower() {
        String cost4 = hasher.hash("Abc-12345678".toCharArray());
        assertFalse(hasher.needsRehash(cost4));
        assertTrue(new PasswordHasher(5).needsRehash(cost4));
        assertFalse(new PasswordHasher(4).needsRehash(new PasswordHasher(5).hash("x".toCharArray())));
        assertTrue(hasher.needsRehash("garbage"));
        assertTrue(hasher.needsRehash(null));
    }

    @Test
    void costOutOfRangeRejected() {
        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(3));
        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(32));
        assertDoesNotThrow(() -> new PasswordHasher(31));
    }

    @Test
    void tooLongPasswordRejected() {
        assertDoesNotThrow(() -> hasher.hash("a".repeat(72).toCharArray()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> hasher.hash("a".repeat(73).toCharArray()));
        assertTrue(e.getMessage().contains("72"), e.getMessage());
        // 25 Chinese characters are 75 bytes although only 25 characters.
        assertThrows(IllegalArgumentException.class, () -> hasher.hash("法".repeat(25).toCharArray()));
        assertThrows(IllegalArgumentException.class, () -> hasher.hash(null));
    }

    @Test
    void longerPasswordSharingThe72BytePrefixDoesNotVerify() {
        String stored = hasher.hash("a".repeat(72).toCharArray());
        assertFalse(hasher.verify("a".repeat(73).toCharArray(), stored));
    }

    @Test
    void verifyDummyNeverThrows() {
        assertDoesNotThrow(() -> hasher.verifyDummy("anything".toCharArray()));
        assertDoesNotThrow(() -> hasher.verifyDummy(null));
    }

    @Test
    void verifyDummyCostsAboutAsMuchAsARealVerify() {
        PasswordHasher h = new PasswordHasher(10);
        char[] pw = "Timing-Test-42".toCharArray();
        String stored = h.hash(pw);
        h.verify(pw, stored); // warm-up
        h.verifyDummy(pw);
        long real = Long.MAX_VALUE, dummy = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            h.verify(pw, stored);
            long t1 = System.nanoTime();
            h.verifyDummy(pw);
            long t2 = System.nanoTime();
            real = Math.min(real, t1 - t0);
            dummy = Math.min(dummy, t2 - t1);
        }
        // Very loose bound (shared CI cores): only catches a dummy that skips the work (e.g. a cost-4 dummy is 64x faster).
        assertTrue(dummy * 8 > real && real * 8 > dummy, "real=" + real + " dummy=" + dummy);
    }

    @Test
    void generatedPasswordHasLengthAlphabetAndPassesPolicy() {
        for (int i = 0; i < 200; i++) {
            String pw = PasswordHasher.generatePassword(16);
            assertEquals(16, pw.length());
            assertTrue(pw.chars().noneMatch(c -> "0O1lI".indexOf(c) >= 0), pw);
            assertTrue(pw.chars().allMatch(c -> c < 0x80 && !Character.isWhitespace(c)), pw);
            assertEquals(java.util.List.of(), PasswordPolicy.problems("admin", pw.toCharArray()), pw);
        }
        assertEquals(12, PasswordHasher.generatePassword(12).length());
        assertEquals(72, PasswordHasher.generatePassword(72).length());
        assertNotEquals(PasswordHasher.generatePassword(20), PasswordHasher.generatePassword(20));
    }

    @Test
    void generatedPasswordLengthOutOfRangeRejected() {
        assertThrows(IllegalArgumentException.class, () -> PasswordHasher.generatePassword(11));
        assertThrows(IllegalArgumentException.class, () -> PasswordHasher.generatePassword(73));
    }

    @Test
    void generatedPasswordCanBeHashed() {
        String pw = PasswordHasher.generatePassword(20);
        assertTrue(hasher.verify(pw.toCharArray(), hasher.hash(pw.toCharArray())));
    }
}
