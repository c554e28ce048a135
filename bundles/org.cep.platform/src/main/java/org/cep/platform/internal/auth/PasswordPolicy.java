package org.cep.platform.internal.auth;

import java.util.ArrayList;
import java.util.List;

/**
 * Rules a new password must meet. Problems are returned as readable
 * {@code "中文 / English"} strings so the UI and the shell can show them as they are.
 *
 * <p>Works on {@code char[]} without turning the password into a {@code String}, which could not be
 * wiped from memory afterwards.
 */
public final class PasswordPolicy {

    /** Minimum length in characters (Unicode code points, so a Chinese character counts once). */
    public static final int MIN_LENGTH = 12;
    /** bcrypt ignores everything after 72 bytes, so longer passwords would be silently cut. */
    public static final int MAX_UTF8_BYTES = 72;
    /** Of lowercase, uppercase, digit and other, at least this many classes must be present. */
    public static final int MIN_CLASSES = 3;

    private PasswordPolicy() {
    }

    /**
     * @param username the account's user name; null or blank skips the user-name rule
     * @param password the candidate password; null is treated as empty
     * @return the problems found, empty when the password is acceptable
     */
    public static List<String> problems(String username, char[] password) {
        char[] pw = password == null ? new char[0] : password;
        List<String> problems = new ArrayList<>();
        if (Character.codePointCount(pw, 0, pw.length) < MIN_LENGTH) {
            problems.add("密码至少需要 " + MIN_LENGTH + " 个字符 / Password must be at least "
                    + MIN_LENGTH + " characters long");
        }
        if (username != null && !username.isBlank() && containsIgnoreCase(pw, username.strip())) {
            problems.add("密码不能包含用户名 / Password must not contain the user name");
        }
        if (characterClasses(pw) < MIN_CLASSES) {
            problems.add("密码需包含小写字母、大写字母、数字、其他字符这四类中的至少 " + MIN_CLASSES
                    + " 类 / Password must contain at least " + MIN_CLASSES
                    + " of: lowercase letters, uppercase letters, digits, other characters");
        }
        if (CommonPasswords.isCommon(pw)) {
            problems.add("该密码属于常见或已泄露的密码，容易被猜中，请换一个 / This password is on a list of common or breached"
                    + " passwords and easy to guess; choose another");
        }
        int bytes = utf8Length(pw);
        if (bytes < 0) {
            problems.add("密码包含无效字符 / Password contains invalid characters");
        } else if (bytes > MAX_UTF8_BYTES) {
            problems.add("密码不能超过 " + MAX_UTF8_BYTES + " 个字节（UTF-8 编码，一个汉字占 3 个字节）"
                    + " / Password must be at most " + MAX_UTF8_BYTES
                    + " bytes in UTF-8 (a Chinese character takes 3 bytes)");
        }
        return List.copyOf(problems);
    }

    /**
     * Length of {@code s} encoded as UTF-8, computed without building the encoded copy;
     * -1 if {@code s} holds an unpaired surrogate (not encodable).
     */
    static int utf8Length(char[] s) {
        int bytes = 0;
        for (int i = 0; i < s.length; i++) {
            char c = s[i];
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length || !Character.isLowSurrogate(s[i + 1])) return -1;
                bytes += 4;
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return -1;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    private static int characterClasses(char[] pw) {
        boolean lower = false, upper = false, digit = false, other = false;
        for (int i = 0; i < pw.length; ) {
            int cp = Character.codePointAt(pw, i);
            i += Character.charCount(cp);
            if (Character.isLowerCase(cp)) lower = true;
            else if (Character.isUpperCase(cp)) upper = true;
            else if (Character.isDigit(cp)) digit = true;
            else other = true; // includes Chinese characters, which have no case
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    // Char-by-char like String.regionMatches(ignoreCase), so no String copy of the password.
    private static boolean containsIgnoreCase(char[] haystack, String needle) {
        int n = needle.length();
        for (int start = 0; start + n <= haystack.length; start++) {
            int k = 0;
            while (k < n && sameIgnoreCase(haystack[start + k], needle.charAt(k))) k++;
            if (k == n) return true;
        }
        return false;
    }

    private static boolean sameIgnoreCase(char a, char b) {
        if (a == b) return true;
        char ua = Character.toUpperCase(a);
        char ub = Character.toUpperCase(b);
        return ua == ub || Character.toLowerCase(ua) == Character.toLowerCase(ub);
    }
}
