package org.cep.training.internal;

import java.util.List;

import org.cep.training.api.TrainingCatalog;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The training catalog other capabilities use: the bound court's modules, read through {@link Modules}. */
@Component(service = TrainingCatalog.class)
public class Catalog implements TrainingCatalog {
    private final Modules modules;

    @Activate
    public Catalog(@Reference Modules modules) {
        this.modules = modules;
    }

    @Override
    public List<ModuleRef> modules() {
        return modules.list(null).stream().map(m -> new ModuleRef(m.id(), m.titleZh(), m.currentVersion())).toList();
    }
}
