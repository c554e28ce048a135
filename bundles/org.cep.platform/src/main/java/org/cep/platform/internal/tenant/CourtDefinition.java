package org.cep.platform.internal.tenant;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import org.cep.platform.api.ComputerizationLevel;
import org.cep.platform.api.CourtLevel;

/**
 * A court as declared by one valid {@code .court} file. Carries no line numbers on purpose:
 * cross-file problems are reported against the whole file (line 0) and name the key instead.
 *
 * @param parentId            null for a court without a parent (supreme, or high without one)
 * @param regionEn            null when the file gives none
 * @param capabilities        in file order, unmodifiable
 * @param capabilityOverrides capabilities allowed although {@code computerization} is below their
 *                            minimum; always a subset of {@code capabilities}; unmodifiable
 * @param contentHash         lowercase hex SHA-256 of the file's bytes, so that an unchanged file
 *                            need not be applied again
 */
public record CourtDefinition(
        String id,
        String nameZh,
        String nameEn,
        CourtLevel level,
        String parentId,
        String region,
        String regionEn,
        ComputerizationLevel computerization,
        Set<String> capabilities,
        Set<String> capabilityOverrides,
        String sourceFile,
        String contentHash) {

    public CourtDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(computerization, "computerization");
        Objects.requireNonNull(sourceFile, "sourceFile");
        capabilities = frozen(capabilities);
        capabilityOverrides = frozen(capabilityOverrides);
    }

    // Set.copyOf would lose the file order, which the UI shows as written.
    private static Set<String> frozen(Set<String> s) {
        return s == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(s));
    }
}
