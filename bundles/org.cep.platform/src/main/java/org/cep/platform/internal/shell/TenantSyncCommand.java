package org.cep.platform.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cep.platform.internal.tenant.ConfigProblem;
import org.cep.platform.internal.tenant.TenantConfigWatcher;

@Command(scope = "court", name = "tenant-sync", description = "立即读取法院配置目录 / Read the court folder now and show problems")
@Service
public class TenantSyncCommand implements Action {
    @Reference
    TenantConfigWatcher watcher;

    @Override
    public Object execute() {
        TenantConfigWatcher.ScanReport r = watcher.scan();
        System.out.println(r.folder() + ": " + r.files() + " file(s), " + r.applied() + " applied, " + r.deactivated() + " deactivated");
        for (ConfigProblem p : r.problems()) {
            System.out.println("  " + p);
        }
        return null;
    }
}
