package org.cep.cases.api;

import static org.cep.cases.api.CaseNumber.CASE_TYPES;
import static org.cep.cases.api.CaseNumber.END_MARK;
import static org.cep.cases.api.CaseNumber.MAX_COURT_DIGITS;
import static org.cep.cases.api.CaseNumber.MAX_SEQUENCE_DIGITS;
import static org.cep.cases.api.CaseNumber.MAX_YEAR;
import static org.cep.cases.api.CaseNumber.MIN_YEAR;
import static org.cep.cases.api.CaseNumber.PROVINCE_CODES;
import static org.cep.cases.api.CaseNumber.SUPREME_COURT_CODE;

/**
 * Reads a case number as people type or copy it into a {@link CaseNumber} (the tolerated variations are listed
 * there), or says in Chinese and English what is wrong with it. A single-use scanner over the digit-normalized input.
 */
final class CaseNumberParser {
    private static final String OPEN_ROUND = "（(";
    private static final String CLOSE_ROUND = "）)";
    private static final String OPEN_SQUARE = "〔[";
    private static final String CLOSE_SQUARE = "〕]";
    /** Longest fragment of the input quoted in an error message. */
    private static final int MAX_QUOTE = 20;

    private final String s;
    private int pos;

    private CaseNumberParser(String s) {
        this.s = s;
    }

    /** See {@link CaseNumber#parse(String)}. */
    static CaseNumber parse(String input) {
        if (input == null) {
            throw error("案号为空", "case number is missing (null)");
        }
        return new CaseNumberParser(normalizeDigits(input)).parse();
    }

    private CaseNumber parse() {
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
}
