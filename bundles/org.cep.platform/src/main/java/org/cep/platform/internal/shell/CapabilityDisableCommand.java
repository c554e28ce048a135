package org.cep.platform.internal.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "court", name = "capability-disable", description = "为法院关闭功能（数据保留）/ Switch a capability off for a court (data kept)")
@Service
public class CapabilityDisableCommand extends CapabilitySwitchSupport {
    @Override
    boolean enable() {
        return false;
    }
}
