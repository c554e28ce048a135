package org.cep.platform.internal.shell;

import java.util.UUID;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.console.Session;
import org.cep.platform.api.ProblemException;
import org.cep.platform.internal.persistence.CourtCapabilityEntity;
import org.cep.platform.internal.tenant.CourtService;

/** Shared by capability-enable and capability-disable: shell users are provincial IT, so they may override. */
abstract class CapabilitySwitchSupport implements Action {
    @Reference
    CourtService courts;

    @Reference
    Session session;

    @Argument(index = 0, name = "courtId", required = true, description = "court id")
    String courtId;

    @Argument(index = 1, name = "capabilityId", required = true, description = "capability id, e.g. live-seizure")
    String capabilityId;

    @Option(name = "--reason", description = "why (recorded in the audit log)")
    String reason;

    abstract boolean enable();

    boolean override() {
        return false;
    }

    @Override
    public Object execute() {
        String actor = "shell:" + ShellUser.name(session);
        try {
            CourtCapabilityEntity s = courts.setCapability(courtId, capabilityId, enable(), override(), reason, actor,
                    "shell-" + UUID.randomUUID());
            System.out.println(courtId + " " + capabilityId + ": " + (s.enabled ? "ON" : "off")
                    + (s.levelOverride ? " (level override recorded in audit)" : ""));
        } catch (ProblemException e) {
            System.err.println(e.code() + ": " + e.messageZh() + " / " + e.messageEn());
        }
        return null;
    }
}
