package org.cep.crossenforcement.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The reverse check (反向倒查): a transferred case where the receiving court quickly achieved what the
 * original court never did suggests passive or delayed enforcement by the original court.
 */
public final class ReverseCheck {
    /** "Quickly": within this many days of taking the case over. */
    public static final int QUICK_DAYS = 30;

    public enum Finding {
        MEASURE_QUICKLY("接收法院 30 日内即采取控制措施，原执行法院未曾采取", "receiving court froze/seized within 30 days; the original court never did"),
        RECOVERED_QUICKLY("接收法院 30 日内即执行到款，原执行法院未执行到款", "receiving court recovered money within 30 days; the original court recovered none");

        private final String labelZh;
        private final String labelEn;

        Finding(String labelZh, String labelEn) {
            this.labelZh = labelZh;
            this.labelEn = labelEn;
        }

        public String labelZh() { return labelZh; }
        public String labelEn() { return labelEn; }
    }

    private ReverseCheck() {
    }

    /**
     * @param original           the original court's results while it held the case
     * @param receiving          the receiving court's results since acceptance
     * @param receivingFirstPaid days from acceptance to the receiving court's first recovery, or null
     */
    public static List<Finding> findings(CaseKpi original, CaseKpi receiving, Long receivingFirstPaid) {
        List<Finding> f = new ArrayList<>();
        if (original.daysToFirstMeasure() == null && receiving.daysToFirstMeasure() != null
                && receiving.daysToFirstMeasure() <= QUICK_DAYS) {
            f.add(Finding.MEASURE_QUICKLY);
        }
        if (original.recoveredFen() == 0 && receivingFirstPaid != null && receivingFirstPaid <= QUICK_DAYS) {
            f.add(Finding.RECOVERED_QUICKLY);
        }
        return f;
    }
}
