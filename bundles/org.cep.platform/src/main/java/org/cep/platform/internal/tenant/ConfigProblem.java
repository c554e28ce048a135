package org.cep.platform.internal.tenant;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.util.Objects;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One problem found in a court file. Messages come in both languages because provincial IT staff
 * read Chinese while some integrators and logs are English-only.
 *
 * @param file      file name as given to the parser, e.g. {@code hlj-kedong.court}
 * @param line      1-based line number; 0 when the problem concerns the whole file (a missing key,
 *                  a rule across files)
 * @param key       the key concerned, or null
 * @param messageZh message in Chinese
 * @param messageEn message in English
 */
public record ConfigProblem(@Schema(requiredMode = REQUIRED) String file, int line, String key,
                            @Schema(requiredMode = REQUIRED) String messageZh, @Schema(requiredMode = REQUIRED) String messageEn) {

    public ConfigProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(messageZh, "messageZh");
        Objects.requireNonNull(messageEn, "messageEn");
        if (line < 0) throw new IllegalArgumentException("line < 0: " + line);
    }

    /** {@code hlj-kedong.court:7 [level] 未知的法院级别 “county” / unknown court level "county"} */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file).append(':').append(line);
        if (key != null) sb.append(" [").append(key).append(']');
        return sb.append(' ').append(messageZh).append(" / ").append(messageEn).toString();
    }
}
