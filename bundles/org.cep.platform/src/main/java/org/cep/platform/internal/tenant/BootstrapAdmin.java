package org.cep.platform.internal.tenant;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.cep.platform.internal.PlatformConfig;
import org.cep.platform.internal.auth.PasswordHasher;
import org.cep.platform.internal.auth.PasswordPolicy;
import org.cep.platform.internal.persistence.CourtEntity;
import org.cep.platform.internal.user.UserService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the first provincial admin once its court exists. No password ships with the
 * distribution: it comes from CEP_ADMIN_PASSWORD or the configuration, or is generated and shown
 * once (console and data/initial-admin-password, readable by the owner only).
 */
@Component(service = BootstrapAdmin.class, configurationPid = PlatformConfig.PID)
public class BootstrapAdmin {
    private static final Logger LOG = LoggerFactory.getLogger(BootstrapAdmin.class);
    static final String ENV = "CEP_ADMIN_PASSWORD";

    private final UserService users;
    private final CourtService courts;
    private volatile PlatformConfig config;
    private volatile boolean done;

    @Activate
    public BootstrapAdmin(@Reference UserService users, @Reference CourtService courts, PlatformConfig config) {
        this.users = users;
        this.courts = courts;
        this.config = config;
    }

    @Modified
    void modified(PlatformConfig config) {
        this.config = config;
    }

    public synchronized void ensure() {
        if (done) return;
        if (users.anyProvincialAdmin()) {
            done = true;
            return;
        }
        String courtId = config.bootstrapAdminCourt();
        if (courtId.isBlank()) {
            courtId = courts.list().stream().filter(c -> c.active && "high".equals(c.level)).map(c -> c.id).findFirst().orElse(null);
        }
        CourtEntity court = courtId == null ? null : courts.find(courtId);
        if (court == null || !court.active) {
            return; // its court file has not been applied yet: try again after the next scan
        }
        String given = System.getenv(ENV);
        if (given == null || given.isEmpty()) given = config.bootstrapAdminPassword();
        boolean generated = given == null || given.isEmpty();
        String password = generated ? PasswordHasher.generatePassword(20) : given;
        List<String> problems = PasswordPolicy.problems(config.bootstrapAdminUser(), password.toCharArray());
        if (!problems.isEmpty()) {
            LOG.error("First provincial admin not created: the given password is too weak: {}", problems);
            done = true;
            return;
        }
        users.createBootstrapAdmin(court.id, config.bootstrapAdminUser(), password.toCharArray());
        done = true;
        if (generated) {
            announce(court.id, password);
        } else {
            LOG.info("First provincial admin '{}' created in court {} with the configured password", config.bootstrapAdminUser(), court.id);
        }
    }

    private void announce(String courtId, String password) {
        Path file = Paths.get(System.getProperty("karaf.data", "data"), "initial-admin-password");
        try {
            Files.writeString(file, config.bootstrapAdminUser() + " " + password + "\n", StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warn("Could not write {}: {}", file, e.getMessage());
        }
        // Printed once, on the console only: the log file must not keep a password.
        System.out.println();
        System.out.println("==========================================================================");
        System.out.println(" 首个省级管理员已创建 / First provincial admin created");
        System.out.println("   法院 court:     " + courtId);
        System.out.println("   用户名 user:    " + config.bootstrapAdminUser());
        System.out.println("   密码 password:  " + password);
        System.out.println(" 也保存在 / also in: " + file + " (请登录后修改 / change it after login)");
        System.out.println("==========================================================================");
        LOG.warn("First provincial admin '{}' created in court {} with a generated password: see the console or {}",
                config.bootstrapAdminUser(), courtId, file);
    }
}
