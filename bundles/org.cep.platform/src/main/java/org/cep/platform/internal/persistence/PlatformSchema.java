package org.cep.platform.internal.persistence;

import javax.sql.DataSource;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the platform's tables up to date before anything uses them: every component that
 * touches the database references this service, so DS starts them only after the migrations ran.
 */
@Component(service = PlatformSchema.class, immediate = true)
public class PlatformSchema {
    private static final Logger LOG = LoggerFactory.getLogger(PlatformSchema.class);

    private final DataSource dataSource;

    @Activate
    public PlatformSchema(BundleContext context,
                          @Reference(target = "(osgi.jndi.service.name=cep)") DataSource dataSource) {
        this.dataSource = dataSource;
        int ran = SchemaMigrator.migrate(dataSource, context.getBundle(), "db/platform", "platform");
        LOG.info("Platform schema ready ({} migration(s) applied now)", ran);
    }

    public DataSource dataSource() {
        return dataSource;
    }
}
