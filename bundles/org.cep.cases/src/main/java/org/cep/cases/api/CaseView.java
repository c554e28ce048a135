package org.cep.cases.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;

/** An enforcement case as every capability sees it. Money in fen. */
public record CaseView(long id, @Schema(requiredMode = REQUIRED) String caseNumber, @Schema(requiredMode = REQUIRED) String applicant,
                       @Schema(requiredMode = REQUIRED) String respondent, long amountOwedFen,
                       @Schema(requiredMode = REQUIRED) CaseStatus status, @Schema(requiredMode = REQUIRED) String statusZh,
                       @Schema(requiredMode = REQUIRED, format = "date-time") String createdAt, @Schema(format = "date-time") String closedAt,
                       String closeReason, long version) {
}
