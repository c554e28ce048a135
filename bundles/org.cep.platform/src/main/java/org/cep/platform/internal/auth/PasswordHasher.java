package org.cep.platform.internal.auth;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/**
 * bcrypt password hashing via Bouncy Castle's {@link OpenBSDBCrypt}, with a fresh random 16-byte
 * salt per password. Stored values look like {@code $2b$12$<22 salt chars><31 hash chars>}, so the
 * cost travels with each hash and can be raised later (see {@link #needsRehash(String)}).
 *
 * <p>Thread-safe; create one per configured cost and share it.
 */
public final class PasswordHasher {

    public static final int MIN_COST = 4;
    public static final int MAX_COST = 31;

    private static final String VERSION = "2b";
    private static final int SALT_BYTES = 16;
    private static final Pattern BCRYPT =
            Pattern.compile("\\$2[aby]\\$(\\d\\d)\\$[./A-Za-z0-9]{53}");

    // Ambiguous-looking characters (0/O, 1/l/I) are left out because the first administrator's
    // generated password is read off a console and typed in by hand.
    private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final String SYMBOLS = "-_.!@#%+=?";
    private static final String ALPHABET = LOWER + UPPER + DIGITS + SYMBOLS;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final int cost;
    private final String dummyHash;

    /** @param cost bcrypt cost (log2 of rounds), 4..31; 12 or more for production */
    public PasswordHasher(int cost) {
        if (cost < MIN_COST || cost > MAX_COST) {
            throw new IllegalArgumentException(
                    "bcrypt cost must be between " + MIN_COST + " and " + MAX_COST + ": " + cost);
        }
        this.cost = cost;
        // A well-formed hash whose cost field says `cost`: checking against it runs the full
        // key schedule at that cost, like a real verify. It is made at the cheapest cost and then
        // relabelled so that constructing a hasher does not itself pay for one expensive hash.
        char[] random = generatePassword(32).toCharArray();
        String cheap = OpenBSDBCrypt.generate(VERSION, random, newSalt(), MIN_COST);
        this.dummyHash = cheap.substring(0, 4) + String.format(Locale.ROOT, "%02d", cost)
                + cheap.substring(6);
    }

    public int cost() {
        return cost;
    }

    /**
     * @return a bcrypt string {@code $2b$<cost>$...}
     * @throws IllegalArgumentException if the password is null, longer than 72 UTF-8 bytes
     *                                  (bcrypt would silently ignore the rest) or not valid text
     */
    public String hash(char[] password) {
        if (password == null) throw new IllegalArgumentException("password is required");
        int bytes = PasswordPolicy.utf8Length(password);
        if (bytes < 0) {
            throw new IllegalArgumentException("password contains an unpaired surrogate character");
        }
        if (bytes > PasswordPolicy.MAX_UTF8_BYTES) {
            throw new IllegalArgumentException("password is " + bytes + " bytes in UTF-8;"
                    + " bcrypt uses only the first " + PasswordPolicy.MAX_UTF8_BYTES
                    + ", so at most " + PasswordPolicy.MAX_UTF8_BYTES + " are accepted");
        }
        return OpenBSDBCrypt.generate(VERSION, password, newSalt(), cost);
    }

    /**
     * Constant-time check of a password against a stored hash. Returns false, never throws, for
     * any bad input: null or over-long password, null or malformed stored value.
     */
    public boolean verify(char[] password, String stored) {
        if (password == null || stored == null || !BCRYPT.matcher(stored).matches()) return false;
        int bytes = PasswordPolicy.utf8Length(password);
        // hash() never accepted such passwords, and bcrypt would compare only a prefix of them.
        if (bytes < 0 || bytes > PasswordPolicy.MAX_UTF8_BYTES) return false;
        try {
            return OpenBSDBCrypt.checkPassword(stored, password);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Spends the time of one {@link #verify} at this hasher's cost and discards the result. Call it
     * when the user name does not exist, so response time does not tell which user names exist.
     */
    public void verifyDummy(char[] password) {
        verify(password == null ? new char[0] : password, dummyHash);
    }

    /** True if {@code stored} uses a lower cost than configured, or cannot be parsed. */
    public boolean needsRehash(String stored) {
        if (stored == null) return true;
        Matcher m = BCRYPT.matcher(stored);
        if (!m.matches()) return true;
        int storedCost = Integer.parseInt(m.group(1));
        return storedCost < cost || storedCost > MAX_COST;
    }

    /**
     * Random password of {@code length} characters from an alphabet without look-alikes
     * (no 0, O, 1, l, I), with at least one lowercase letter, uppercase letter, digit and symbol,
     * so it always satisfies {@link PasswordPolicy} (barring a user name hidden in it by chance).
     *
     * @param length between {@link PasswordPolicy#MIN_LENGTH} and
     *               {@link PasswordPolicy#MAX_UTF8_BYTES}
     */
    public static String generatePassword(int length) {
        if (length < PasswordPolicy.MIN_LENGTH || length > PasswordPolicy.MAX_UTF8_BYTES) {
            throw new IllegalArgumentException("password length must be between "
                    + PasswordPolicy.MIN_LENGTH + " and " + PasswordPolicy.MAX_UTF8_BYTES + ": "
                    + length);
        }
        char[] out = new char[length];
        out[0] = pick(LOWER);
        out[1] = pick(UPPER);
        out[2] = pick(DIGITS);
        out[3] = pick(SYMBOLS);
        for (int i = 4; i < length; i++) out[i] = pick(ALPHABET);
        // Shuffle so the guaranteed classes do not always sit at the start.
        for (int i = length - 1; i > 0; i--) {
            int j = RANDOM.nextInt(i + 1);
            char t = out[i];
            out[i] = out[j];
            out[j] = t;
        }
        return new String(out);
    }

    private static char pick(String chars) {
        return chars.charAt(RANDOM.nextInt(chars.length()));
    }

    private static byte[] newSalt() {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return salt;
    }
}
