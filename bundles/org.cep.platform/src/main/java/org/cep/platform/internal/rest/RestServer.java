package org.cep.platform.internal.rest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;
import javax.ws.rs.container.ContainerRequestContext;

import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.jaxrs.model.wadl.WadlGenerator;
import org.cep.platform.api.Capability;
import org.cep.platform.api.Crossings;
import org.cep.platform.api.ProblemException;
import org.cep.platform.internal.PlatformConfig;
import org.cep.platform.internal.metrics.Metrics;
import org.cep.platform.internal.audit.AuditAnchorJob;
import org.cep.platform.internal.audit.AuditService;
import org.cep.platform.internal.auth.AuthService;
import org.cep.platform.internal.capability.CapabilityRegistry;
import org.cep.platform.internal.tenant.CourtService;
import org.cep.platform.internal.tenant.TenantConfigWatcher;
import org.cep.platform.internal.user.UserService;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The single REST entry point, http://host:8181/api/v1: the platform's resources plus those of every
 * installed capability, behind one filter chain. Rebuilt when a capability comes or goes.
 * CXF's servlet is mounted at /api/v1 (etc/org.apache.cxf.osgi.cfg) and this server at its root, so
 * every path CXF serves reaches this server's exception mappers.
 * Capabilities come and go in bursts (six at boot, each in turn): a change is rebuilt once things are quiet for
 * {@link #SETTLE_MILLIS}, on its own thread, while the previous server keeps answering; readiness waits for it.
 */
@Component(immediate = true, configurationPid = PlatformConfig.PID)
public class RestServer {
    private static final Logger LOG = LoggerFactory.getLogger(RestServer.class);
    static final String ADDRESS = "/";

    /** The platform's own unique keys that two requests can race for (see ProblemMappers). */
    private static final Map<String, ProblemException> PLATFORM_UNIQUE_KEYS = Map.of(
            "uq_app_user_court_username", new ProblemException(409, "USERNAME_TAKEN", "本院已有此用户名", "this court already has a user with this name",
                    "username"));

    private final CapabilityRegistry capabilities;
    private final List<Object> platformResources;
    private final AuthService auth;
    private final CourtService courts;
    static final long SETTLE_MILLIS = 150;
    private final Runnable listener = this::rebuildSoon;
    private final ScheduledExecutorService rebuilds = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "cep-rest-rebuild");
        t.setDaemon(true);
        return t;
    });
    /** Changes seen and changes built: equal when the served API matches the installed capabilities. */
    private long changesSeen, changesBuilt;
    private ScheduledFuture<?> pending;
    private final Metrics metrics;
    private volatile String metricsAllowFrom;

    @Modified
    void modified(PlatformConfig config) {
        metricsAllowFrom = config.metricsAllowFrom();
    }
    private Server server;

    @Activate
    public RestServer(@Reference CapabilityRegistry capabilities, @Reference AuthService auth, @Reference CourtService courts,
                      @Reference UserService users, @Reference AuditService audit, @Reference TenantConfigWatcher watcher,
                      @Reference Crossings crossings, @Reference Metrics metrics, @Reference AuditAnchorJob anchors,
                      @Reference(target = "(osgi.jndi.service.name=cep)") DataSource dataSource, @Reference BootState boot,
                      PlatformConfig config) {
        modified(config);
        this.capabilities = capabilities;
        this.metrics = metrics;
        this.auth = auth;
        this.courts = courts;
        this.platformResources = List.of(new HealthResource(dataSource, () -> boot.finished() && settled()), new AuthResource(auth, users),
                new CourtResource(courts, capabilities), new UserResource(users), new AuditResource(audit),
                new AdminResource(watcher, courts, users, audit, anchors), new CrossingResource(crossings),
                new MetricsResource(metrics, () -> metricsAllowFrom));
        capabilities.addListener(listener);
        rebuild();
    }

    @Deactivate
    void stop() {
        capabilities.removeListener(listener);
        // drops a waiting rebuild at once (outside the lock, which a running one holds)
        rebuilds.shutdownNow();
        synchronized (this) {
            destroy();
        }
    }

    /** True when no capability change waits to be built into the API. */
    synchronized boolean settled() {
        return changesSeen == changesBuilt;
    }

    private synchronized void rebuildSoon() {
        changesSeen++;
        if (pending != null) pending.cancel(false);
        if (!rebuilds.isShutdown()) pending = rebuilds.schedule(this::rebuildSettled, SETTLE_MILLIS, TimeUnit.MILLISECONDS);
    }

    private synchronized void rebuildSettled() {
        long seen = changesSeen;
        if (seen == changesBuilt || rebuilds.isShutdown() || containerStopping()) return;
        try {
            rebuild();
            changesBuilt = seen;
        } catch (RuntimeException e) {
            // not ready until a later change builds: a balancer keeps sending users to the nodes that are
            LOG.error("REST API not rebuilt after a capability change; /health/ready stays 503", e);
        }
    }

    /** While Karaf stops, capabilities leave one by one: building an API for the few left would only race the shutdown. */
    private static boolean containerStopping() {
        Bundle own = FrameworkUtil.getBundle(RestServer.class);
        BundleContext context = own == null ? null : own.getBundleContext();
        Bundle framework = context == null ? null : context.getBundle(0);
        return framework != null && framework.getState() == Bundle.STOPPING;
    }

    private synchronized void rebuild() {
        destroy();
        List<Object> resources = new ArrayList<>(platformResources);
        Map<Class<?>, String> capabilityOf = new HashMap<>();
        Map<String, ProblemException> uniqueKeys = new HashMap<>(PLATFORM_UNIQUE_KEYS);
        // the contract: one tag for the platform's resources, one per capability
        List<Class<?>> platformTypes = new ArrayList<>(List.of(ApiDocumentResource.class));
        platformResources.forEach(r -> platformTypes.add(r.getClass()));
        List<ApiDocument.Group> contract = new ArrayList<>(List.of(new ApiDocument.Group("platform",
                "平台：登录、法院目录、功能开关、用户、审计 / platform: login, courts, capability switches, users, audit", platformTypes)));
        for (Capability c : capabilities.all()) {
            uniqueKeys.putAll(c.uniqueKeys());
            List<Class<?>> types = new ArrayList<>();
            for (Object r : c.resources()) {
                resources.add(r);
                types.add(r.getClass());
                capabilityOf.put(r.getClass(), c.id());
            }
            contract.add(new ApiDocument.Group(c.id(), c.nameZh() + " / " + c.nameEn(), types));
        }
        resources.add(new ApiDocumentResource(ApiDocumentResource.lazily(contract, RestServer.class.getClassLoader())));
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                // 12.5 into a whole-number field and "100" into a number are type errors (400 with the field), not truncated or guessed
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        JAXRSServerFactoryBean bean = new JAXRSServerFactoryBean();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(RestServer.class.getClassLoader());
        try {
            Bus bus = BusFactory.getDefaultBus();
            bean.setBus(bus);
            bean.setAddress(ADDRESS);
            bean.setServiceBeans(resources);
            bean.setProviders(List.of(noWadl(), new JsonBodies(mapper), new RequestPipeline(auth, courts, capabilities, capabilityOf, metrics),
                    new ProblemMappers(uniqueKeys)));
            server = bean.create();
        } finally {
            thread.setContextClassLoader(previous);
        }
        LOG.info("REST API at /api/v1 with {} resource(s); capabilities: {}", resources.size(), new TreeSet<>(capabilityOf.values()));
    }

    /** The contract is openapi.json; CXF's own WADL (?_wadl) would describe the API to anyone, unasked and unauthenticated. */
    private static WadlGenerator noWadl() {
        // CXF adds its own generator unless one is registered: this one never answers, so ?_wadl is an ordinary query
        // parameter and the operation answers as documented in openapi.json
        return new WadlGenerator() {
            @Override
            public void filter(ContainerRequestContext request) {
                // no WADL
            }
        };
    }

    private void destroy() {
        if (server != null) {
            server.destroy();
            server = null;
        }
    }
}
