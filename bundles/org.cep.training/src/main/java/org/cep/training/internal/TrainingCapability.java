package org.cep.training.internal;

import java.util.List;
import java.util.Map;

import org.cep.platform.api.Capability;
import org.cep.platform.api.ComputerizationLevel;
import org.cep.platform.api.ProblemException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** 培训: versioned training modules, shared between courts under SHARE grants, drills and the case library. */
@Component(service = Capability.class)
public class TrainingCapability implements Capability {
    private final List<Object> resources;

    @Activate
    public TrainingCapability(@Reference Modules modules, @Reference Drills drills, @Reference Sharing sharing,
                              @Reference Standards standards, @Reference Packages packages) {
        this.resources = List.of(new ModulesResource(modules, drills, new Library()), new SharingResource(sharing),
                new StandardsResource(standards), new PackagesResource(packages));
    }

    @Override public String id() { return "training"; }
    @Override public String nameZh() { return "执行培训"; }
    @Override public String nameEn() { return "Training"; }
    @Override public ComputerizationLevel minimumLevel() { return ComputerizationLevel.BASIC; }
    @Override public List<Object> resources() { return resources; }
    @Override public String migrationsFolder() { return "db/training"; }

    /** Two trainers publishing at once, or two adoptions of one module at once: the loser is told to reload. */
    @Override
    public Map<String, ProblemException> uniqueKeys() {
        return Map.of(
                "uq_tr_version", new ProblemException(409, "STALE_VERSION", "该模块刚发布了新版本，请先查看再修改",
                        "a new version was just published; read it before changing it", "baseVersion"),
                "uq_tr_adoption", new ProblemException(409, "CONFLICT", "请重试", "please retry"),
                "uq_tr_standard", new ProblemException(409, "CONFLICT", "该阶段的标准正在被同时发布，请重试", "the standard is being published at the same time; retry"));
    }
}
