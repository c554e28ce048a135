package org.cep.seizure.internal;

import java.util.HashMap;
import java.util.Map;

import org.cep.seizure.domain.LegalCalendar;
import org.cep.seizure.domain.SeizurePeriods;

/**
 * Settings from etc/cep.seizure.cfg: legal periods per asset type (the sources disagree, so a
 * province decides), the operating minimum left to a debtor, the inspection interval and the payout
 * above which a second person must approve; and from etc/cep.calendar.cfg the province's public
 * holidays and make-up working days (调休).
 */
record SeizureConfig(SeizurePeriods periods, long operatingMinimumFen, int inspectionIntervalDays,
                     long payoutSecondPersonAboveFen, LegalCalendar calendar) {
    static final String PID = "cep.seizure";
    static final String CALENDAR_PID = "cep.calendar";
    /** CNY 100,000 unless configured. */
    static final long DEFAULT_SECOND_PERSON_ABOVE_FEN = 10_000_000L;

    static SeizureConfig from(Map<String, ?> properties) {
        Map<String, String> periodKeys = new HashMap<>();
        Map<String, String> calendarKeys = new HashMap<>();
        long minimum = 0;
        int interval = 30;
        long secondPerson = DEFAULT_SECOND_PERSON_ABOVE_FEN;
        for (Map.Entry<String, ?> e : properties.entrySet()) {
            String key = e.getKey();
            String value = String.valueOf(e.getValue()).trim();
            if (key.startsWith(SeizurePeriods.KEY_PREFIX)) periodKeys.put(key, value);
            else if (key.startsWith("holidays.") || key.startsWith("workdays.")) calendarKeys.put(key, value);
            else if (key.equals("operatingMinimumFen")) minimum = Long.parseLong(value);
            else if (key.equals("inspectionIntervalDays")) interval = Integer.parseInt(value);
            else if (key.equals("payoutSecondPersonAboveFen")) secondPerson = Long.parseLong(value);
        }
        SeizurePeriods periods = periodKeys.isEmpty() ? SeizurePeriods.defaults() : SeizurePeriods.parse(withDefaults(periodKeys));
        LegalCalendar calendar = calendarKeys.isEmpty() ? LegalCalendar.weekendsOnly() : LegalCalendar.parse(calendarKeys);
        return new SeizureConfig(periods, minimum, interval, secondPerson, calendar);
    }

    /** A province may override only some periods; the rest keep the defaults. */
    private static Map<String, String> withDefaults(Map<String, String> given) {
        Map<String, String> all = new HashMap<>();
        SeizurePeriods.defaults().asMap().forEach((type, period) -> all.put(type.configKey(), period.toString()));
        all.putAll(given);
        return all;
    }
}
