package org.cep.platform.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.cep.platform.internal.persistence.CourtEntity;
import org.cep.platform.internal.tenant.CourtService;

@Command(scope = "court", name = "tenant-list", description = "列出所有法院 / List all courts")
@Service
public class TenantListCommand implements Action {
    @Reference
    CourtService courts;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("ID");
        table.column("名称 Name");
        table.column("Level");
        table.column("Parent");
        table.column("Computerization");
        table.column("Active");
        for (CourtEntity c : courts.list()) {
            table.addRow().addContent(c.id, c.nameZh + " " + c.nameEn, c.level, c.parentId == null ? "" : c.parentId,
                    c.computerization, c.active ? "yes" : "no (file removed)");
        }
        table.print(System.out);
        return null;
    }
}
