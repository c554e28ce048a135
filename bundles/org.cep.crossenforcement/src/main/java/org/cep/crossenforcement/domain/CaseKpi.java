package org.cep.crossenforcement.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What one court achieved on a case while it held it: days from taking the case to its first freeze,
 * seizure or deduction, money recovered from the respondent and paid out to the applicant (fen), and
 * whether it closed the case. Only what falls inside the holding period counts, so the receiving court
 * is not credited with measures it inherited in the package.
 */
public record CaseKpi(LocalDate from, LocalDate until, Long daysToFirstMeasure, long recoveredFen, long paidOutFen, boolean closed) {

    /** A dated amount: {@code recovered} true for money in from the respondent, false for money paid out. */
    public record Money(LocalDate on, boolean recovered, long amountFen) {
    }

    /**
     * @param from         the day the court took the case (filing, or acceptance of a transfer)
     * @param until        the day it stopped holding it (the transfer), or today
     * @param measureDates days of freezes, seizures and deductions recorded on the case
     */
    public static CaseKpi of(LocalDate from, LocalDate until, List<LocalDate> measureDates, List<Money> money, boolean closed) {
        Long first = measureDates.stream().filter(d -> within(d, from, until)).min(LocalDate::compareTo)
                .map(d -> ChronoUnit.DAYS.between(from, d)).orElse(null);
        long recovered = 0;
        long paid = 0;
        for (Money m : money) {
            if (!within(m.on(), from, until)) continue;
            if (m.recovered()) recovered = Math.addExact(recovered, m.amountFen()); else paid = Math.addExact(paid, m.amountFen());
        }
        return new CaseKpi(from, until, first, recovered, paid, closed);
    }

    /** Days from {@code from} to the first recovery inside the period, or null when nothing was recovered. */
    public static Long daysToFirstRecovery(LocalDate from, LocalDate until, List<Money> money) {
        return money.stream().filter(m -> m.recovered() && within(m.on(), from, until)).map(Money::on).min(LocalDate::compareTo)
                .map(d -> ChronoUnit.DAYS.between(from, d)).orElse(null);
    }

    private static boolean within(LocalDate d, LocalDate from, LocalDate until) {
        return !d.isBefore(from) && !d.isAfter(until);
    }

    /** Totals over many cases: count, mean days to first measure (over cases with one), money, closure rate in per mille. */
    public record Summary(int cases, Long meanDaysToFirstMeasure, long recoveredFen, long paidOutFen, int closedPerMille) {
        public static Summary of(List<CaseKpi> kpis) {
            long days = 0;
            int measured = 0;
            long recovered = 0;
            long paid = 0;
            int closed = 0;
            for (CaseKpi k : kpis) {
                if (k.daysToFirstMeasure() != null) {
                    days += k.daysToFirstMeasure();
                    measured++;
                }
                recovered = Math.addExact(recovered, k.recoveredFen());
                paid = Math.addExact(paid, k.paidOutFen());
                if (k.closed()) closed++;
            }
            return new Summary(kpis.size(), measured == 0 ? null : Math.round((double) days / measured), recovered, paid,
                    kpis.isEmpty() ? 0 : closed * 1000 / kpis.size());
        }
    }
}
