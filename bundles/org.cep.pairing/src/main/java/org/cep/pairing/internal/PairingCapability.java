package org.cep.pairing.internal;

import java.util.List;
import java.util.Map;

import org.cep.platform.api.Capability;
import org.cep.platform.api.ComputerizationLevel;
import org.cep.platform.api.ProblemException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** 结对帮扶: mentor and mentee courts, their plan and activities, the gap between them, partner suggestions. */
@Component(service = Capability.class)
public class PairingCapability implements Capability {
    private final List<Object> resources;

    @Activate
    public PairingCapability(@Reference Pairs pairs, @Reference PairWork work, @Reference Insight insight, @Reference PairTraining training) {
        this.resources = List.of(new PairingResource(pairs, work, insight, training));
    }

    @Override public String id() { return "pairing"; }
    @Override public String nameZh() { return "结对帮扶"; }
    @Override public String nameEn() { return "Pairing assistance"; }
    @Override public ComputerizationLevel minimumLevel() { return ComputerizationLevel.BASIC; }
    @Override public List<Object> resources() { return resources; }
    @Override public String migrationsFolder() { return "db/pairing"; }

    @Override
    public Map<String, ProblemException> uniqueKeys() {
        return Map.of("uq_pr_link_pair", new ProblemException(409, "CONFLICT", "请重试", "please retry"));
    }
}
