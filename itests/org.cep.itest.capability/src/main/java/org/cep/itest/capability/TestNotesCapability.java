package org.cep.itest.capability;

import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.cep.platform.api.AuditLog;
import org.cep.platform.api.Capability;
import org.cep.platform.api.ComputerizationLevel;
import org.cep.platform.api.CourtJobs;
import org.cep.platform.api.Crossings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Test-only capability: proves that a bundle plugs in through the Capability service alone. */
@Component(service = Capability.class)
public class TestNotesCapability implements Capability {
    private final List<Object> resources;

    @Activate
    public TestNotesCapability(@Reference(target = "(osgi.unit.name=cep-test-notes)") JpaTemplate jpa, @Reference AuditLog audit,
                               @Reference Crossings crossings, @Reference CourtJobs jobs) {
        this.resources = List.of(new TestNotesResource(jpa, audit), new TestCrossingResource(jpa, audit, crossings, jobs));
    }

    @Override
    public String id() {
        return "test-notes";
    }

    @Override
    public String nameZh() {
        return "测试便签";
    }

    @Override
    public String nameEn() {
        return "Test notes";
    }

    @Override
    public ComputerizationLevel minimumLevel() {
        return ComputerizationLevel.STANDARD;
    }

    @Override
    public List<Object> resources() {
        return resources;
    }

    @Override
    public String migrationsFolder() {
        return "db/test-notes";
    }
}
