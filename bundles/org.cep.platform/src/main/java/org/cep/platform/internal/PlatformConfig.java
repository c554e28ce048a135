package org.cep.platform.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings from etc/cep.platform.cfg; every one has a default so the platform starts without the file. */
@ObjectClassDefinition(pid = "cep.platform", name = "Court Enforcement Platform")
public @interface PlatformConfig {
    String PID = "cep.platform";

    @AttributeDefinition(description = "Folder of *.court files, watched for changes")
    String tenantConfigDir() default "";

    @AttributeDefinition(description = "Seconds between scans of the court folder")
    int tenantScanSeconds() default 2;

    @AttributeDefinition(description = "Court of the first provincial admin")
    String bootstrapAdminCourt() default "";

    @AttributeDefinition(description = "User name of the first provincial admin")
    String bootstrapAdminUser() default "admin";

    @AttributeDefinition(description = "Password of the first provincial admin; CEP_ADMIN_PASSWORD wins; generated when both are empty")
    String bootstrapAdminPassword() default "";

    @AttributeDefinition(description = "bcrypt cost")
    int passwordCost() default 10;

    @AttributeDefinition(description = "Hours a login token stays valid")
    int tokenHours() default 8;

    @AttributeDefinition(description = "Addresses allowed to read /api/v1/metrics (comma-separated; * for any)")
    String metricsAllowFrom() default "127.0.0.1,0:0:0:0:0:0:0:1";

    @AttributeDefinition(description = "Minutes between anchorings of every court's audit head in its higher court's chain (0: only at job runs and on demand)")
    int auditAnchorMinutes() default 60;

    @AttributeDefinition(description = "Folder of the signed checkpoint files of the top courts' audit heads; default data/audit-checkpoints")
    String auditCheckpointDir() default "";

    @AttributeDefinition(description = "Ed25519 key file that signs the checkpoints (kept apart from the database; the same on every node); default etc/cep-audit-checkpoint.key")
    String auditCheckpointKey() default "";
}
