package org.cep.itests;

import org.junit.AfterClass;
import org.junit.runner.RunWith;
import org.junit.runners.Suite;
import org.junit.runners.Suite.SuiteClasses;

/**
 * The whole Pax Exam suite in one container per database run. Pax Exam's PerSuite strategy stops the
 * container when every registered test class has run; JUnit's Suite builds (and so registers) all of
 * them before the first one starts, so the container boots once instead of once per class.
 * Failsafe runs this class only.
 */
@RunWith(Suite.class)
@SuiteClasses({
        AuthAndInputIT.class,
        HardeningIT.class,
        ServerAnswersIT.class,
        AuditIT.class,
        CapabilityIsolationIT.class,
        ChangesFromAnotherNodeIT.class,
        OperationsIT.class,
        CourtConfigIT.class,
        CrossingIT.class,
        CrossEnforcementIT.class,
        LiveSeizureIT.class,
        LiveSeizureRulesIT.class,
        TrainingIT.class,
        ConductEnforcementIT.class,
        PairingIT.class,
        ContractIT.class,
})
public class IntegrationSuite {

    @AfterClass
    public static void dropTheRunsDatabase() {
        DatabaseUnderTest.dropIfCreated();
    }
}
