package org.cep.platform.internal.rest;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The {@code Date} header of an answer (RFC 9110 IMF-fixdate). Formatted once a second and shared: without it CXF
 * builds a new SimpleDateFormat for every answer.
 */
final class HttpDate {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private record Stamp(long second, String text) {}

    private static volatile Stamp last = new Stamp(-1, "");

    private HttpDate() {}

    static String now() {
        return at(System.currentTimeMillis() / 1000);
    }

    static String at(long epochSecond) {
        Stamp s = last;
        if (s.second != epochSecond) {
            s = new Stamp(epochSecond, format(epochSecond));
            last = s;
        }
        return s.text;
    }

    /** RFC_1123_DATE_TIME writes the day of month without a leading zero; HTTP wants two digits. */
    static String format(long epochSecond) {
        String text = FORMAT.format(Instant.ofEpochSecond(epochSecond));
        int comma = text.indexOf(", ");
        return text.charAt(comma + 3) == ' ' ? text.substring(0, comma + 2) + '0' + text.substring(comma + 2) : text;
    }
}
