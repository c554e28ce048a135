package org.cep.platform.internal.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "court", name = "capability-enable", description = "为法院开通功能 / Switch a capability on for a court")
@Service
public class CapabilityEnableCommand extends CapabilitySwitchSupport {
    @Option(name = "--override", description = "switch on although the court is below the capability's minimum level (audited)")
    boolean override;

    @Override
    boolean enable() {
        return true;
    }

    @Override
    boolean override() {
        return override;
    }
}
