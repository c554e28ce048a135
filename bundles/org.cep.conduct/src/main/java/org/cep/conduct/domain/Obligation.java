package org.cep.conduct.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.cep.platform.api.ProblemException;

/**
 * The state machine of one obligation with the delay it has run up. The delay runs from the deadline
 * while the obligation is not performed; performance banks the days so far and stops it; a new
 * infringement starts it again from the day found. Immutable: each event gives the next status.
 *
 * @param openSince  the day the current delay started (the deadline at first), null while performed
 * @param bankedDays days of delay of earlier, closed periods
 */
public record Obligation(ObligationKind kind, ObligationState state, LocalDate deadline, LocalDate openSince, long bankedDays) {

    public static Obligation recorded(ObligationKind kind, LocalDate deadline) {
        return new Obligation(kind, ObligationState.PENDING, deadline, deadline, 0);
    }

    /** A compliance check on a day with its finding. */
    public Obligation checked(Finding finding, LocalDate on) {
        if (state == ObligationState.SUBSTITUTED) {
            throw new ProblemException(409, "ALREADY_SUBSTITUTED", "该义务已由他人代履行，无需再检查",
                    "a substitute performed this obligation; there is nothing left to check");
        }
        return switch (finding) {
            case COMPLIED -> performedOn(ObligationState.COMPLIED, on);
            case PARTLY_COMPLIED, NOT_COMPLIED -> reopenedOn(state == ObligationState.COMPLIED || state == ObligationState.VIOLATED_AGAIN
                    ? ObligationState.VIOLATED_AGAIN : finding == Finding.PARTLY_COMPLIED ? ObligationState.PARTLY_COMPLIED
                    : ObligationState.NOT_COMPLIED, on);
        };
    }

    /** The applicant reports a new infringement: a complied obligation is reopened; an open one stays as it is. */
    public Obligation reported(LocalDate on) {
        if (state == ObligationState.SUBSTITUTED) {
            throw new ProblemException(409, "ALREADY_SUBSTITUTED", "该义务已由他人代履行", "a substitute performed this obligation");
        }
        return state == ObligationState.COMPLIED ? reopenedOn(ObligationState.VIOLATED_AGAIN, on) : this;
    }

    /** A third party performed the act for the respondent; only after a check found it not (fully) performed. */
    public Obligation substituted(LocalDate on) {
        if (!kind.substitutable()) {
            throw new ProblemException(409, "NOT_SUBSTITUTABLE", "不作为义务不能由他人代履行", "nobody can refrain on the respondent's behalf");
        }
        if (state != ObligationState.NOT_COMPLIED && state != ObligationState.PARTLY_COMPLIED && state != ObligationState.VIOLATED_AGAIN) {
            throw new ProblemException(409, "NOT_FOUND_UNPERFORMED", "只有经检查认定未履行（或部分履行）的义务才能代履行，当前状态：" + state.labelZh(),
                    "only an obligation a check found not (fully) performed can be substituted; it is " + state.labelEn());
        }
        return performedOn(ObligationState.SUBSTITUTED, on);
    }

    /** Days of delay up to a day (inclusive of periods closed before it). */
    public long delayDays(LocalDate asOf) {
        long open = openSince == null || !asOf.isAfter(openSince) ? 0 : ChronoUnit.DAYS.between(openSince, asOf);
        return bankedDays + open;
    }

    private Obligation performedOn(ObligationState next, LocalDate on) {
        long banked = openSince == null ? bankedDays : delayDays(on);
        return new Obligation(kind, next, deadline, null, banked);
    }

    private Obligation reopenedOn(ObligationState next, LocalDate on) {
        LocalDate since = openSince != null ? openSince : on.isBefore(deadline) ? deadline : on;
        return new Obligation(kind, next, deadline, since, bankedDays);
    }
}
