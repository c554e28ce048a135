package org.cep.platform.internal.rest;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.cep.platform.api.Capability;
import org.cep.platform.internal.capability.CapabilityRegistry;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Whether this node runs every capability it has: Karaf has installed its boot features (it registers
 * org.apache.karaf.features.BootFinished; tracked by name, so the platform needs no compile-time dependency on
 * Karaf's features API) and every started bundle that declares a {@link Capability} service has it installed in the
 * registry. The second part matters on a restart: the capabilities' components wait for the datasource and their
 * persistence units, which can come up after BootFinished. Readiness waits for both: a balancer must not send users
 * to a node that is still starting.
 */
@Component(service = BootState.class)
public class BootState {
    /** How bnd writes a DS service into Provide-Capability: objectClass:List<String>="org.cep.platform.api.Capability". */
    static final Pattern DECLARES_CAPABILITY = Pattern.compile("objectClass(:List<String>)?=\"([^\"]*,)?"
            + Pattern.quote(Capability.class.getName()) + "[\",]");

    private final CapabilityRegistry capabilities;
    private final BundleContext context;
    private final ServiceTracker<Object, Object> tracker;

    @Activate
    public BootState(@Reference CapabilityRegistry capabilities, BundleContext context) throws InvalidSyntaxException {
        this.capabilities = capabilities;
        this.context = context;
        tracker = new ServiceTracker<>(context, context.createFilter("(objectClass=org.apache.karaf.features.BootFinished)"), null);
        tracker.open(true);
    }

    @Deactivate
    void stop() {
        tracker.close();
    }

    public boolean finished() {
        return !tracker.isEmpty() && capabilitiesInstalled();
    }

    private boolean capabilitiesInstalled() {
        Set<Long> installed = new HashSet<>();
        for (Capability c : capabilities.all()) {
            Bundle b = FrameworkUtil.getBundle(c.getClass());
            if (b != null) installed.add(b.getBundleId());
        }
        for (Bundle b : context.getBundles()) {
            if (b.getState() != Bundle.ACTIVE || installed.contains(b.getBundleId())) continue;
            String provides = b.getHeaders("").get("Provide-Capability");
            if (provides != null && DECLARES_CAPABILITY.matcher(provides).find()) return false;
        }
        return true;
    }
}
