package org.cep.seizure.internal;

import java.util.HashMap;
import java.util.Map;

import org.cep.seizure.domain.SeizurePeriods;

/**
 * Settings from etc/cep.seizure.cfg: legal periods per asset type (the sources disagree, so a
 * province decides), the operating minimum left to a debtor and the inspection interval.
 */
record SeizureConfig(SeizurePeriods periods, long operatingMinimumFen, int inspectionIntervalDays) {
    static final String PID = "cep.seizure";

    static SeizureConfig from(Map<String, ?> properties) {
        Map<String, String> periodKeys = new HashMap<>();
        long minimum = 0;
        int interval = 30;
        for (Map.Entry<String, ?> e : properties.entrySet()) {
            String key = e.getKey();
            String value = String.valueOf(e.getValue()).trim();
            if (key.startsWith(SeizurePeriods.KEY_PREFIX)) periodKeys.put(key, value);
            else if (key.equals("operatingMinimumFen")) minimum = Long.parseLong(value);
            else if (key.equals("inspectionIntervalDays")) interval = Integer.parseInt(value);
        }
        SeizurePeriods periods = periodKeys.isEmpty() ? SeizurePeriods.defaults() : SeizurePeriods.parse(withDefaults(periodKeys));
        return new SeizureConfig(periods, minimum, interval);
    }

    /** A province may override only some periods; the rest keep the defaults. */
    private static Map<String, String> withDefaults(Map<String, String> given) {
        Map<String, String> all = new HashMap<>();
        SeizurePeriods.defaults().asMap().forEach((type, period) -> all.put(type.configKey(), period.toString()));
        all.putAll(given);
        return all;
    }
}
