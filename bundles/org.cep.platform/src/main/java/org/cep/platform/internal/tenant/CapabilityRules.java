package org.cep.platform.internal.tenant;

import org.cep.platform.api.Capability;
import org.cep.platform.api.ComputerizationLevel;
import org.cep.platform.api.ProblemException;

/** The rule every way of switching a capability on obeys: court level at least the capability's minimum, or an explicit override. */
public final class CapabilityRules {
    private CapabilityRules() {
    }

    public static void checkLevel(String courtId, ComputerizationLevel courtLevel, Capability capability, boolean override) {
        if (courtLevel.atLeast(capability.minimumLevel()) || override) {
            return;
        }
        throw new ProblemException(409, "CAPABILITY_LEVEL_TOO_LOW",
                "法院 " + courtId + " 的信息化水平为“" + courtLevel.labelZh() + "”，低于功能“" + capability.nameZh()
                        + "”要求的“" + capability.minimumLevel().labelZh() + "”；如确需开通，须由省级管理员明确授权（override）并记入审计日志",
                "court " + courtId + " has computerization level '" + courtLevel.token() + "', below the '"
                        + capability.minimumLevel().token() + "' that capability '" + capability.id()
                        + "' requires; provincial IT may switch it on with an explicit override, which the audit records",
                "override");
    }
}
