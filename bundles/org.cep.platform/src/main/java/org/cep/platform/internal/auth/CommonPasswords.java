package org.cep.platform.internal.auth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Passwords that guessing attacks try first (NIST SP 800-63B §3.1.1.2: refuse values from lists of
 * commonly used or breached passwords). The list ships in the bundle: the 100,000 most common
 * passwords of the nbvcxz project (MIT, taken from Maven Central at build time) plus our own list of
 * names tied to this platform and passwords common in China. Loaded on first use.
 */
public final class CommonPasswords {
    private static final String[] LISTS = {"/dictionaries/passwords.txt", "/passwords/platform-words.txt"};

    private CommonPasswords() {
    }

    private static final class Holder {
        static final Set<String> WORDS = load();
    }

    /**
     * True when the password, ignoring case, is a listed one, or is a listed word with digits and
     * symbols stuck before or after it ({@code Password123!}, {@code Qwerty123456}).
     */
    public static boolean isCommon(char[] password) {
        // the one place a password becomes a String: a set of strings cannot be searched with a char[]
        String lower = new String(password).toLowerCase(Locale.ROOT);
        if (Holder.WORDS.contains(lower)) return true;
        int start = 0, end = lower.length();
        while (start < end && !Character.isLetter(lower.charAt(start))) start++;
        while (end > start && !Character.isLetter(lower.charAt(end - 1))) end--;
        String core = lower.substring(start, end);
        return core.length() >= 4 && Holder.WORDS.contains(core);
    }

    static int size() {
        return Holder.WORDS.size();
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(120_000);
        for (String list : LISTS) {
            try (InputStream in = CommonPasswords.class.getResourceAsStream(list)) {
                if (in == null) throw new IllegalStateException("password list missing from the bundle: " + list);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = r.readLine()) != null; ) {
                    String w = line.strip().toLowerCase(Locale.ROOT);
                    if (!w.isEmpty() && !w.startsWith("#")) words.add(w);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Set.copyOf(words);
    }
}
