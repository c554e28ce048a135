package org.cep.seizure.domain;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Longest term of a seizure per asset type. Data, not constants: the seed notes that the
 * documents disagree, so a province configures these and the defaults below are only the
 * starting point. Immutable.
 *
 * <p>Defaults: bank deposits 1 year, movables 2 years, real estate and other property rights
 * 3 years (the Supreme People's Court's rules on seizure in civil enforcement); trademark
 * 1 year and patent 6 months (preservation of IP rights, as given in the seed).
 */
public final class SeizurePeriods {

    public static final String KEY_PREFIX = "period.";

    private static final SeizurePeriods DEFAULTS = new SeizurePeriods(defaultMap());

    private final Map<AssetType, Period> periods;

    private SeizurePeriods(Map<AssetType, Period> periods) {
        this.periods = Collections.unmodifiableMap(new EnumMap<>(periods));
    }

    public static SeizurePeriods defaults() {
        return DEFAULTS;
    }

    /**
     * Reads periods from configuration such as {@code period.bank_deposit = P1Y} and
     * {@code period.patent = P6M} (ISO-8601 periods, {@link Period#parse}). Types not named
     * keep their default. Every key must name an asset type: a misspelt key silently falling
     * back to the default would be worse than a startup error. Framework keys (service.pid and
     * the like) are the caller's to strip.
     *
     * @throws IllegalArgumentException unknown key, unparsable, zero or negative period
     */
    public static SeizurePeriods parse(Map<String, String> config) {
        Objects.requireNonNull(config, "config");
        Map<AssetType, Period> m = defaultMap();
        for (Map.Entry<String, String> e : config.entrySet()) {
            String key = e.getKey() == null ? "" : e.getKey().trim();
            AssetType type = typeOf(key);
            m.put(type, parsePeriod(key, e.getValue()));
        }
        return new SeizurePeriods(m);
    }

    public Period periodOf(AssetType type) {
        return periods.get(Objects.requireNonNull(type, "type"));
    }

    /** @return every type's period (unmodifiable) */
    public Map<AssetType, Period> asMap() {
        return periods;
    }

    private static AssetType typeOf(String key) {
        for (AssetType t : AssetType.values()) {
            if (t.configKey().equals(key)) {
                return t;
            }
        }
        throw new IllegalArgumentException("未知的查封期限配置项：" + key
                + " / unknown seizure period key: " + key);
    }

    private static Period parsePeriod(String key, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("配置项" + key + "缺少期限值 / " + key + ": no period given");
        }
        Period p;
        try {
            p = Period.parse(value.trim());
        } catch (DateTimeParseException ex) {
            throw new IllegalArgumentException("配置项" + key + "的期限格式无效（应如P1Y、P6M）：" + value
                    + " / " + key + ": not an ISO period such as P1Y or P6M: " + value, ex);
        }
        // isNegative is true when any component is negative (e.g. P1Y-1M): reject those too.
        if (p.isZero() || p.isNegative()) {
            throw new IllegalArgumentException("配置项" + key + "的期限必须大于零：" + value
                    + " / " + key + ": period must be greater than zero: " + value);
        }
        return p;
    }

    private static Map<AssetType, Period> defaultMap() {
        Map<AssetType, Period> m = new EnumMap<>(AssetType.class);
        m.put(AssetType.BANK_DEPOSIT, Period.ofYears(1));
        m.put(AssetType.MOVABLE, Period.ofYears(2));
        m.put(AssetType.REAL_ESTATE, Period.ofYears(3));
        m.put(AssetType.OTHER_PROPERTY_RIGHT, Period.ofYears(3));
        m.put(AssetType.TRADEMARK, Period.ofYears(1));
        m.put(AssetType.PATENT, Period.ofMonths(6));
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SeizurePeriods other && periods.equals(other.periods);
    }

    @Override
    public int hashCode() {
        return periods.hashCode();
    }

    @Override
    public String toString() {
        return "SeizurePeriods" + periods;
    }
}
