package org.cep.seizure.domain;

import static org.cep.seizure.domain.Bilingual.assertBilingual;
import static org.junit.jupiter.api.Assertions.*;

import java.time.Period;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SeizurePeriodsTest {

    @Test
    void defaults() {
        SeizurePeriods d = SeizurePeriods.defaults();
        assertEquals(Period.ofYears(1), d.periodOf(AssetType.BANK_DEPOSIT));
        assertEquals(Period.ofYears(2), d.periodOf(AssetType.MOVABLE));
        assertEquals(Period.ofYears(3), d.periodOf(AssetType.REAL_ESTATE));
        assertEquals(Period.ofYears(3), d.periodOf(AssetType.OTHER_PROPERTY_RIGHT));
        assertEquals(Period.ofYears(1), d.periodOf(AssetType.TRADEMARK));
        assertEquals(Period.ofMonths(6), d.periodOf(AssetType.PATENT));
        assertEquals(AssetType.values().length, d.asMap().size());
        assertThrows(UnsupportedOperationException.class, () -> d.asMap().put(AssetType.PATENT, Period.ofDays(1)));
    }

    @Test
    void configKeys() {
        assertEquals("period.bank_deposit", AssetType.BANK_DEPOSIT.configKey());
        assertEquals("period.other_property_right", AssetType.OTHER_PROPERTY_RIGHT.configKey());
        assertEquals("period.patent", AssetType.PATENT.configKey());
    }

    @Test
    void overridesReplaceOnlyTheNamedTypes() {
        SeizurePeriods p = SeizurePeriods.parse(Map.of(
                "period.patent", "P1Y",
                " period.bank_deposit ", " P6M ",
                "period.movable", "p18m")); // ISO letters are case-insensitive
        assertEquals(Period.ofYears(1), p.periodOf(AssetType.PATENT));
        assertEquals(Period.ofMonths(6), p.periodOf(AssetType.BANK_DEPOSIT));
        assertEquals(Period.ofMonths(18), p.periodOf(AssetType.MOVABLE));
        assertEquals(Period.ofYears(3), p.periodOf(AssetType.REAL_ESTATE)); // default kept
        assertNotEquals(SeizurePeriods.defaults(), p);
    }

    @Test
    void emptyConfigIsTheDefaults() {
        assertEquals(SeizurePeriods.defaults(), SeizurePeriods.parse(Map.of()));
        assertEquals(SeizurePeriods.defaults().hashCode(), SeizurePeriods.parse(Map.of()).hashCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"period.ship", "perod.patent", "patent", "period.", "service.pid"})
    void unknownKeysAreRejected(String key) {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> SeizurePeriods.parse(Map.of(key, "P1Y")));
        assertBilingual(ex.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"P0D", "P0Y", "P-1Y", "P1Y-1M", "-P6M", "one year", "6", "", "  "})
    void zeroNegativeOrUnparsablePeriodsAreRejected(String value) {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> SeizurePeriods.parse(Map.of("period.patent", value)));
        assertBilingual(ex.getMessage());
    }

    @Test
    void nullValueIsRejected() {
        Map<String, String> m = new HashMap<>();
        m.put("period.patent", null);
        assertBilingual(assertThrows(IllegalArgumentException.class, () -> SeizurePeriods.parse(m)).getMessage());
    }

    @Test
    void labels() {
        for (AssetType t : AssetType.values()) {
            assertFalse(t.labelZh().isBlank());
            assertFalse(t.labelEn().isBlank());
        }
    }
}
