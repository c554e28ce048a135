package org.cep.crossenforcement.internal;

import java.util.List;
import java.util.Map;

import org.cep.platform.api.Capability;
import org.cep.platform.api.ComputerizationLevel;
import org.cep.platform.api.CourtDirectory;
import org.cep.platform.api.Crossings;
import org.cep.platform.api.ProblemException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** 交叉执行: art. 237 applications and decisions, case packages between courts, file access under grants. */
@Component(service = Capability.class)
public class CrossEnforcementCapability implements Capability {
    private final List<Object> resources;

    @Activate
    public CrossEnforcementCapability(@Reference CaseRecords records, @Reference Applications applications,
                                      @Reference Transfers transfers, @Reference Crossings crossings, @Reference CourtDirectory courts,
                                      @Reference Supervision supervision, @Reference TrialQueries queries,
                                      @Reference Disclosure disclosure, @Reference EligibilitySnapshots snapshots) {
        this.resources = List.of(new CaseFilesResource(records, crossings, courts, queries, snapshots), new ApplicationsResource(applications, transfers),
                new SupervisionResource(supervision), new DisclosureResource(disclosure));
    }

    @Override public String id() { return "cross-enforcement"; }
    @Override public String nameZh() { return "交叉执行"; }
    @Override public String nameEn() { return "Cross-enforcement"; }
    @Override public ComputerizationLevel minimumLevel() { return ComputerizationLevel.STANDARD; }
    @Override public List<Object> resources() { return resources; }
    @Override public String migrationsFolder() { return "db/cross-enforcement"; }

    /** Two accepts or two sends of one transfer at once: the loser is told it already happened. */
    @Override
    public Map<String, ProblemException> uniqueKeys() {
        return Map.of(
                "uq_ce_received_source", new ProblemException(409, "TRANSFER_ALREADY_ACCEPTED", "该移送已被接收，请刷新查看",
                        "this transfer was already accepted; reload to see the case"),
                "uq_ce_transfer_order", new ProblemException(409, "TRANSFER_ALREADY_SENT", "该案件已移送，请刷新查看",
                        "this case was already sent; reload to see the transfer"),
                "uq_ce_order_application", new ProblemException(409, "ALREADY_DECIDED", "该申请已作出决定", "this application is already decided"),
                "uq_ce_flag_case", new ProblemException(409, "CONFLICT", "请重试", "please retry"));
    }
}
