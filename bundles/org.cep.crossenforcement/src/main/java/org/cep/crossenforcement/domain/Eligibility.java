package org.cep.crossenforcement.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Why a case may be cross-enforced. Civil Procedure Law art. 237 (2023 numbering; art. 233 before the
 * 2023 amendment): when a court has not executed within six months of receiving the application, the
 * applicant may apply to the court one level up. Besides that legal ground, the province lists cases
 * stalled without any recorded inquiry or measure, and cases the judge flagged for the respondent's
 * local influence (地方保护).
 */
public final class Eligibility {
    /** Art. 237: six months from the day the court received the application (立案). */
    public static final int UNEXECUTED_MONTHS = 6;
    /** A case with no inquiry or measure recorded for this long is stalled. */
    public static final int STALLED_DAYS = 90;

    public enum Reason {
        UNEXECUTED_SIX_MONTHS("立案超过六个月未执行完毕（民事诉讼法第二百三十七条）", "not executed six months after filing (CPL art. 237)"),
        STALLED("超过 90 日无查控或措施记录", "no inquiry or measure recorded for 90 days"),
        LOCAL_INFLUENCE("承办法官标记：被执行人有地方影响", "flagged by the judge: local influence of the respondent");

        private final String labelZh;
        private final String labelEn;

        Reason(String labelZh, String labelEn) {
            this.labelZh = labelZh;
            this.labelEn = labelEn;
        }

        public String labelZh() { return labelZh; }
        public String labelEn() { return labelEn; }
    }

    /**
     * @param filedOn      the day the court received the application (Asia/Shanghai)
     * @param open         false once the case is closed: a closed case is never listed
     * @param lastActivity the day of the latest inquiry result or measure, or null when none
     * @param flagged      the judge's local-influence flag
     */
    public record CaseFacts(LocalDate filedOn, boolean open, LocalDate lastActivity, boolean flagged) {
    }

    private Eligibility() {
    }

    /** The reasons, in a fixed order; empty when the case is not eligible. */
    public static List<Reason> reasons(CaseFacts c, LocalDate today) {
        List<Reason> reasons = new ArrayList<>();
        if (!c.open()) return reasons;
        // "超过六个月": the day six months after filing has passed
        if (today.isAfter(c.filedOn().plusMonths(UNEXECUTED_MONTHS))) reasons.add(Reason.UNEXECUTED_SIX_MONTHS);
        LocalDate since = c.lastActivity() == null ? c.filedOn() : c.lastActivity();
        if (today.isAfter(since.plusDays(STALLED_DAYS))) reasons.add(Reason.STALLED);
        if (c.flagged()) reasons.add(Reason.LOCAL_INFLUENCE);
        return reasons;
    }
}
