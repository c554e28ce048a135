package org.cep.platform.api;

import java.util.List;
import java.util.Map;

/**
 * A capability bundle announces itself by registering one of these as an OSGi service.
 * The platform then runs its migrations, publishes its REST resources under /api/v1 and refuses
 * them (403 CAPABILITY_DISABLED) for every court that has not switched the capability on.
 */
public interface Capability {

    /** Stable id, used in tenant-config files, URLs of the switch and the audit: e.g. {@code live-seizure}. */
    String id();

    String nameZh();

    String nameEn();

    /** The least computerization a court needs; provincial IT may override it explicitly. */
    ComputerizationLevel minimumLevel();

    /** JAX-RS resource objects. Their paths must start with the capability id. */
    List<Object> resources();

    /**
     * Classpath folder in the capability's bundle holding Flyway SQL migrations
     * ({@code V1__create.sql}, ...), or null when it has no tables. Each capability keeps its own history table.
     */
    default String migrationsFolder() {
        return null;
    }

    /**
     * True for shared foundations that every court has (such as enforcement cases, which several
     * capabilities hang their records on): they cannot be switched off and need no line in court files.
     */
    default boolean alwaysOn() {
        return false;
    }

    /**
     * The capability's unique keys (constraint names, as in its migrations) with the refusal a client
     * gets when two requests race for the same value: the loser's commit fails on the key, and the
     * platform answers with this problem (409, the conflicting field) instead of a database error.
     */
    default Map<String, ProblemException> uniqueKeys() {
        return Map.of();
    }
}
