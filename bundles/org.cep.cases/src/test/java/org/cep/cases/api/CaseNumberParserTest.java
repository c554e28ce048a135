package org.cep.cases.api;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the parser refuses, and how it says so: year, sequence, ending, empty input, bilingual messages. */
class CaseNumberParserTest {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{3,}");

    /** Asserts that parsing fails with a bilingual message containing both fragments. */
    static IllegalArgumentException assertRejected(String input, String chinese, String english) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CaseNumber.parse(input));
        String message = e.getMessage();
        assertAll(
                () -> assertTrue(message.contains(" / "), "bilingual separator in: " + message),
                () -> assertTrue(message.contains(chinese), "Chinese part '" + chinese + "' in: " + message),
                () -> assertTrue(message.contains(english), "English part '" + english + "' in: " + message));
        assertTrue(CaseNumber.tryParse(input).isEmpty(), "tryParse must be empty for: " + input);
        return e;
    }

    @Nested
    class Year {

        @ParameterizedTest
        @ValueSource(ints = {1990, 2000, 2024, 2100})
        void yearsInRangeAreAccepted(int year) {
            assertEquals(year, CaseNumber.parse("（" + year + "）黑0230执1号").year());
        }

        @ParameterizedTest
        @ValueSource(ints = {1000, 1989, 2101, 9999})
        void yearsOutOfRangeAreRejected(int year) {
            assertRejected("（" + year + "）黑0230执1号", "年份" + year + "超出范围", "year " + year + " is outside 1990..2100");
        }

        @ParameterizedTest
        @ValueSource(strings = {"（24）黑0230执1号", "（20245）黑0230执1号", "（20a4）黑0230执1号", "（2024 5）黑0230执1号",
            "（二〇二四）黑0230执1号"})
        void malformedYearsAreRejected(String input) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CaseNumber.parse(input));
            String m = e.getMessage();
            assertTrue(m.contains("年份") || m.contains("年"), m);
            assertTrue(m.toLowerCase().contains("year"), m);
        }

        @Test
        void yearWithWrongDigitCountNamesIt() {
            assertRejected("（20245）黑0230执1号", "年份须为4位数字", "the year must be 4 digits, found '20245'");
        }

        @ParameterizedTest
        @ValueSource(strings = {"黑0230执123号", "2024黑0230执123号", "2024）黑0230执123号", "【2024】黑0230执123号"})
        void missingYearIsRejected(String input) {
            assertRejected(input, "案号缺少年份", "case number lacks the year in brackets");
        }

        @ParameterizedTest
        @ValueSource(strings = {"（）黑0230执123号", "( )黑0230执123号", "（黑0230执123号"})
        void emptyBracketsAreRejected(String input) {
            assertRejected(input, "括号内缺少年份", "the year is missing inside the brackets");
        }

        @ParameterizedTest
        @ValueSource(strings = {"（2024黑0230执123号", "(2024"})
        void missingClosingBracketIsRejected(String input) {
            assertRejected(input, "年份缺少右括号", "the year lacks its closing bracket");
        }

        @ParameterizedTest
        @ValueSource(strings = {"（2024]黑0230执123号", "〔2024）黑0230执123号"})
        void mismatchedBracketsAreRejected(String input) {
            assertRejected(input, "括号不配对", "do not match");
        }
    }

    @Nested
    class Sequence {

        @ParameterizedTest
        @ValueSource(longs = {1, 9, 10, 123, 9_999_999})
        void positiveSequencesAreAccepted(long sequence) {
            assertEquals(sequence, CaseNumber.parse("（2024）黑0230执" + sequence + "号").sequence());
        }

        @ParameterizedTest
        @ValueSource(strings = {"（2024）黑0230执12a3号", "（2024）黑0230执1２a号", "（2024）黑0230执-5号",
            "（2024）黑0230执1.5号", "（2024）黑0230执x123号", "（2024）黑0230执ABC号", "（2024）黑0230执1二3号"})
        void nonDigitsInTheSequenceAreRejected(String input) {
            assertRejected(input, "序号须为正整数", "the sequence must be a positive integer");
        }

        @Test
        void letterInTheSequenceIsRejected() {
            assertRejected("（2024）黑0230执12a3号", "“12a3”", "'12a3'");
        }

        @ParameterizedTest
        @ValueSource(strings = {"（2024）黑0230执0号", "（2024）黑0230执000号", "（2024）黑0230执０号"})
        void zeroSequenceIsRejected(String input) {
            assertRejected(input, "序号须为正整数", "the sequence must be a positive integer");
        }

        @ParameterizedTest
        @ValueSource(strings = {"（2024）黑0230执0123号", "（2024）黑0230执01号"})
        void leadingZeroIsRejected(String input) {
            assertRejected(input, "序号不得有前导零", "must not have leading zeros");
        }

        @Test
        void sequenceLongerThanSevenDigitsIsRejected() {
            assertRejected("（2024）黑0230执12345678号", "序号不得超过7位", "at most 7 digits");
        }

        @ParameterizedTest
        @ValueSource(strings = {"（2024）黑0230执号", "（2024）黑0230执 号"})
        void missingSequenceIsRejected(String input) {
            assertRejected(input, "案号缺少序号", "lacks the sequence");
        }
    }

    @Nested
    class Ending {

        @ParameterizedTest
        @ValueSource(strings = {"（2024）黑0230执123", "（2024）黑0230执123 ", "（2024）黑0230执恢123"})
        void missingHaoIsRejected(String input) {
            assertRejected(input, "案号须以“号”结尾", "must end with 号");
        }

        @Test
        void spaceInsideTheSequenceIsNotSilentlyJoined() {
            assertRejected("（2024）黑0230执12 3号", "须以“号”结尾", "must end with 号");
        }

        @ParameterizedTest
        @ValueSource(strings = {"（2024）黑0230执123号号", "（2024）黑0230执123号 之一", "（2024）黑0230执123号。"})
        void trailingTextIsRejected(String input) {
            assertRejected(input, "“号”之后有多余内容", "unexpected text after 号");
        }
    }

    @Nested
    class NullAndEmpty {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "\t\n", "\u3000"})
        void nullOrBlankGivesIllegalArgumentWithMessage(String input) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CaseNumber.parse(input));
            assertTrue(e.getMessage().startsWith("案号为空 / case number is"), e.getMessage());
            assertEquals(Optional.empty(), CaseNumber.tryParse(input));
        }
    }

    @Nested
    class Messages {

        static Stream<String> badInputs() {
            return Stream.of(
                    null, "", "黑0230执123号", "（）黑0230执123号", "（1989）黑0230执123号", "（20245）黑0230执123号",
                    "（2024黑0230执123号", "（2024]黑0230执123号", "（2024）港0230执123号", "（2024）执123号",
                    "（2024）黑02301执123号", "（2024）黑0230执行123号", "（2024）黑0230123号", "（2024）黑0230执号",
                    "（2024）黑0230执12a3号", "（2024）黑0230执0号", "（2024）黑0230执0123号", "（2024）黑0230执12345678号",
                    "（2024）黑0230执123", "（2024）黑0230执123号x");
        }

        @ParameterizedTest
        @MethodSource("badInputs")
        void everyMessageIsChineseSlashEnglish(String input) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CaseNumber.parse(input));
            String m = e.getMessage();
            int slash = m.indexOf(" / ");
            assertTrue(slash > 0, "separator in: " + m);
            String chinese = m.substring(0, slash);
            String english = m.substring(slash + 3);
            assertTrue(HAN.matcher(chinese).find(), "Chinese part in: " + m);
            assertTrue(LATIN_WORD.matcher(english).find(), "English part in: " + m);
        }

        @Test
        void longFragmentsAreShortenedInMessages() {
            String junk = "x".repeat(500);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> CaseNumber.parse("（2024）黑0230执123号" + junk));
            assertTrue(e.getMessage().length() < 120, e.getMessage());
        }
    }
}
