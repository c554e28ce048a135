package org.cep.cases.api;

import java.util.List;

/**
 * Enforcement cases of the current request's court. Every method joins the caller's transaction,
 * so a capability can close a case in the same transaction as its own write.
 */
public interface CaseService {

    record NewCase(String caseNumber, String applicant, String respondent, Long amountOwedFen) {
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
