package org.cep.cases.internal;

import java.util.List;

import org.cep.cases.api.CaseService;
import org.cep.platform.api.Capability;
import org.cep.platform.api.ComputerizationLevel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Enforcement cases: the foundation every court has, so it is always on. */
@Component(service = Capability.class)
public class CasesCapability implements Capability {
    private final List<Object> resources;

    @Activate
    public CasesCapability(@Reference CaseService cases) {
        this.resources = List.of(new CasesResource(cases));
    }

    @Override public String id() { return "cases"; }
    @Override public String nameZh() { return "执行案件"; }
    @Override public String nameEn() { return "Enforcement cases"; }
    @Override public ComputerizationLevel minimumLevel() { return ComputerizationLevel.BASIC; }
    @Override public List<Object> resources() { return resources; }
    @Override public String migrationsFolder() { return "db/cases"; }
    @Override public boolean alwaysOn() { return true; }
}
