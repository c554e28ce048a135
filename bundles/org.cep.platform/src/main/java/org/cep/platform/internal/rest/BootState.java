package org.cep.platform.internal.rest;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Whether Karaf has installed its boot features, that is every capability this node runs. Until then the REST
 * server is rebuilt as each capability arrives (moments of 404s), so readiness waits for it: a balancer must not send
 * users to a node that is still starting. Karaf says so by registering org.apache.karaf.features.BootFinished;
 * tracked by name, so the platform needs no compile-time dependency on Karaf's features API.
 */
@Component(service = BootState.class)
public class BootState {
    private ServiceTracker<Object, Object> tracker;

    @Activate
    void start(BundleContext context) throws InvalidSyntaxException {
        tracker = new ServiceTracker<>(context, context.createFilter("(objectClass=org.apache.karaf.features.BootFinished)"), null);
        tracker.open(true);
    }

    @Deactivate
    void stop() {
        tracker.close();
    }

    public boolean finished() {
        return !tracker.isEmpty();
    }
}
