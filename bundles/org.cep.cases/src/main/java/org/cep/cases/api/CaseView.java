package org.cep.cases.api;

/** An enforcement case as every capability sees it. Money in fen. */
public record CaseView(long id, String caseNumber, String applicant, String respondent, long amountOwedFen,
                       CaseStatus status, String statusZh, String createdAt, String closedAt, String closeReason, long version) {
}
