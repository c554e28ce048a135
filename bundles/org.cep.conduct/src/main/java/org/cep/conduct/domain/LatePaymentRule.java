package org.cep.conduct.domain;

import java.util.Map;

/**
 * 迟延履行金 for a non-money obligation (SPC interpretation of the Civil Procedure Law, art. 505): where
 * the delay caused a proven loss, a multiple (by law double) of the loss; otherwise an amount per day of
 * delay the court fixes, by default the configured daily rate, optionally capped. Money in fen.
 */
public record LatePaymentRule(long dailyFen, long capFen, int lossMultiplier) {
    public static final String PID = "cep.conduct";

    public static LatePaymentRule defaults() {
        return new LatePaymentRule(50_000L, 0L, 2);
    }

    public static LatePaymentRule from(Map<String, ?> properties) {
        LatePaymentRule d = defaults();
        long daily = d.dailyFen;
        long cap = d.capFen;
        int multiplier = d.lossMultiplier;
        for (Map.Entry<String, ?> e : properties.entrySet()) {
            String v = String.valueOf(e.getValue()).trim();
            switch (e.getKey()) {
                case "latePayment.dailyFen" -> daily = Long.parseLong(v);
                case "latePayment.capFen" -> cap = Long.parseLong(v);
                case "latePayment.lossMultiplier" -> multiplier = Integer.parseInt(v);
                default -> {
                    // framework and other keys
                }
            }
        }
        if (daily < 0 || cap < 0 || multiplier < 1) {
            throw new IllegalArgumentException("cep.conduct: latePayment.dailyFen and capFen must be 0 or more, lossMultiplier at least 1");
        }
        return new LatePaymentRule(daily, cap, multiplier);
    }

    /**
     * The payment for a delay of {@code days}: {@code lossMultiplier × lossFen} when a loss was proven,
     * else {@code days × (dailyFen of the obligation, or the configured one)}, capped when a cap is set.
     */
    public long amountFen(long days, Long obligationDailyFen, Long lossFen) {
        if (days <= 0) return 0;
        long amount = lossFen != null && lossFen > 0
                ? Math.multiplyExact(lossFen, (long) lossMultiplier)
                : Math.multiplyExact(days, obligationDailyFen != null ? obligationDailyFen : dailyFen);
        return capFen > 0 ? Math.min(amount, capFen) : amount;
    }
}
