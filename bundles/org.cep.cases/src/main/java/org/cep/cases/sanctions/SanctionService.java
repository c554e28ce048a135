package org.cep.cases.sanctions;

import java.util.List;

/**
 * The sanctions record every case can use (妨害执行 and the credit measures), offered to every capability.
 * Every method works in the court of the current request (the platform binds it) and joins the caller's
 * transaction, so a capability can propose a sanction in the same transaction as its own write: live
 * seizure proposes one for a violation, conduct enforcement for a repeat infringement.
 *
 * <p>Refusals are {@link org.cep.platform.api.ProblemException}s: 404 CASE_NOT_FOUND / SANCTION_NOT_FOUND,
 * 400 with the limit in the message for amounts, days and terms outside etc/cep.sanctions.cfg, 403
 * ROLE_REQUIRED when someone other than an enforcement judge decides, 409 for a step out of order.
 */
public interface SanctionService {

    /**
     * What an officer (or a capability on their behalf) proposes.
     *
     * @param respondent  who is sanctioned; null means the case's respondent
     * @param partyType   individual or organisation
     * @param reason      the facts, in a sentence or two
     * @param amountFen   fines only
     * @param days        detention only
     * @param termMonths  blacklist only; null gives the standard term
     * @param grounds     blacklist only
     * @param source      where the proposal comes from, e.g. {@code live-seizure:violation:42}; null when typed in
     */
    record Proposal(String respondent, PartyType partyType, String reason, Long amountFen, Integer days, Integer termMonths,
                    List<BlacklistGround> grounds, String source) {
    }

    /** A respondent's sanctions across the court's cases, newest first, with the ladder's advice. */
    record History(String respondent, PartyType partyType, int cases, List<SanctionView> sanctions, Ladder.Advice advice) {
    }

    /**
     * Proposes a step on a case. {@code basis} is the legal basis the decision will cite; null takes the
     * kind's default ({@link SanctionKind#basisZh()}).
     */
    SanctionView propose(long caseId, SanctionKind kind, String basis, Proposal proposal);

    /** The enforcement judge decides (approve = true, with the decision document's number) or rejects. */
    SanctionView decide(long sanctionId, boolean approve, String decisionDocument, String note, long version);

    /** Carries out a decided sanction; for the blacklist this publishes the entry. */
    SanctionView execute(long sanctionId, long version);

    /** Ends a sanction in force; for the blacklist this removes the entry from publication. */
    SanctionView lift(long sanctionId, LiftReason reason, String note, long version);

    SanctionView get(long sanctionId);

    List<SanctionView> onCase(long caseId);

    /** The whole history of a respondent (by name as on the cases) in the court, and the next step. */
    History history(String respondent);

    /** The limits in force (etc/cep.sanctions.cfg). */
    SanctionLimits limits();
}
