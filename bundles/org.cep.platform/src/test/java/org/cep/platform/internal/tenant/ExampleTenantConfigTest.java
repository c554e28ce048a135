package org.cep.platform.internal.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.cep.platform.api.ComputerizationLevel;
import org.cep.platform.api.CourtLevel;
import org.junit.jupiter.api.Test;

/**
 * The shipped example files must stay valid: they are what provincial IT copies from. Minimum levels come
 * from the table in tenant-config/README.md, the one place they are written down for capabilities not built
 * yet; the integration suite checks that table against the capabilities actually installed.
 */
class ExampleTenantConfigTest {
    private static final Pattern LEVEL_ROW = Pattern.compile("^\\|\\s*`([a-z][a-z0-9-]*)`\\s*\\|\\s*`([a-z]+)`\\s*\\|");

    static Path configDir() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("tenant-config");
            if (Files.isDirectory(candidate)) return candidate;
        }
        return fail("tenant-config folder not found above " + Path.of("").toAbsolutePath());
    }

    /** The README's table "Capabilities and minimum levels": capability id to its minimum computerization. */
    static Map<String, ComputerizationLevel> documentedMinimums(Path readme) throws IOException {
        Map<String, ComputerizationLevel> minimums = new LinkedHashMap<>();
        boolean inSection = false;
        for (String line : Files.readAllLines(readme)) {
            if (line.startsWith("## ")) inSection = line.contains("Capabilities and minimum levels");
            Matcher m = LEVEL_ROW.matcher(line);
            if (inSection && m.find()) {
                ComputerizationLevel level = ComputerizationLevel.fromToken(m.group(2));
                assertNotNull(level, "README names an unknown level: " + line);
                minimums.put(m.group(1), level);
            }
        }
        assertFalse(minimums.isEmpty(), "no table of capabilities and minimum levels in " + readme);
        return minimums;
    }

    @Test
    void exampleFilesParseAndFormOneTree() throws IOException {
        Path dir = configDir();
        Map<String, ComputerizationLevel> minimum = documentedMinimums(dir.resolve("README.md"));
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
                ComputerizationLevel min = minimum.get(cap);
                assertTrue(min != null, d.id() + ": unknown example capability " + cap);
                boolean allowed = d.computerization().atLeast(min) || d.capabilityOverrides().contains(cap);
                assertTrue(allowed, d.id() + ": " + cap + " needs " + min + " or an override");
            }
            // an override the level does not need would mislead readers of the examples
            for (String o : d.capabilityOverrides()) {
                assertTrue(!d.computerization().atLeast(minimum.get(o)), d.id() + ": needless override " + o);
            }
        }
    }
}
