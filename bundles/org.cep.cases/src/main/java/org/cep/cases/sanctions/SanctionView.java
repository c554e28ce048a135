package org.cep.cases.sanctions;

import java.time.LocalDate;
import java.util.List;

/**
 * One sanction as the API and other capabilities see it. Money in fen; instants ISO-8601 UTC; the end of
 * a term as an Asia/Shanghai date. {@code publication} is set for the blacklist only: PUBLISHED while the
 * entry is public, REMOVED after it is taken down.
 */
public record SanctionView(long id, long caseId, String caseNumber, String respondent, PartyType partyType, SanctionKind kind, String kindZh,
                           SanctionState state, String stateZh, String basis, String reason, Long amountFen, Integer days, Integer termMonths,
                           List<BlacklistGround> grounds, String source, String proposedBy, String proposedAt, String decidedBy,
                           String decidedAt, String decisionDocument, String decisionNote, String executedBy, String executedAt,
                           LocalDate endsOn, String publication, LiftReason liftReason, String liftNote, String liftedBy, String liftedAt,
                           long version) {
}
