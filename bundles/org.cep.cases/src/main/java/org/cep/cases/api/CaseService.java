package org.cep.cases.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Enforcement cases of the current request's court. Every method joins the caller's transaction,
 * so a capability can close a case in the same transaction as its own write.
 */
public interface CaseService {

    record NewCase(@Schema(requiredMode = REQUIRED, example = "（2024）黑0230执123号",
                           description = "案号：全角或半角括号均可，存为全角；年份不晚于今年 / case number, full-width or ASCII brackets, stored full-width; its year not later than this year")
                   String caseNumber,
                   @Schema(requiredMode = REQUIRED, minLength = 1, maxLength = 200, description = "申请执行人 / applicant") String applicant,
                   @Schema(requiredMode = REQUIRED, minLength = 1, maxLength = 200, description = "被执行人 / respondent") String respondent,
                   @Schema(requiredMode = REQUIRED, minimum = "1", maximum = "10000000000000", description = "执行标的（分） / amount owed, in fen")
                   Long amountOwedFen) {
    }

    CaseView create(NewCase input);

    /** @throws org.cep.platform.api.ProblemException 404 when the court has no such case */
    CaseView get(long id);

    List<CaseView> list();

    /** The court's open cases, oldest first. */
    List<CaseView> open();

    /** The court's case with this number (any accepted spelling), if there is one. */
    java.util.Optional<CaseView> findByNumber(String caseNumber);

    /** Closes the case (结案); closing a closed case is refused. */
    CaseView close(long id, String reason);
}
