package org.cep.platform.internal.capability;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.cep.platform.api.Capability;
import org.cep.platform.internal.persistence.PlatformSchema;
import org.cep.platform.internal.persistence.SchemaMigrator;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The capabilities installed in this container. A capability becomes available only after its
 * migrations ran; listeners (the REST server) are told of every change.
 */
@Component(service = CapabilityRegistry.class, immediate = true)
public class CapabilityRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(CapabilityRegistry.class);

    private final PlatformSchema schema;
    private final Map<String, Capability> installed = new ConcurrentHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    @Activate
    public CapabilityRegistry(@Reference PlatformSchema schema) {
        this.schema = schema;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addCapability(Capability capability) {
        try {
            if (capability.migrationsFolder() != null) {
                Bundle owner = FrameworkUtil.getBundle(capability.getClass());
                int ran = SchemaMigrator.migrate(schema.dataSource(), owner, capability.migrationsFolder(), capability.id());
                LOG.info("Capability {}: {} migration(s) applied now", capability.id(), ran);
            }
        } catch (RuntimeException e) {
            LOG.error("Capability {} not available: its migrations failed", capability.id(), e);
            return;
        }
        Capability previous = installed.putIfAbsent(capability.id(), capability);
        if (previous != null && previous != capability) {
            LOG.error("Two capabilities claim the id {}; keeping the first", capability.id());
            return;
        }
        LOG.info("Capability installed: {} ({} / {})", capability.id(), capability.nameZh(), capability.nameEn());
        fire();
    }

    void removeCapability(Capability capability) {
        if (installed.remove(capability.id(), capability)) {
            LOG.info("Capability removed from the container: {}", capability.id());
            fire();
        }
    }

    public Capability get(String id) {
        return installed.get(id);
    }

    public Collection<Capability> all() {
        List<Capability> list = new ArrayList<>(installed.values());
        list.sort(Comparator.comparing(Capability::id));
        return list;
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void fire() {
        for (Runnable l : listeners) {
            try {
                l.run();
            } catch (RuntimeException e) {
                LOG.error("Capability listener failed", e);
            }
        }
    }
}
