package org.cep.seizure.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Dates of a seizure's legal term. A lapsed seizure loses its priority, so these dates decide
 * whether the applicant still ranks first; they are court-calendar dates (Asia/Shanghai).
 *
 * <p><b>Date rule — 期间届满日 = 起始日 + 期间（月末对齐）.</b> The expiry date is
 * {@code start.plus(period)} and the seizure is in force through the end (24:00) of that day.
 * This follows the Civil Code: the starting day is not counted (Art. 201); for periods in
 * months or years the last day is the corresponding day of the final month, or that month's
 * last day when there is no corresponding day (Art. 202), which is exactly Java's month-end
 * clamping:
 * <ul>
 * <li>2024-08-31 + 6 months → 2025-02-28 (no 31 Feb; 2025 not a leap year)</li>
 * <li>2023-08-31 + 6 months → 2024-02-29 (leap year)</li>
 * <li>2024-02-29 + 1 year → 2025-02-28</li>
 * </ul>
 * Art. 203 (a last day falling on a public holiday moves to the next working day) is applied
 * by {@link LegalCalendar#deadline}: the expiry date stays the date the ruling writes ("至 X 日止"),
 * the last day to act (renew) and the day the expiry job lapses after are the moved date.
 */
public final class ExpiryEngine {

    public static final ZoneId COURT_ZONE = ZoneId.of("Asia/Shanghai");

    private ExpiryEngine() {}

    /** Today's date on the court calendar, whatever zone the server runs in. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(COURT_ZONE));
    }

    /** @return last day in force: {@code start.plus(period)} (see class comment) */
    public static LocalDate expiry(LocalDate start, Period period) {
        Objects.requireNonNull(start, "start");
        return start.plus(requirePositive(period));
    }

    /** Expiry for an asset type under a province's configured periods. */
    public static LocalDate expiry(LocalDate start, AssetType type, SeizurePeriods periods) {
        return expiry(start, periods.periodOf(type));
    }

    /**
     * Renewal (续行查封). Made on or before the last day to act on the current term (the expiry
     * date, moved to the next working day when it is a holiday: {@code lastDayToAct}) and not before
     * the term started. The new term runs one period from the old expiry date, so renewing early
     * loses no day: new expiry = {@code currentExpiry.plus(period)}.
     *
     * @throws IllegalStateException    renewal date after the last day to act: already lapsed
     * @throws IllegalArgumentException renewal dated before the term started
     */
    public static LocalDate renew(LocalDate currentExpiry, LocalDate lastDayToAct, LocalDate termStart,
                                  LocalDate renewalDate, Period period) {
        Objects.requireNonNull(currentExpiry, "currentExpiry");
        Objects.requireNonNull(renewalDate, "renewalDate");
        requirePositive(period);
        LocalDate last = lastDayToAct == null ? currentExpiry : lastDayToAct;
        if (renewalDate.isAfter(last)) {
            throw new IllegalStateException("查封已于" + last + "届满失效，不能续行查封，只能重新查封"
                    + " / the seizure lapsed after " + last
                    + "; it cannot be renewed, only seized anew");
        }
        if (termStart != null && renewalDate.isBefore(termStart)) {
            throw new IllegalArgumentException("续行日期" + renewalDate + "早于本期查封开始日" + termStart
                    + " / the renewal date " + renewalDate + " is before the current term started on " + termStart);
        }
        return currentExpiry.plus(period);
    }

    /** The renewal of the first pass's signature, on a calendar of weekends only and no start date. */
    public static LocalDate renew(LocalDate currentExpiry, LocalDate renewalDate, Period period) {
        return renew(currentExpiry, currentExpiry, null, renewalDate, period);
    }

    /** @return true once {@code today} is after the last day in force */
    public static boolean lapsed(LocalDate expiry, LocalDate today) {
        return today.isAfter(expiry);
    }

    /**
     * @return days from today to the expiry date: 0 = today is the last day in force,
     *         negative = lapsed that many days ago
     */
    public static long daysLeft(LocalDate expiry, LocalDate today) {
        return ChronoUnit.DAYS.between(today, expiry);
    }

    /** @return still in force and expiring within {@code days} days (for renewal reminders) */
    public static boolean expiringWithin(LocalDate expiry, LocalDate today, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("提醒天数不能为负数 / days must not be negative");
        }
        long left = daysLeft(expiry, today);
        return left >= 0 && left <= days;
    }

    private static Period requirePositive(Period period) {
        Objects.requireNonNull(period, "period");
        if (period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("查封期限必须大于零：" + period
                    + " / seizure period must be greater than zero: " + period);
        }
        return period;
    }
}
