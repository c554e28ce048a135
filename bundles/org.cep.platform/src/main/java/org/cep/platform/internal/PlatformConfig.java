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
}
