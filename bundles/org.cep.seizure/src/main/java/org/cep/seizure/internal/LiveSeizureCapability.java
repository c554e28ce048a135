package org.cep.seizure.internal;

import java.util.List;
import java.util.Map;

import org.cep.platform.api.Capability;
import org.cep.platform.api.ComputerizationLevel;
import org.cep.platform.api.ProblemException;
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
                                 @Reference AttachmentService attachments, @Reference ViolationService violations) {
        this.resources = List.of(new CaseSeizureResource(seizures, ledger), new SeizureResource(seizures, supervision, ledger, expiry),
                new AttachmentResource(attachments), new ViolationResource(violations));
    }

    @Override public String id() { return "live-seizure"; }
    @Override public String nameZh() { return "活查封"; }
    @Override public String nameEn() { return "Live seizure"; }
    @Override public ComputerizationLevel minimumLevel() { return ComputerizationLevel.STANDARD; }
    @Override public List<Object> resources() { return resources; }
    @Override public String migrationsFolder() { return "db/live-seizure"; }

    /** One Idempotency-Key sent with two money writes at once: the second is told to retry (and then gets the first entry). */
    @Override
    public Map<String, ProblemException> uniqueKeys() {
        return Map.of("uq_seizure_ledger_key", new ProblemException(409, "IDEMPOTENCY_KEY_IN_USE",
                "该 Idempotency-Key 正被另一请求使用；若是同一笔款项，请重试以取回已记入的结果",
                "this Idempotency-Key is being used by another request; if it is the same payment, retry to get the recorded entry",
                "Idempotency-Key"));
    }
}
