package org.cep.platform.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cep.platform.internal.audit.AuditService;
import org.cep.platform.internal.audit.VerifyResult;
import org.cep.platform.internal.persistence.CourtEntity;
import org.cep.platform.internal.tenant.CourtService;

@Command(scope = "court", name = "audit-verify", description = "校验审计日志哈希链 / Verify the audit hash chain of one court, or of all")
@Service
public class AuditVerifyCommand implements Action {
    @Reference
    AuditService audit;

    @Reference
    CourtService courts;

    @Argument(index = 0, name = "courtId", required = false, description = "court id; all courts when left out")
    String courtId;

    @Override
    public Object execute() {
        int broken = 0;
        for (CourtEntity c : courtId == null ? courts.list() : java.util.List.of(courts.require(courtId))) {
            VerifyResult r = audit.verify(c.id);
            if (r.intact()) {
                System.out.println(c.id + ": OK (" + r.entriesChecked() + " entries)");
            } else {
                broken++;
                System.out.println(c.id + ": BROKEN at entry " + r.firstBadSeq() + " [" + r.kind() + "] " + r.messageZh() + " / " + r.messageEn());
            }
        }
        return broken == 0 ? "intact" : broken + " chain(s) broken";
    }
}
