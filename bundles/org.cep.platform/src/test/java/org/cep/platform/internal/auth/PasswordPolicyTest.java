package org.cep.platform.internal.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static List<String> problems(String user, String pw) {
        return PasswordPolicy.problems(user, pw == null ? null : pw.toCharArray());
    }

    private static void assertOnly(List<String> problems, String englishFragment) {
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains(englishFragment), problems.toString());
        assertTrue(problems.get(0).contains(" / "), "bilingual: " + problems);
    }

    @Test
    void goodPasswordHasNoProblems() {
        assertEquals(List.of(), problems("zhangsan", "Kedong-Court-2025"));
        assertEquals(List.of(), problems("zhangsan", "kedong court 2025")); // lower, digit, space
        assertEquals(List.of(), problems(null, "Kedong-Court-2025"));
    }

    @Test
    void tooShort() {
        assertOnly(problems("zhangsan", "Abc-1234567"), "at least 12 characters");
        assertEquals(List.of(), problems("zhangsan", "Abc-12345678"));
    }

    @Test
    void lengthCountsCharactersNotBytes() {
        // 11 Chinese characters plus "A1": 13 characters, 35 bytes, classes upper/digit/other.
        assertEquals(List.of(), problems("zhangsan", "黑龙江省克东县人民法院A1"));
        assertOnly(problems("zhangsan", "克东法院A1"), "at least 12 characters");
    }

    @Test
    void containsUsernameIgnoringCase() {
        assertOnly(problems("ZhangSan", "my-zhangsan-2025"), "user name");
        assertOnly(problems("zhangsan", "MY-ZHANGSAN-2025"), "user name");
        assertOnly(problems("  zhangsan ", "my-ZhangSan-2025"), "user name");
        assertEquals(List.of(), problems("  ", "my-ZhangSan-2025"));
    }

    @Test
    void needsThreeClasses() {
        assertOnly(problems("u", "abcdefghijkm"), "at least 3 of");
        assertOnly(problems("u", "abcdefGHIJKM"), "at least 3 of");
        assertEquals(List.of(), problems("u", "kdfyzxGHIJK7"));
        assertEquals(List.of(), problems("u", "kdfyzx-hijk7"));
        assertEquals(List.of(), problems("u", "KDFYZX-HIJK7"));
    }

    @Test
    void atMost72Bytes() {
        assertEquals(List.of(), problems("u", "Aa1" + "x".repeat(69)));
        assertOnly(problems("u", "Aa1" + "x".repeat(70)), "72 bytes");
        assertOnly(problems("u", "Aa1" + "法".repeat(24)), "72 bytes"); // 3 + 72 bytes
    }

    @Test
    void nullAndEmptyReportEverythingRelevant() {
        assertEquals(2, problems("u", null).size());
        assertEquals(2, problems("u", "").size());
    }

    @Test
    void unpairedSurrogateIsReported() {
        List<String> p = problems("u", "Kdfyzxqw-123\uD800");
        assertOnly(p, "invalid characters");
    }

    @Test
    void utf8LengthMatchesJdkEncoder() {
        for (String s : new String[] {"", "abc", "é", "法院", "😀", "a😀法é", "\u07FF\u0800"}) {
            assertEquals(s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length,
                    PasswordPolicy.utf8Length(s.toCharArray()), s);
        }
        assertEquals(-1, PasswordPolicy.utf8Length(new char[] {'\uDC00'}));
        assertEquals(-1, PasswordPolicy.utf8Length(new char[] {'\uD800', 'a'}));
    }

    @Test
    void commonAndBreachedPasswordsAreRefusedWithTheReasonInBothLanguages() {
        for (String pw : List.of("Password123!", "Qwerty123456", "<script>alert(1)</script>", "Woaini1314!!", "Zxcvbnm12345",
                "P@ssw0rd2026", "Iloveyou2026!")) {
            List<String> found = problems("zhangsan", pw);
            assertTrue(found.stream().anyMatch(p -> p.contains("常见或已泄露") && p.contains("common or breached")),
                    pw + " should be refused as common: " + found);
        }
        assertTrue(CommonPasswords.size() > 90_000, "the shipped list is loaded: " + CommonPasswords.size());
        // a long passphrase made of ordinary words is not "common"
        assertEquals(List.of(), problems("zhangsan", "Kedong-Court-2025"));
        assertEquals(List.of(), problems("zhangsan", "黑龙江省克东县人民法院A1"));
    }
}
