package org.cep.crossenforcement.internal;

import java.io.IOException;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;

import org.cep.seizure.domain.SeizurePeriods;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The seizure periods a province configured for live seizure (etc/cep.seizure.cfg, {@code period.*}), read
 * where they are kept rather than copied: inquiry results freeze and seize under the same rules, IP rights
 * included. Read on each use through ConfigurationAdmin (listing does not bind the configuration to this
 * bundle, so live seizure keeps receiving it), so an edit applies at once.
 */
@Component(service = SeizurePeriodsConfig.class)
public class SeizurePeriodsConfig {
    static final String SEIZURE_PID = "cep.seizure";
    private static final Logger LOG = LoggerFactory.getLogger(SeizurePeriodsConfig.class);

    private final ConfigurationAdmin cm;

    @Activate
    public SeizurePeriodsConfig(@Reference ConfigurationAdmin cm) {
        this.cm = cm;
    }

    SeizurePeriods periods() {
        try {
            Configuration[] found = cm.listConfigurations("(service.pid=" + SEIZURE_PID + ")");
            if (found == null || found.length == 0 || found[0].getProperties() == null) return SeizurePeriods.defaults();
            Dictionary<String, Object> props = found[0].getProperties();
            Map<String, String> periods = new HashMap<>();
            for (Enumeration<String> keys = props.keys(); keys.hasMoreElements(); ) {
                String key = keys.nextElement();
                if (key.startsWith(SeizurePeriods.KEY_PREFIX)) periods.put(key, String.valueOf(props.get(key)).trim());
            }
            return SeizurePeriods.parse(periods);
        } catch (IOException | InvalidSyntaxException | IllegalArgumentException e) {
            // live seizure refuses the same bad file loudly; here the legal defaults keep inquiries working
            LOG.warn("seizure periods from {} unusable, using the defaults: {}", SEIZURE_PID, e.getMessage());
            return SeizurePeriods.defaults();
        }
    }
}
