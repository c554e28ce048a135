package org.cep.platform.internal.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.cep.platform.api.CourtContext;
import org.cep.platform.api.Role;
import org.cep.platform.api.ProblemException;
import org.cep.platform.internal.PlatformConfig;
import org.cep.platform.internal.audit.AuditService;
import org.cep.platform.internal.persistence.CourtEntity;
import org.cep.platform.internal.persistence.LoginAttemptEntity;
import org.cep.platform.api.Micros;
import org.cep.platform.internal.persistence.PlatformSchema;
import org.cep.platform.internal.persistence.SessionEntity;
import org.cep.platform.internal.persistence.UserEntity;
import org.cep.platform.internal.user.UserService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/**
 * Login and token checks. Tokens are random and stored only as SHA-256, in the database, so
 * that every node accepts them and a stolen table copy cannot be replayed. Failed logins are
 * counted per user in the database and lock the account for a while.
 */
@Component(service = AuthService.class, configurationPid = PlatformConfig.PID)
public class AuthService {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JpaTemplate jpa;
    private final AuditService audit;
    private final UserService users;
    private volatile long tokenMicros;

    public record Login(String token, Instant expiresAt, UserEntity user) {
    }

    /** A valid token's session, as cached for the requests that follow. */
    private record Session(long userId, String username, String courtId, Set<Role> roles, long expiresMicros) {
    }

    private static final AccessCache<String, Session> SESSIONS = new AccessCache<>();

    @Activate
    public AuthService(@Reference(target = "(osgi.unit.name=cep-platform)") JpaTemplate jpa,
                       @Reference AuditService audit, @Reference UserService users,
                       @Reference PlatformSchema schema, PlatformConfig config) {
        this.jpa = jpa;
        this.audit = audit;
        this.users = users;
        modified(config);
    }

    @Modified
    void modified(PlatformConfig config) {
        this.tokenMicros = Math.max(1, config.tokenHours()) * 3_600_000_000L;
    }

