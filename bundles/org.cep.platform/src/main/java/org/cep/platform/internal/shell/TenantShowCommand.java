package org.cep.platform.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cep.platform.internal.persistence.CourtCapabilityEntity;
import org.cep.platform.internal.persistence.CourtEntity;
import org.cep.platform.api.Micros;
import org.cep.platform.internal.tenant.CourtService;

@Command(scope = "court", name = "tenant-show", description = "显示一个法院及其功能开关 / Show one court and its capability switches")
@Service
public class TenantShowCommand implements Action {
    @Reference
    CourtService courts;

    @Argument(index = 0, name = "courtId", required = true, description = "court id, e.g. hlj-kedong")
    String courtId;

    @Override
    public Object execute() {
        CourtEntity c = courts.require(courtId);
        System.out.println(c.id + "  " + c.nameZh + " / " + c.nameEn);
        System.out.println("  level: " + c.level + ", parent: " + c.parentId + ", region: " + c.region
                + (c.regionEn == null ? "" : " / " + c.regionEn));
        System.out.println("  computerization: " + c.computerization + ", active: " + c.active + ", file: " + c.sourceFile);
        System.out.println("  capabilities:");
        for (CourtCapabilityEntity s : courts.switches(courtId).values()) {
            System.out.println("    " + s.capabilityId + "  " + (s.enabled ? "ON" : "off") + (s.levelOverride ? " (level override)" : "")
                    + "  by " + s.changedBy + " at " + Micros.iso(s.changedMicros));
        }
        return null;
    }
}
