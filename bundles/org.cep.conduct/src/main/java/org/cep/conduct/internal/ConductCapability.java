package org.cep.conduct.internal;

import java.util.List;
import java.util.Map;

import org.cep.platform.api.Capability;
import org.cep.platform.api.ComputerizationLevel;
import org.cep.platform.api.ProblemException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** 行为执行: conduct obligations of judgments (IP cases first), checked over time; sanctions come from the cases bundle. */
@Component(service = Capability.class)
public class ConductCapability implements Capability {
    private final List<Object> resources;

    @Activate
    public ConductCapability(@Reference Obligations obligations) {
        this.resources = List.of(new ConductResource(obligations));
    }

    @Override public String id() { return "conduct-enforcement"; }
    @Override public String nameZh() { return "行为执行"; }
    @Override public String nameEn() { return "Conduct enforcement"; }
    @Override public ComputerizationLevel minimumLevel() { return ComputerizationLevel.BASIC; }
    @Override public List<Object> resources() { return resources; }
    @Override public String migrationsFolder() { return "db/conduct-enforcement"; }

    @Override
    public Map<String, ProblemException> uniqueKeys() {
        return Map.of(
                "uq_cd_obligation_item", new ProblemException(409, "ITEM_TAKEN", "本案已有该判项序号的义务", "this case already has an obligation with this item number",
                        "itemNo"),
                "uq_cd_claim_obligation", new ProblemException(409, "ALREADY_SUBSTITUTED", "该义务已代履行", "a substitute already performed this obligation"));
    }
}
