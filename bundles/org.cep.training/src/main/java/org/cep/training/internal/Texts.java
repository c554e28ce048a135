package org.cep.training.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cep.platform.api.ProblemException;
import org.cep.training.domain.Stage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Input rules the parts of training share: texts with limits, stage tags, lists kept as JSON. */
final class Texts {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Texts() {
    }

    static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) throw ProblemException.required(field);
        return optional(value, field, max);
    }

    /** Trimmed, or null when absent or blank. */
    static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) return null;
        String t = value.trim();
        if (t.length() > max) {
            throw ProblemException.badField("TEXT_TOO_LONG", field, field + " 不超过 " + max + " 字", field + " must be at most " + max + " characters");
        }
        return t;
    }

    /** At least one stage, each named once. */
    static Set<Stage> stages(List<String> names) {
        if (names == null || names.isEmpty()) throw ProblemException.required("stages");
        Set<Stage> stages = new LinkedHashSet<>();
        for (String n : names) stages.add(stage(n, "stages"));
        return stages;
    }

    static Stage stage(String name, String field) {
        try {
            return Stage.valueOf(String.valueOf(name));
        } catch (IllegalArgumentException e) {
            List<String> allowed = new ArrayList<>();
            for (Stage s : Stage.values()) allowed.add(s.name());
            throw ProblemException.badField("INVALID_STAGE", field, "执行阶段须为：" + String.join(", ", allowed),
                    "stage must be one of: " + String.join(", ", allowed));
        }
    }

    static String joinStages(Set<Stage> stages) {
        return String.join(",", stages.stream().map(Stage::name).toList());
    }

    static List<String> splitStages(String stages) {
        return stages == null || stages.isEmpty() ? List.of() : List.of(stages.split(","));
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> T fromJson(String text, TypeReference<T> type) {
        try {
            return JSON.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
