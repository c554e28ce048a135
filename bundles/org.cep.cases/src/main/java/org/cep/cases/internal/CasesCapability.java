package org.cep.cases.internal;

import java.util.List;
import java.util.Map;

import org.cep.cases.api.CaseService;
import org.cep.cases.sanctions.SanctionService;
import org.cep.platform.api.Capability;
import org.cep.platform.api.ComputerizationLevel;
import org.cep.platform.api.ProblemException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Enforcement cases: the foundation every court has, so it is always on. */
@Component(service = Capability.class)
public class CasesCapability implements Capability {
    private final List<Object> resources;

    @Activate
    public CasesCapability(@Reference CaseService cases, @Reference SanctionService sanctions) {
        this.resources = List.of(new CasesResource(cases), new CaseSanctionsResource(sanctions), new SanctionsResource(sanctions));
    }

    @Override public String id() { return "cases"; }
    @Override public String nameZh() { return "执行案件"; }
    @Override public String nameEn() { return "Enforcement cases"; }
    @Override public ComputerizationLevel minimumLevel() { return ComputerizationLevel.BASIC; }
    @Override public List<Object> resources() { return resources; }
    @Override public String migrationsFolder() { return "db/cases"; }
    @Override public boolean alwaysOn() { return true; }

    /** Two clerks registering one new case number at once: the second gets the same answer as if it came later. */
    @Override
    public Map<String, ProblemException> uniqueKeys() {
        return Map.of("uq_case_number", new ProblemException(409, "CASE_NUMBER_TAKEN", "本院已有此案号",
                "this court already has a case with this number", "caseNumber"));
    }
}
