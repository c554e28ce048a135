package org.cep.seizure.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Public holidays and make-up working days (调休) of a province, from configuration: China moves
 * working days around its holidays every year, so the calendar is data. A period whose last day is
 * not a working day ends on the first working day after it (Civil Procedure Law on periods; Civil
 * Code art. 203). Saturdays and Sundays are rest days unless named as make-up working days.
 */
public final class LegalCalendar {
    private static final LegalCalendar NONE = new LegalCalendar(Set.of(), Set.of());

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workdays;

    private LegalCalendar(Set<LocalDate> holidays, Set<LocalDate> workdays) {
        this.holidays = Collections.unmodifiableSet(new TreeSet<>(holidays));
        this.workdays = Collections.unmodifiableSet(new TreeSet<>(workdays));
    }

    /** Weekends only: no holiday calendar configured. */
    public static LegalCalendar weekendsOnly() {
        return NONE;
    }

    /**
     * Reads {@code holidays.YYYY} and {@code workdays.YYYY} keys: comma-separated dates or ranges
     * {@code 2026-02-15..2026-02-23}. Other keys are ignored.
     *
     * @throws IllegalArgumentException a date that does not parse, a range backwards, or a day that is both
     */
    public static LegalCalendar parse(Map<String, String> config) {
        Set<LocalDate> holidays = new TreeSet<>();
        Set<LocalDate> workdays = new TreeSet<>();
        for (Map.Entry<String, String> e : config.entrySet()) {
            String key = e.getKey().trim();
            if (key.startsWith("holidays.")) addDays(key, e.getValue(), holidays);
            else if (key.startsWith("workdays.")) addDays(key, e.getValue(), workdays);
        }
        for (LocalDate d : workdays) {
            if (holidays.contains(d)) {
                throw new IllegalArgumentException("日历中 " + d + " 既是假日又是调休工作日 / " + d + " is both a holiday and a working day");
            }
        }
        return new LegalCalendar(holidays, workdays);
    }

    private static void addDays(String key, String value, Set<LocalDate> into) {
        if (value == null || value.isBlank()) return;
        for (String part : value.split(",")) {
            String p = part.trim();
            if (p.isEmpty()) continue;
            try {
                int dots = p.indexOf("..");
                LocalDate from = LocalDate.parse(dots < 0 ? p : p.substring(0, dots).trim());
                LocalDate to = dots < 0 ? from : LocalDate.parse(p.substring(dots + 2).trim());
                if (to.isBefore(from)) throw new IllegalArgumentException("日期范围颠倒：" + p + " / range backwards: " + p);
                for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) into.add(d);
            } catch (DateTimeParseException ex) {
                throw new IllegalArgumentException("配置项" + key + "的日期无效：" + p + " / " + key + ": not a date: " + p, ex);
            }
        }
    }

    public boolean isWorkingDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        if (workdays.contains(day)) return true;
        if (holidays.contains(day)) return false;
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The last day to act on a period whose last day is {@code lastDay}: that day, or the first working day after it. */
    public LocalDate deadline(LocalDate lastDay) {
        LocalDate d = Objects.requireNonNull(lastDay, "lastDay");
        for (int i = 0; i < 60 && !isWorkingDay(d); i++) d = d.plusDays(1);
        return d;
    }

    public boolean isHoliday(LocalDate day) {
        return holidays.contains(day);
    }

    public Set<LocalDate> holidays() {
        return holidays;
    }

    public Set<LocalDate> workdays() {
        return workdays;
    }
}
