package org.cep.seizure.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Small JSON values kept in one column (counts per lot, obligation lines, obligation checks). Rows
 * of the first pass hold counts as {@code {4=57, 5=12}}: they are read too.
 */
final class StoredJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StoredJson() {
    }

    static String write(Object value) {
        if (value == null) return null;
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Long> counts(String stored) {
        Map<String, Long> out = new TreeMap<>();
        for (Map.Entry<String, String> e : legacyOrJson(stored).entrySet()) out.put(e.getKey(), Long.parseLong(e.getValue()));
        return out;
    }

    static Map<String, BigDecimal> weights(String stored) {
        if (stored == null) return null;
        Map<String, BigDecimal> out = new TreeMap<>();
        for (Map.Entry<String, String> e : legacyOrJson(stored).entrySet()) out.put(e.getKey(), new BigDecimal(e.getValue()));
        return out;
    }

    static List<String> lines(String stored) {
        if (stored == null || stored.isBlank()) return List.of();
        return read(stored, new TypeReference<List<String>>() { });
    }

    static List<Views.ObligationCheck> checks(String stored) {
        if (stored == null || stored.isBlank()) return List.of();
        return read(stored, new TypeReference<List<Views.ObligationCheck>>() { });
    }

    private static <T> T read(String stored, TypeReference<T> type) {
        try {
            return JSON.readValue(stored, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON unreadable", e);
        }
    }

    private static Map<String, String> legacyOrJson(String stored) {
        Map<String, String> out = new TreeMap<>();
        if (stored == null || stored.isBlank()) return out;
        String s = stored.trim();
        if (s.startsWith("{") && s.contains("\"")) {
            read(s, new TypeReference<Map<String, Object>>() { }).forEach((k, v) -> out.put(k, String.valueOf(v)));
            return out;
        }
        String body = s.substring(1, s.length() - 1).trim(); // {4=57, 5=12}
        if (body.isEmpty()) return out;
        for (String pair : body.split(",")) {
            int eq = pair.indexOf('=');
            out.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        return out;
    }
}
