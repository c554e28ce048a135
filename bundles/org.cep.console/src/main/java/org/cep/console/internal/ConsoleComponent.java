package org.cep.console.internal;

import java.util.ArrayList;
import java.util.List;

import javax.servlet.ServletException;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.HttpService;
import org.osgi.service.http.NamespaceException;
import org.osgi.util.tracker.BundleTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console at /console: registers the servlet with the container's HTTP service (the one CXF
 * serves /api/v1 from, so same port and origin) and follows the bundles that bring page modules.
 */
@Component(immediate = true)
public class ConsoleComponent {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleComponent.class);

    private final PageModules modules = new PageModules();
    @Reference
    private HttpService http;
    private BundleTracker<Bundle> tracker;

    @Activate
    void activate(BundleContext context) throws ServletException, NamespaceException {
        // page modules of resolved bundles count too: a folder of static files needs no started bundle
        tracker = new BundleTracker<>(context, Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE, null) {
            @Override
            public Bundle addingBundle(Bundle bundle, BundleEvent event) {
                String header = bundle.getHeaders("").get(PageModules.HEADER);
                if (header == null) return null;
                List<String> problems = new ArrayList<>();
                List<PageModules.Module> found = PageModules.parse(bundle.getBundleId(), header, problems);
                problems.forEach(LOG::warn);
                modules.put(bundle.getBundleId(), found);
                LOG.info("console pages from {}: {}", bundle.getSymbolicName(),
                        found.stream().map(PageModules.Module::capability).toList());
                return bundle;
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, Bundle object) {
                modules.remove(bundle.getBundleId());
            }
        };
        tracker.open();
        http.registerServlet(ConsoleServlet.ALIAS, new ConsoleServlet(context.getBundle(), modules, context::getBundle), null, null);
    }

    @Deactivate
    void deactivate() {
        try {
            http.unregister(ConsoleServlet.ALIAS);
        } catch (IllegalArgumentException e) {
            LOG.debug("console already unregistered", e);
        }
        if (tracker != null) tracker.close();
    }
}
