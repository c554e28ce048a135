package org.cep.training.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ProvinceTest {
    private static final Map<String, Province.Court> COURTS = Map.of(
            "high", new Province.Court("high", "supreme", true),
            "supreme", new Province.Court("supreme", null, false),
            "mid", new Province.Court("mid", "high", false),
            "basic", new Province.Court("basic", "mid", false),
            "orphan", new Province.Court("orphan", "gone", false),
            "loop", new Province.Court("loop", "loop", false));

    private static Optional<String> highOf(String id) {
        return Province.highCourtOf(id, c -> Optional.ofNullable(COURTS.get(c)));
    }

    @Test
    void aCourtsProvinceIsTheHighCourtAboveIt() {
        assertEquals(Optional.of("high"), highOf("basic"));
        assertEquals(Optional.of("high"), highOf("mid"));
        assertEquals(Optional.of("high"), highOf("high"));
    }

    @Test
    void noHighCourtMeansNoProvince() {
        assertEquals(Optional.empty(), highOf("supreme"));
        assertEquals(Optional.empty(), highOf("orphan"));
        assertEquals(Optional.empty(), highOf("loop"));
    }
}
