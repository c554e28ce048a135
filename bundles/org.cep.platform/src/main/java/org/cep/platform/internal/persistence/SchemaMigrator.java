package org.cep.platform.internal.persistence;

import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.osgi.framework.Bundle;

/**
 * Runs the Flyway migrations of one owner (the platform or a capability) from a folder of its
 * bundle. Each owner has its own history table, so capabilities can be installed, upgraded and
 * removed independently.
 */
public final class SchemaMigrator {
    private SchemaMigrator() {
    }

    /** @return how many migrations ran now */
    public static int migrate(DataSource dataSource, Bundle owner, String folder, String ownerId) {
        ClassLoader flywayLoader = SchemaMigrator.class.getClassLoader();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Flyway finds its database plugins with ServiceLoader, which must see the embedded jars
        thread.setContextClassLoader(flywayLoader);
        try {
            Flyway flyway = Flyway.configure(flywayLoader)
                    .dataSource(dataSource)
                    .table("schema_history_" + ownerId.replace('-', '_'))
                    .resourceProvider(new BundleSqlResources(owner, folder))
                    .javaMigrationClassProvider(List::of)
                    // the schema is shared by all owners: another owner's tables are not a reason to stop
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .cleanDisabled(true)
                    .validateMigrationNaming(true)
                    .load();
            MigrateResult result = flyway.migrate();
            return result.migrationsExecuted;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
