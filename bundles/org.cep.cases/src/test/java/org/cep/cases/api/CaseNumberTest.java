package org.cep.cases.api;

import static org.cep.cases.api.CaseNumberParserTest.assertRejected;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a case number is once read: its canonical form, its court codes and case types, and tryParse. */
class CaseNumberTest {

    private static final String CANONICAL = "（2024）黑0230执123号";

    @Nested
    class Canonical {

        @Test
        void canonicalInputIsKept() {
            CaseNumber n = CaseNumber.parse(CANONICAL);
            assertAll(
                    () -> assertEquals(CANONICAL, n.canonical()),
                    () -> assertEquals(CANONICAL, n.toString()),
                    () -> assertEquals(2024, n.year()),
                    () -> assertEquals("黑0230", n.courtCode()),
                    () -> assertEquals("黑", n.provinceCode()),
                    () -> assertEquals("执", n.caseType()),
                    () -> assertEquals("enforcement", n.caseTypeLabel()),
                    () -> assertEquals(123L, n.sequence()));
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "(2024)黑0230执123号",
            "（2024)黑0230执123号",
            "(2024）黑0230执123号",
            "〔2024〕黑0230执123号",
            "[2024]黑0230执123号",
            "〔2024]黑0230执123号",
        })
        void bracketVariantsGiveTheCanonicalForm(String input) {
            assertEquals(CANONICAL, CaseNumber.parse(input).canonical());
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "  （2024）黑0230执123号  ",
            "\t(2024)黑0230执123号\n",
            "（ 2024 ） 黑 0230 执 123 号",
            "( 2024 )黑0230 执123 号",
            "\u3000（2024）\u3000黑0230执123号\u3000",
            "\u00A0(2024)黑0230执123号\uFEFF",
        })
        void whitespaceAroundAndBetweenPartsIsIgnored(String input) {
            assertEquals(CANONICAL, CaseNumber.parse(input).canonical());
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "（２０２４）黑０２３０执１２３号",
            "(２０２４)黑0230执１２３号",
            "（2024）黑０２３０执123号",
        })
        void fullWidthDigitsAreConverted(String input) {
            CaseNumber n = CaseNumber.parse(input);
            assertEquals(CANONICAL, n.canonical());
            assertEquals(2024, n.year());
            assertEquals("黑0230", n.courtCode());
            assertEquals(123L, n.sequence());
        }

        @Test
        void twoSpellingsOfTheSameNumberAreEqual() {
            CaseNumber a = CaseNumber.parse("（2024）黑0230执123号");
            CaseNumber b = CaseNumber.parse(" (２０２４) 黑0230 执 123 号 ");
            assertEquals(a, b);
            assertEquals(a.hashCode(), b.hashCode());
            assertEquals(a.toString(), b.toString());
        }

        @Test
        void differentNumbersAreNotEqual() {
            CaseNumber a = CaseNumber.parse("（2024）黑0230执123号");
            assertNotEquals(a, CaseNumber.parse("（2024）黑0230执124号"));
            assertNotEquals(a, CaseNumber.parse("（2024）黑0230执恢123号"));
            assertNotEquals(a, CaseNumber.parse("（2023）黑0230执123号"));
            assertNotEquals(a, CaseNumber.parse("（2024）黑02执123号"));
            assertNotEquals(a, null);
            assertNotEquals(a, CANONICAL);
        }

        @Test
        void canonicalFormParsesToItself() {
            CaseNumber n = CaseNumber.parse("[2019] 最高法 执监 45 号");
            assertEquals(n, CaseNumber.parse(n.canonical()));
        }
    }

    @Nested
    class CourtCodes {

        @ParameterizedTest
        @ValueSource(strings = {"黑", "黑02", "黑0230", "京0", "粤123"})
        void courtCodeWithZeroToFourDigits(String court) {
            CaseNumber n = CaseNumber.parse("（2024）" + court + "执1号");
            assertEquals(court, n.courtCode());
            assertEquals(court.substring(0, 1), n.provinceCode());
        }

        @Test
        void supremePeoplesCourt() {
            CaseNumber n = CaseNumber.parse("（2019）最高法执监45号");
            assertEquals("最高法", n.courtCode());
            assertEquals("最高法", n.provinceCode());
            assertEquals("执监", n.caseType());
            assertEquals(45L, n.sequence());
        }

        @Test
        void everyProvinceAbbreviationIsAccepted() {
            assertEquals(31, CaseNumber.PROVINCE_CODES.size());
            assertEquals(31, CaseNumber.PROVINCE_CODES.stream().distinct().count());
            for (String p : CaseNumber.PROVINCE_CODES) {
                CaseNumber n = CaseNumber.parse("（2024）" + p + "01执7号");
                assertEquals(p, n.provinceCode());
                assertEquals(p + "01", n.courtCode());
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {"（2024）港0230执123号", "（2024）A0230执123号", "（2024）最0230执123号"})
        void unknownProvinceIsRejected(String input) {
            assertRejected(input, "未知的省份简称", "unknown province abbreviation");
        }

        @Test
        void unknownProvinceMessageNamesTheCharacter() {
            IllegalArgumentException e = assertRejected("（2024）港0230执123号", "“港”", "'港'");
            assertTrue(e.getMessage().startsWith("未知的省份简称"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"（2024）执123号", "（2024）0230执123号", "（2024）", "（2024）号"})
        void missingCourtCodeIsRejected(String input) {
            assertRejected(input, "缺少法院代字", "lacks the court code");
        }

        @Test
        void courtCodeWithMoreThanFourDigitsIsRejected() {
            assertRejected("（2024）黑02301执123号", "超过4位", "more than 4 digits");
        }
    }

    @Nested
    class CaseTypes {

        static Stream<Arguments> caseTypes() {
            return Stream.of(
                    Arguments.of("执", "enforcement"),
                    Arguments.of("执恢", "resumed enforcement"),
                    Arguments.of("执异", "enforcement objection"),
                    Arguments.of("执保", "preservation"),
                    Arguments.of("执监", "enforcement supervision"),
                    Arguments.of("执复", "enforcement review"),
                    Arguments.of("执协", "enforcement assistance"));
        }

        @ParameterizedTest
        @MethodSource("caseTypes")
        void eachCaseTypeIsAccepted(String type, String label) {
            CaseNumber n = CaseNumber.parse("(2024)黑0230" + type + "9号");
            assertEquals(type, n.caseType());
            assertEquals(label, n.caseTypeLabel());
            assertEquals(label, CaseNumber.CASE_TYPES.get(type));
            assertEquals(9L, n.sequence());
            assertEquals("（2024）黑0230" + type + "9号", n.canonical());
        }

        @Test
        void caseTypeTableHasExactlyTheSevenTypes() {
            assertEquals(
                    java.util.List.of("执", "执恢", "执异", "执保", "执监", "执复", "执协"),
                    java.util.List.copyOf(CaseNumber.CASE_TYPES.keySet()));
            assertThrows(UnsupportedOperationException.class, () -> CaseNumber.CASE_TYPES.put("执他", "x"));
        }

        @Test
        void longestCaseTypeWins() {
            CaseNumber resumed = CaseNumber.parse("（2024）黑0230执恢5号");
            assertEquals("执恢", resumed.caseType());
            assertEquals(5L, resumed.sequence());
            assertEquals("黑0230", resumed.courtCode());

            CaseNumber plain = CaseNumber.parse("（2024）黑0230执5号");
            assertEquals("执", plain.caseType());
            assertNotEquals(plain, resumed);
        }

        @Test
        void unknownCaseTypeIsRejectedAndNamed() {
            assertRejected("（2024）黑0230执行123号", "未知的案件类型“执行”", "unknown case type '执行'");
        }

        @ParameterizedTest
        @ValueSource(strings = {"（2024）黑0230民初123号", "（2024）黑0230执他123号", "（2024）黑0230恢123号",
            "（2024）黑0230执恢恢123号", "（2024）黑0230执行政123号"})
        void otherCaseTypesAreRejected(String input) {
            assertRejected(input, "未知的案件类型", "unknown case type");
        }

        @ParameterizedTest
        @ValueSource(strings = {"（2024）黑0230123号", "（2024）黑0230 123号", "（2024）黑号", "（2024）黑0230-5号"})
        void missingCaseTypeIsRejected(String input) {
            assertRejected(input, "缺少案件类型", "lacks the case type");
        }
    }

    @Nested
    class TryParse {

        @Test
        void returnsTheValueForValidInput() {
            assertEquals(Optional.of(CaseNumber.parse(CANONICAL)), CaseNumber.tryParse("(2024)黑0230执123号"));
        }

        @Test
        void returnsEmptyForInvalidInput() {
            assertFalse(CaseNumber.tryParse("（2024）黑0230执行123号").isPresent());
        }
    }
}
