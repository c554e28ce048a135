package org.cep.cases.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Chinese enforcement case number (案号) such as {@code （2024）黑0230执123号}.
 *
 * <p>Format: {@code （year）court-code case-type sequence 号}.
 * <ul>
 *   <li>year: 4 digits, {@value #MIN_YEAR}..{@value #MAX_YEAR};</li>
 *   <li>court code: a province abbreviation from {@link #PROVINCE_CODES} or the Supreme People's
 *       Court code {@value #SUPREME_COURT_CODE}, followed by 0 to 4 digits ({@code 黑} for a high
 *       court, {@code 黑02} for an intermediate court, {@code 黑0230} for a basic court);</li>
 *   <li>case type: one of the keys of {@link #CASE_TYPES};</li>
 *   <li>sequence: a positive integer without leading zeros, at most 7 digits;</li>
 *   <li>the character {@code 号}.</li>
 * </ul>
 *
 * <p>Input tolerance: the year may be bracketed with {@code （）}, {@code ()}, {@code 〔〕} or
 * {@code []} (an opening round bracket must be closed by a round one, full-width or ASCII, and
 * likewise for square ones); whitespace around the number and between its parts is ignored;
 * full-width digits {@code ０-９} are read as ASCII digits. Whitespace inside the year, the case
 * type or the sequence is not accepted.
 *
 * <p>Every value holds one canonical form: full-width round brackets, ASCII digits, no spaces.
 * Two case numbers are equal exactly when their canonical forms are equal. Instances are
 * immutable and thread-safe.
 */
public final class CaseNumber {

    /** Earliest accepted year. */
    public static final int MIN_YEAR = 1990;

    /** Latest accepted year. */
    public static final int MAX_YEAR = 2100;

    /** Maximum number of digits after the province abbreviation in a court code. */
    public static final int MAX_COURT_DIGITS = 4;

    /** Maximum number of digits of the sequence. */
    public static final int MAX_SEQUENCE_DIGITS = 7;

    /** Court code of the Supreme People's Court (最高人民法院). */
    public static final String SUPREME_COURT_CODE = "最高法";

    /** The 31 province-level abbreviations accepted as the first part of a court code. */
    public static final List<String> PROVINCE_CODES = List.of(
            "京", "津", "冀", "晋", "蒙", "辽", "吉", "黑", "沪", "苏", "浙", "皖", "闽", "赣", "鲁", "豫",
            "鄂", "湘", "粤", "桂", "琼", "渝", "川", "贵", "云", "藏", "陕", "甘", "青", "宁", "新");

    /** Accepted case-type codes (案件类型代字) with their English labels, in a stable order. */
    public static final Map<String, String> CASE_TYPES;

    static {
        Map<String, String> types = new LinkedHashMap<>();
        types.put("执", "enforcement");
        types.put("执恢", "resumed enforcement");
        types.put("执异", "enforcement objection");
        types.put("执保", "preservation");
        types.put("执监", "enforcement supervision");
        types.put("执复", "enforcement review");
        types.put("执协", "enforcement assistance");
        CASE_TYPES = Collections.unmodifiableMap(types);
    }

    private static final String OPEN_ROUND = "（(";
    private static final String CLOSE_ROUND = "）)";
    private static final String OPEN_SQUARE = "〔[";
    private static final String CLOSE_SQUARE = "〕]";
    private static final char END_MARK = '号';
    /** Longest fragment of the input quoted in an error message. */
    private static final int MAX_QUOTE = 20;

    private final int year;
    private final String courtCode;
    private final String provinceCode;
    private final String caseType;
    private final long sequence;
    private final String canonical;

    private CaseNumber(int year, String provinceCode, String courtCode, String caseType, long sequence) {
        this.year = year;
        this.provinceCode = provinceCode;
        this.courtCode = courtCode;
        this.caseType = caseType;
        this.sequence = sequence;
        this.canonical = "（" + year + "）" + courtCode + caseType + sequence + END_MARK;
    }

    /**
     * Parses a case number.
     *
     * @param input the case number as typed or copied; may carry the tolerated variations
     * @return the parsed case number
     * @throws IllegalArgumentException if the input is null, empty or malformed; the message is
     *     bilingual ("中文 / English") and names what is wrong
     */
    public static CaseNumber parse(String input) {
        if (input == null) {
            throw error("案号为空", "case number is missing (null)");
        }
        return new Parser(normalizeDigits(input)).parse();
    }

    /**
     * Parses a case number, returning an empty optional instead of throwing.
     *
     * @param input the case number, or null
     * @return the parsed case number, or empty if {@code input} is null or malformed
     */
    public static Optional<CaseNumber> tryParse(String input) {
        if (input == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(input));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The year in brackets, e.g. {@code 2024}. */
    public int year() {
        return year;
    }

    /** The whole court code, e.g. {@code 黑0230}, {@code 黑} or {@code 最高法}. */
    public String courtCode() {
        return courtCode;
    }

    /** The province abbreviation of the court code, e.g. {@code 黑}, or {@code 最高法}. */
    public String provinceCode() {
        return provinceCode;
    }

    /** The case-type code, one of the keys of {@link #CASE_TYPES}, e.g. {@code 执}. */
    public String caseType() {
        return caseType;
    }

    /** The English label of the case type, e.g. {@code enforcement}. */
    public String caseTypeLabel() {
        return CASE_TYPES.get(caseType);
    }

    /** The sequence number, e.g. {@code 123}. */
    public long sequence() {
        return sequence;
    }

    /** The canonical form, e.g. {@code （2024）黑0230执123号}. */
    public String canonical() {
        return canonical;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CaseNumber that && canonical.equals(that.canonical);
    }

    @Override
    public int hashCode() {
        return canonical.hashCode();
    }

    /** Returns {@link #canonical()}. */
    @Override
    public String toString() {
        return canonical;
    }

    // ---------------------------------------------------------------------------------------

    private static String normalizeDigits(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '０' && c <= '９') {
                sb.append((char) ('0' + (c - '０')));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isSpace(char c) {
        // isSpaceChar adds no-break spaces; U+FEFF and U+200B come in with copy and paste.
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }

    private static boolean isCloser(char c) {
        return CLOSE_ROUND.indexOf(c) >= 0 || CLOSE_SQUARE.indexOf(c) >= 0;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static IllegalArgumentException error(String chinese, String english) {
        return new IllegalArgumentException(chinese + " / " + english);
    }

    private static String quote(String fragment) {
        if (fragment.length() <= MAX_QUOTE) {
            return fragment;
        }
        int end = MAX_QUOTE;
        if (Character.isHighSurrogate(fragment.charAt(end - 1))) {
            end--;
        }
        return fragment.substring(0, end) + "…";
    }

    /** A single-use scanner over the digit-normalized input. */
    private static final class Parser {
        private final String s;
        private int pos;

        Parser(String s) {
            this.s = s;
        }

        CaseNumber parse() {
            skipSpaces();
            if (atEnd()) {
                throw error("案号为空", "case number is empty");
            }
            int year = parseYear();
            skipSpaces();
            String province = parseProvince();
            skipSpaces();
            String courtDigits = parseCourtDigits(province);
            skipSpaces();
            String caseType = parseCaseType();
            skipSpaces();
            long sequence = parseSequence();
            skipSpaces();
            if (atEnd() || s.charAt(pos) != END_MARK) {
                throw error("案号须以“号”结尾", "case number must end with 号");
            }
            pos++;
            skipSpaces();
            if (!atEnd()) {
                String rest = quote(s.substring(pos));
                throw error("“号”之后有多余内容“" + rest + "”", "unexpected text after 号: '" + rest + "'");
            }
            return new CaseNumber(year, province, province + courtDigits, caseType, sequence);
        }

        private int parseYear() {
            char open = s.charAt(pos);
            String closers;
            if (OPEN_ROUND.indexOf(open) >= 0) {
                closers = CLOSE_ROUND;
            } else if (OPEN_SQUARE.indexOf(open) >= 0) {
                closers = CLOSE_SQUARE;
            } else {
                throw error("案号缺少年份", "case number lacks the year in brackets");
            }
            pos++;
            skipSpaces();
            int start = pos;
            while (!atEnd() && isAsciiDigit(s.charAt(pos))) {
                pos++;
            }
            String digits = s.substring(start, pos);
            skipSpaces();
            if (atEnd() || closers.indexOf(s.charAt(pos)) < 0) {
                if (!atEnd() && isCloser(s.charAt(pos))) {
                    throw error("年份的括号不配对", "the brackets around the year do not match");
                }
                if (digits.isEmpty()) {
                    throw error("括号内缺少年份", "the year is missing inside the brackets");
                }
                if (digits.length() == 4 && (atEnd() || !isAsciiDigit(s.charAt(pos)))) {
                    throw error("年份缺少右括号", "the year lacks its closing bracket");
                }
                String found = quote(s.substring(start, nextCloserOrEnd(start)));
                throw error("年份须为4位数字，实为“" + found + "”", "the year must be 4 digits, found '" + found + "'");
            }
            pos++;
            if (digits.isEmpty()) {
                throw error("括号内缺少年份", "the year is missing inside the brackets");
            }
            if (digits.length() != 4) {
                throw error("年份须为4位数字，实为“" + quote(digits) + "”",
                        "the year must be 4 digits, found '" + quote(digits) + "'");
            }
            int year = Integer.parseInt(digits);
            if (year < MIN_YEAR || year > MAX_YEAR) {
                throw error("年份" + year + "超出范围" + MIN_YEAR + "–" + MAX_YEAR,
                        "year " + year + " is outside " + MIN_YEAR + ".." + MAX_YEAR);
            }
            return year;
        }

        private int nextCloserOrEnd(int from) {
            for (int i = from; i < s.length(); i++) {
                if (isCloser(s.charAt(i))) {
                    return i;
                }
            }
            return s.length();
        }

        private String parseProvince() {
            if (atEnd() || s.charAt(pos) == '执' || s.charAt(pos) == END_MARK || isAsciiDigit(s.charAt(pos))) {
                throw error("案号缺少法院代字", "case number lacks the court code");
            }
            if (s.startsWith(SUPREME_COURT_CODE, pos)) {
                pos += SUPREME_COURT_CODE.length();
                return SUPREME_COURT_CODE;
            }
            int cp = s.codePointAt(pos);
            String province = new String(Character.toChars(cp));
            if (!PROVINCE_CODES.contains(province)) {
                throw error("未知的省份简称“" + province + "”", "unknown province abbreviation '" + province + "'");
            }
            pos += Character.charCount(cp);
            return province;
        }

        private String parseCourtDigits(String province) {
            int start = pos;
            while (!atEnd() && isAsciiDigit(s.charAt(pos))) {
                pos++;
            }
            String digits = s.substring(start, pos);
            if (digits.length() > MAX_COURT_DIGITS) {
                int after = pos;
                while (after < s.length() && isSpace(s.charAt(after))) {
                    after++;
                }
                if (after == s.length() || s.charAt(after) == END_MARK) {
                    throw error("案号缺少案件类型", "case number lacks the case type");
                }
                throw error("法院代字“" + province + quote(digits) + "”的数字超过" + MAX_COURT_DIGITS + "位",
                        "the court code '" + province + quote(digits) + "' has more than "
                                + MAX_COURT_DIGITS + " digits");
            }
            return digits;
        }

        private String parseCaseType() {
            int start = pos;
            while (!atEnd()) {
                int cp = s.codePointAt(pos);
                if (cp == END_MARK || Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN) {
                    break;
                }
                pos += Character.charCount(cp);
            }
            String type = s.substring(start, pos);
            if (type.isEmpty()) {
                throw error("案号缺少案件类型", "case number lacks the case type");
            }
            if (!CASE_TYPES.containsKey(type)) {
                String q = quote(type);
                throw error("未知的案件类型“" + q + "”", "unknown case type '" + q + "'");
            }
            return type;
        }

        private long parseSequence() {
            int start = pos;
            while (!atEnd()) {
                char c = s.charAt(pos);
                if (isSpace(c) || c == END_MARK) {
                    break;
                }
                pos++;
            }
            String seq = s.substring(start, pos);
            if (seq.isEmpty()) {
                throw error("案号缺少序号", "case number lacks the sequence");
            }
            String q = quote(seq);
            for (int i = 0; i < seq.length(); i++) {
                if (!isAsciiDigit(seq.charAt(i))) {
                    throw error("序号须为正整数，实为“" + q + "”",
                            "the sequence must be a positive integer, found '" + q + "'");
                }
            }
            if (seq.chars().allMatch(c -> c == '0')) {
                throw error("序号须为正整数，实为“" + q + "”",
                        "the sequence must be a positive integer, found '" + q + "'");
            }
            if (seq.charAt(0) == '0') {
                throw error("序号不得有前导零，实为“" + q + "”",
                        "the sequence must not have leading zeros, found '" + q + "'");
            }
            if (seq.length() > MAX_SEQUENCE_DIGITS) {
                throw error("序号不得超过" + MAX_SEQUENCE_DIGITS + "位，实为“" + q + "”",
                        "the sequence may have at most " + MAX_SEQUENCE_DIGITS + " digits, found '" + q + "'");
            }
            return Long.parseLong(seq);
        }

        private void skipSpaces() {
            while (!atEnd() && isSpace(s.charAt(pos))) {
                pos++;
            }
        }

        private boolean atEnd() {
            return pos >= s.length();
        }
    }
}
