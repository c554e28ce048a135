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

    /** The last character of every case number. */
    static final char END_MARK = '号';

    private final int year;
    private final String courtCode;
    private final String provinceCode;
    private final String caseType;
    private final long sequence;
    private final String canonical;

    CaseNumber(int year, String provinceCode, String courtCode, String caseType, long sequence) {
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
        return CaseNumberParser.parse(input);
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
}
