package org.cep.platform.internal.user;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.cep.platform.api.CourtContext;
import org.cep.platform.api.ProblemException;
import org.cep.platform.api.Role;
import org.cep.platform.internal.auth.AccessCache;
import org.cep.platform.internal.PlatformConfig;
import org.cep.platform.internal.audit.AuditService;
import org.cep.platform.internal.auth.AuthService;
import org.cep.platform.internal.auth.PasswordHasher;
import org.cep.platform.internal.auth.PasswordPolicy;
import org.cep.platform.internal.persistence.CourtEntity;
import org.cep.platform.internal.persistence.LoginAttemptEntity;
import org.cep.platform.api.Micros;
import org.cep.platform.internal.persistence.PlatformSchema;
import org.cep.platform.internal.persistence.UserEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/** Users of every court. Deleting a user only deactivates it: what it did stays attributable. */
@Component(service = UserService.class, configurationPid = PlatformConfig.PID)
public class UserService {
    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,63}");

    private final JpaTemplate jpa;
    private final AuditService audit;
    private volatile PasswordHasher hasher;

    @Activate
    public UserService(@Reference(target = "(osgi.unit.name=cep-platform)") JpaTemplate jpa,
                       @Reference AuditService audit, @Reference PlatformSchema schema, PlatformConfig config) {
        this.jpa = jpa;
        this.audit = audit;
        modified(config);
    }

    @Modified
    void modified(PlatformConfig config) {
        this.hasher = new PasswordHasher(config.passwordCost());
    }

    public PasswordHasher hasher() {
        return hasher;
    }

    public record NewUser(@Schema(requiredMode = REQUIRED, pattern = "^[a-z][a-z0-9._-]{2,63}$") String username,
                          @Schema(requiredMode = REQUIRED, minLength = 1, maxLength = 100) String displayName,
                          @Schema(requiredMode = REQUIRED, minLength = PasswordPolicy.MIN_LENGTH, format = "password", description = PASSWORD_RULES)
                          String password,
                          @ArraySchema(schema = @Schema(allowableValues = {"provincial-admin", "court-admin", "enforcement-officer", "enforcement-judge", "clerk", "supervisor", "trainer", "trial-judge"}), minItems = 1,
                                  arraySchema = @Schema(requiredMode = REQUIRED)) List<String> roles) {
    }

    /** Only the fields given change. */
    public record UserChange(@Schema(minLength = 1, maxLength = 100) String displayName,
                             @Schema(minLength = PasswordPolicy.MIN_LENGTH, format = "password", description = PASSWORD_RULES) String password,
                             @ArraySchema(schema = @Schema(allowableValues = {"provincial-admin", "court-admin", "enforcement-officer", "enforcement-judge", "clerk", "supervisor", "trainer", "trial-judge"}), minItems = 1) List<String> roles,
                             @Schema(description = "false 停用账号 / false deactivates the account") Boolean active) {
    }

    private static final String PASSWORD_RULES = "至少 12 个字符、UTF-8 不超过 72 字节、四类字符中至少三类、不含用户名、不在常见密码表中"
            + " / at least 12 characters, at most 72 bytes in UTF-8, 3 of 4 character classes, not containing the user name,"
            + " not on the list of common passwords";

    public UserEntity create(String courtId, NewUser input, CourtContext by) {
        if (input == null) throw ProblemException.required("body");
        String username = input.username() == null ? null : input.username().trim();
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw ProblemException.badField("INVALID_USERNAME", "username",
                    "用户名须为 3–64 位小写字母、数字或 . _ -，并以字母开头",
                    "username must be 3-64 lowercase letters, digits, '.', '_' or '-', starting with a letter");
        }
        String displayName = requireDisplayName(input.displayName());
        Set<Role> roles = parseRoles(input.roles(), by);
        char[] password = requirePassword(username, input.password());
        String hash = hasher.hash(password);
        return jpa.txExpr(TransactionType.Required, em -> {
            requireActiveCourt(em, courtId);
            // unique per court only: a name used by another court is no reason to refuse (and no hint about it)
            if (!em.createQuery("select u.id from UserEntity u where u.courtId = :c and u.username = :n", Long.class)
                    .setParameter("c", courtId).setParameter("n", username).getResultList().isEmpty()) {
                throw new ProblemException(409, "USERNAME_TAKEN", "用户名已被使用：" + username,
                        "username already taken: " + username, "username");
            }
            UserEntity u = new UserEntity();
            u.courtId = courtId;
            u.username = username;
            u.displayName = displayName;
            u.passwordHash = hash;
            u.roles = tokens(roles);
            u.active = true;
            u.createdMicros = Micros.now();
            em.persist(u);
            em.flush();
            audit.appendIn(em, courtId, by.actor(), "user.created", "user:" + u.id,
                    "username=" + username + " roles=" + u.roles, by.requestId());
            return u;
        });
    }

    public List<UserEntity> list(String courtId) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                        "select u from UserEntity u where u.courtId = :c order by u.username", UserEntity.class)
                .setParameter("c", courtId).getResultList());
    }

    /** A user of another court is reported as not found, so ids of other courts reveal nothing. */
    public UserEntity get(String courtId, long id) {
        return jpa.txExpr(TransactionType.Supports, em -> inCourt(em, courtId, id));
    }

    public UserEntity change(String courtId, long id, UserChange change, CourtContext by) {
        if (change == null) throw ProblemException.required("body");
        String displayName = change.displayName() == null ? null : requireDisplayName(change.displayName());
        Set<Role> roles = change.roles() == null ? null : parseRoles(change.roles(), by);
        UserEntity changed = jpa.txExpr(TransactionType.Required, em -> {
            UserEntity u = inCourt(em, courtId, id);
            List<String> what = new ArrayList<>();
            if (displayName != null) {
                u.displayName = displayName;
                what.add("displayName");
            }
            if (roles != null) {
                u.roles = tokens(roles);
                what.add("roles=" + u.roles);
            }
            if (change.password() != null) {
                u.passwordHash = hasher.hash(requirePassword(u.username, change.password()));
                LoginAttemptEntity attempts = em.find(LoginAttemptEntity.class, new LoginAttemptEntity.Key(u.courtId, u.username));
                if (attempts != null) em.remove(attempts); // a reset by the admin also lifts a lock-out
                what.add("password");
            }
            if (change.active() != null) {
                if (!change.active() && u.id == by.userId()) {
                    throw new ProblemException(409, "CANNOT_DEACTIVATE_SELF", "不能停用自己的账号",
                            "you cannot deactivate your own account", "active");
                }
                u.active = change.active();
                what.add("active=" + u.active);
            }
            if (roles != null || change.password() != null || Boolean.FALSE.equals(change.active())) {
                // a new password, other roles or a deactivation end every session the user had
                int ended = AuthService.revokeSessions(em, u.id);
                if (ended > 0) what.add("sessions ended=" + ended);
            }
            audit.appendIn(em, courtId, by.actor(), "user.changed", "user:" + u.id, String.join(" ", what), by.requestId());
            return u;
        });
        AccessCache.clearAll(); // again after the commit: no request re-caches what was true before it
        return changed;
    }

    /** @return whether a provincial admin exists anywhere */
    public boolean anyProvincialAdmin() {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                        "select u from UserEntity u where u.active = true and u.roles like :r", UserEntity.class)
                .setParameter("r", "%" + Role.PROVINCIAL_ADMIN.token() + "%").getResultList().stream()
                .anyMatch(u -> roles(u).contains(Role.PROVINCIAL_ADMIN)));
    }

    /** Creates the first provincial admin once; the caller has checked that none exists. */
    public void createBootstrapAdmin(String courtId, String username, char[] password) {
        String hash = hasher.hash(password);
        jpa.tx(TransactionType.Required, em -> {
            requireActiveCourt(em, courtId);
            UserEntity u = new UserEntity();
            u.courtId = courtId;
            u.username = username;
            u.displayName = "省级管理员 Provincial admin";
            u.passwordHash = hash;
            u.roles = Role.PROVINCIAL_ADMIN.token();
            u.active = true;
            u.createdMicros = Micros.now();
            em.persist(u);
            em.flush();
            audit.appendIn(em, courtId, "platform", "user.created", "user:" + u.id,
                    "first provincial admin username=" + username, "bootstrap");
        });
    }

    public static Set<Role> roles(UserEntity u) {
        Set<Role> set = EnumSet.noneOf(Role.class);
        for (String t : u.roles.split(",")) {
            Role r = Role.fromToken(t.trim());
            if (r != null) set.add(r);
        }
        return set;
    }

    private static UserEntity inCourt(EntityManager em, String courtId, long id) {
        UserEntity u = em.find(UserEntity.class, id);
        if (u == null || !u.courtId.equals(courtId)) {
            throw new ProblemException(404, "USER_NOT_FOUND", "本院无此用户：" + id, "no such user in this court: " + id, "id");
        }
        return u;
    }

    private static void requireActiveCourt(EntityManager em, String courtId) {
        CourtEntity c = em.find(CourtEntity.class, courtId);
        if (c == null || !c.active) {
            throw ProblemException.courtNotFound(courtId, "courtId");
        }
    }

    private static Set<Role> parseRoles(List<String> tokens, CourtContext by) {
        if (tokens == null || tokens.isEmpty()) {
            throw ProblemException.badField("ROLES_REQUIRED", "roles", "至少需要一个角色", "at least one role is required");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String t : tokens) {
            Role r = t == null ? null : Role.fromToken(t.trim());
            if (r == null) {
                throw ProblemException.badField("UNKNOWN_ROLE", "roles", "未知角色：" + t + "（可选："
                        + Arrays.stream(Role.values()).map(Role::token).collect(Collectors.joining(", ")) + "）",
                        "unknown role: " + t);
            }
            roles.add(r);
        }
        if (roles.contains(Role.PROVINCIAL_ADMIN) && !by.has(Role.PROVINCIAL_ADMIN)) {
            throw new ProblemException(403, "ROLE_NOT_GRANTABLE", "只有省级管理员可以授予省级管理员角色",
                    "only a provincial admin may grant the provincial-admin role", "roles");
        }
        return roles;
    }

    private static String tokens(Set<Role> roles) {
        return roles.stream().map(Role::token).collect(Collectors.joining(","));
    }

    private static String requireDisplayName(String displayName) {
        if (displayName == null || displayName.isBlank() || displayName.length() > 100) {
            throw ProblemException.badField("INVALID_DISPLAY_NAME", "displayName",
                    "姓名不能为空且不超过 100 个字符", "displayName must be 1-100 characters");
        }
        return displayName.trim();
    }

    private static char[] requirePassword(String username, String password) {
        if (password == null) throw ProblemException.required("password");
        char[] chars = password.toCharArray();
        List<String> problems = PasswordPolicy.problems(username, chars);
        if (!problems.isEmpty()) {
            List<String> zh = new ArrayList<>(), en = new ArrayList<>();
            for (String p : problems) {
                String[] parts = p.split(" / ", 2);
                zh.add(parts[0]);
                en.add(parts.length > 1 ? parts[1] : parts[0]);
            }
            throw ProblemException.badField("WEAK_PASSWORD", "password",
                    "密码不符合要求：" + String.join("；", zh), "password rejected: " + String.join("; ", en));
        }
        return chars;
    }

}
