package org.cep.seizure.internal;

import java.util.List;

import org.cep.platform.api.Capability;
import org.cep.platform.api.ComputerizationLevel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** 活查封: seized stock stays with the debtor under court supervision until a supervised sale pays the debt. */
@Component(service = Capability.class)
public class LiveSeizureCapability implements Capability {
    private final List<Object> resources;

    @Activate
    public LiveSeizureCapability(@Reference SeizureService seizures, @Reference SupervisionService supervision,
                                 @Reference LedgerService ledger, @Reference ExpiryJob expiry,
                                 @Reference AttachmentService attachments) {
        this.resources = List.of(new CaseSeizureResource(seizures), new SeizureResource(seizures, supervision, ledger, expiry),
                new AttachmentResource(attachments));
    }

    @Override public String id() { return "live-seizure"; }
    @Override public String nameZh() { return "活查封"; }
    @Override public String nameEn() { return "Live seizure"; }
    @Override public ComputerizationLevel minimumLevel() { return ComputerizationLevel.STANDARD; }
    @Override public List<Object> resources() { return resources; }
    @Override public String migrationsFolder() { return "db/live-seizure"; }
}