    /**
     * Logs a user of one court in. An unknown court, an unknown name and a wrong password answer alike,
     * cost the same bcrypt time and count towards the same lock-out, so a caller learns nothing about
     * which names exist in which court.
     */
    public Login login(String courtId, String username, String password, String requestId) {
        if (courtId == null || courtId.isBlank()) {
            throw ProblemException.badField("CREDENTIALS_REQUIRED", "courtId", "请选择所属法院并输入用户名和密码",
                    "court, username and password are required");
        }
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            throw ProblemException.badField("CREDENTIALS_REQUIRED", username == null || username.isBlank() ? "username" : "password",
                    "请选择所属法院并输入用户名和密码", "court, username and password are required");
        }
        String court = courtId.trim();
        String name = username.trim();
        PasswordHasher hasher = users.hasher();
        if (court.length() > 64 || name.length() > 64) {
            hasher.verifyDummy(password.toCharArray());
            throw invalidCredentials();
        }
        LoginThrottle.Decision decision = LoginThrottle.decide(lockedUntil(court, name), Instant.now());
        if (!decision.allowed()) {
            hasher.verifyDummy(password.toCharArray());
            throw locked(Micros.of(decision.lockedUntil()));
        }
        UserEntity found = findUser(court, name);
        boolean ok;
        if (found == null) {
            hasher.verifyDummy(password.toCharArray());
            ok = false;
        } else {
            ok = hasher.verify(password.toCharArray(), found.passwordHash);
        }
        if (!ok) {
            Long lockedUntil = recordFailure(court, name, found, requestId);
            if (lockedUntil != null) throw locked(lockedUntil);
            throw invalidCredentials();
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            UserEntity u = em.find(UserEntity.class, found.id);
            CourtEntity c = em.find(CourtEntity.class, u.courtId);
            if (!u.active || c == null || !c.active) {
                throw new ProblemException(403, "ACCOUNT_DISABLED", "账号已停用或所属法院已停用",
                        "this account or its court is deactivated");
            }
            LoginAttemptEntity attempts = em.find(LoginAttemptEntity.class, new LoginAttemptEntity.Key(court, name));
            if (attempts != null) em.remove(attempts);
            if (hasher.needsRehash(u.passwordHash)) {
                u.passwordHash = hasher.hash(password.toCharArray()); // passwordCost was raised since it was set
            }
            String token = newToken();
            SessionEntity s = new SessionEntity();
            s.tokenHash = sha256(token);
            s.userId = u.id;
            s.createdMicros = Micros.now();
            s.expiresMicros = s.createdMicros + tokenMicros;
            em.persist(s);
            audit.appendIn(em, u.courtId, u.username + "@" + u.courtId, "auth.login", "user:" + u.id, null, requestId);
            return new Login(token, Micros.toInstant(s.expiresMicros), u);
        });
    }

    private Instant lockedUntil(String courtId, String username) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            LoginAttemptEntity a = em.find(LoginAttemptEntity.class, new LoginAttemptEntity.Key(courtId, username));
            return a == null || a.lockedUntilMicros == null ? null : Micros.toInstant(a.lockedUntilMicros);
        });
    }

    /**
     * Counts a failure in its own transaction, so the refusal cannot roll it back. Two first failures
     * at once may both insert the row: the loser retries once and then finds it.
     */
    private Long recordFailure(String courtId, String username, UserEntity user, String requestId) {
        try {
            return recordFailureOnce(courtId, username, user, requestId);
        } catch (RuntimeException firstInsertRace) {
            return recordFailureOnce(courtId, username, user, requestId);
        }
    }

    private Long recordFailureOnce(String courtId, String username, UserEntity user, String requestId) {
        return jpa.txExpr(TransactionType.RequiresNew, em -> {
            LoginAttemptEntity a = em.find(LoginAttemptEntity.class, new LoginAttemptEntity.Key(courtId, username));
            if (a == null) {
                a = new LoginAttemptEntity();
                a.courtId = courtId;
                a.username = username;
                em.persist(a);
            }
            a.failures++;
            a.lastFailureMicros = Micros.now();
            Instant until = LoginThrottle.lockUntilAfterFailure(a.failures, Instant.now());
            a.lockedUntilMicros = until == null ? null : Micros.of(until);
            if (user != null) {
                audit.appendIn(em, user.courtId, user.username + "@" + user.courtId, "auth.login-failed", "user:" + user.id,
                        "failures in a row=" + a.failures + (until == null ? "" : " locked until " + until), requestId);
            }
            return a.lockedUntilMicros;
        });
    }

    /** @return the caller's context, or null when the token is unknown, expired or its user or court is deactivated */
    public CourtContext authenticate(String token, String requestId) {
        if (token == null || token.length() < 20 || token.length() > 100) return null;
        String hash = sha256(token);
        Session who = SESSIONS.get(hash, () -> jpa.txExpr(TransactionType.Supports, em -> {
            SessionEntity s = em.find(SessionEntity.class, hash);
            if (s == null || s.expiresMicros < Micros.now()) return null;
            UserEntity u = em.find(UserEntity.class, s.userId);
            if (u == null || !u.active) return null;
            CourtEntity c = em.find(CourtEntity.class, u.courtId);
            if (c == null || !c.active) return null;
            return new Session(u.id, u.username, u.courtId, UserService.roles(u), s.expiresMicros);
        }));
        // a cached answer still ends with its session, to the microsecond
        if (who == null || who.expiresMicros() < Micros.now()) return null;
        return new CourtContext(who.userId(), who.username(), who.courtId(), who.roles(), requestId);
    }

    public void logout(String token, CourtContext by) {
        String hash = sha256(token);
        jpa.tx(TransactionType.Required, em -> {
            SessionEntity s = em.find(SessionEntity.class, hash);
            if (s != null) {
                em.remove(s);
                audit.appendIn(em, by.courtId(), by.actor(), "auth.logout", "user:" + by.userId(), null, by.requestId());
            }
        });
        AccessCache.clearAll();
    }

    private UserEntity findUser(String courtId, String username) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<UserEntity> list = em.createQuery("select u from UserEntity u where u.courtId = :c and u.username = :n",
                            UserEntity.class).setParameter("c", courtId).setParameter("n", username).getResultList();
            return list.isEmpty() ? null : list.get(0);
        });
    }

    /** Ends every session of a user (password or roles changed, account deactivated), inside the caller's transaction. */
    public static int revokeSessions(javax.persistence.EntityManager em, long userId) {
        AccessCache.clearAll();
        return em.createQuery("delete from SessionEntity s where s.userId = :u").setParameter("u", userId).executeUpdate();
    }

    private static ProblemException invalidCredentials() {
        return new ProblemException(401, "INVALID_CREDENTIALS", "法院、用户名或密码错误", "wrong court, username or password");
    }

    private static ProblemException locked(long untilMicros) {
        return new ProblemException(429, "ACCOUNT_LOCKED", "登录失败次数过多，暂时锁定至 " + Micros.iso(untilMicros) + "（UTC）",
                "too many failed logins; locked until " + Micros.iso(untilMicros) + " (UTC)");
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
