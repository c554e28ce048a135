package org.cep.platform.internal.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.cep.platform.api.ComputerizationLevel;
import org.cep.platform.api.CourtLevel;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The shipped example files must stay valid: they are what provincial IT copies from. */
class ExampleTenantConfigTest {

    /** Minimum computerization of each example capability, as the capability bundles declare it. */
    static final Map<String, ComputerizationLevel> MINIMUM = Map.of(
            "training", ComputerizationLevel.BASIC,
            "pairing", ComputerizationLevel.BASIC,
            "live-seizure", ComputerizationLevel.STANDARD,
            "cross-enforcement", ComputerizationLevel.STANDARD);

    static Path configDir() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("tenant-config");
            if (Files.isDirectory(candidate)) return candidate;
        }
        return null;
    }

    @Test
    void exampleFilesParseAndFormOneTree() throws IOException {
        Path dir = configDir();
        Assumptions.assumeTrue(dir != null, "tenant-config folder not found above " + Path.of("").toAbsolutePath());
        List<CourtDefinition> defs = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".court")).sorted().toList()) {
                String name = f.getFileName().toString();
                CourtFileParser.ParseResult r = CourtFileParser.parse(name, Files.readAllBytes(f));
                assertTrue(r.ok(), () -> r.problems().toString());
                defs.add(r.definition());
            }
        }
        assertTrue(defs.size() >= 13, "expected at least 13 example courts, found " + defs.size());

        CourtSetValidator.ValidationResult v = CourtSetValidator.validate(defs, Set.of());
        assertEquals(List.of(), v.problems());
        assertEquals(defs.size(), v.accepted().size());
        assertEquals("hlj-high", v.accepted().get(0).id());
        assertEquals(CourtLevel.HIGH, v.accepted().get(0).level());

        for (CourtDefinition d : defs) {
            for (String cap : d.capabilities()) {
                ComputerizationLevel min = MINIMUM.get(cap);
                assertTrue(min != null, d.id() + ": unknown example capability " + cap);
                boolean allowed = d.computerization().atLeast(min) || d.capabilityOverrides().contains(cap);
                assertTrue(allowed, d.id() + ": " + cap + " needs " + min + " or an override");
            }
            // an override the level does not need would mislead readers of the examples
            for (String o : d.capabilityOverrides()) {
                assertTrue(!d.computerization().atLeast(MINIMUM.get(o)), d.id() + ": needless override " + o);
            }
        }
    }
}
