package org.cep.platform.internal.rest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BootStateTest {

    /** Readiness waits for the bundles whose manifest declares a Capability service, as bnd writes it, and only those. */
    @Test
    void recognisesABundleThatDeclaresACapability() {
        assertTrue(declares("osgi.service;objectClass:List<String>=\"org.cep.platform.api.Capability\";uses:=\"org.cep.platform.api\","
                + "osgi.service;objectClass:List<String>=\"org.cep.training.api.TrainingCatalog\""));
        assertTrue(declares("osgi.service;objectClass:List<String>=\"org.example.Other,org.cep.platform.api.Capability\""));
        assertFalse(declares("osgi.service;objectClass:List<String>=\"org.cep.platform.api.CapabilityRegistryView\""));
        assertFalse(declares("osgi.service;objectClass:List<String>=\"org.cep.training.api.TrainingCatalog\""));
        assertFalse(declares("osgi.extender;osgi.extender=\"osgi.component\";uses:=\"org.cep.platform.api.Capability\""));
    }

    private static boolean declares(String provideCapability) {
        return BootState.DECLARES_CAPABILITY.matcher(provideCapability).find();
    }
}
