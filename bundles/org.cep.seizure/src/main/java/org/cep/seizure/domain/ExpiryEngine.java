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
 * Not applied: Art. 203 (a last day falling on a public holiday moves to the next working day).
 * Whether it applies to seizure terms is a legal question, and it needs a holiday calendar;
 * erring early is the safe side for renewal reminders.
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
     * Renewal (续行查封). Must be done on or before the current expiry (the expiry day itself
     * still counts). New expiry = {@code currentExpiry.plus(period)}, but never later than
     * {@code renewalDate.plus(period)}: each renewal grants at most one period counted from the
     * renewal itself. Because the renewal date is never after the current expiry, the bound is
     * the one that applies, i.e. the result is {@code renewalDate.plus(period)}: renewing early
     * gives up the days left on the current term.
     *
     * @throws IllegalStateException    renewal date after the current expiry: already lapsed
     * @throws IllegalArgumentException renewal so early that it would shorten the current term
     */
    public static LocalDate renew(LocalDate currentExpiry, LocalDate renewalDate, Period period) {
        Objects.requireNonNull(currentExpiry, "currentExpiry");
        Objects.requireNonNull(renewalDate, "renewalDate");
        requirePositive(period);
        if (renewalDate.isAfter(currentExpiry)) {
            throw new IllegalStateException("查封已于" + currentExpiry + "届满失效，不能续行查封，只能重新查封"
                    + " / the seizure lapsed after " + currentExpiry
                    + "; it cannot be renewed, only seized anew");
        }
        LocalDate extended = currentExpiry.plus(period);
        LocalDate bound = renewalDate.plus(period);
        LocalDate renewed = extended.isAfter(bound) ? bound : extended;
        if (renewed.isBefore(currentExpiry)) {
            throw new IllegalArgumentException("现在续行将使查封期限缩短至" + renewed + "（现届满日" + currentExpiry
                    + "），请临近届满时再续行 / renewing now would shorten the term to " + renewed
                    + " (currently " + currentExpiry + "); renew closer to expiry");
        }
        return renewed;
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
