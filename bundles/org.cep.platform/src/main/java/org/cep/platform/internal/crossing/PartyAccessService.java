package org.cep.platform.internal.crossing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.cep.platform.api.CourtContext;
import org.cep.platform.api.Micros;
import org.cep.platform.api.PartyAccess;
import org.cep.platform.api.ProblemException;
import org.cep.platform.internal.audit.AuditService;
import org.cep.platform.internal.auth.LoginThrottle;
import org.cep.platform.internal.persistence.PartyAccessEntity;
import org.cep.platform.internal.persistence.PlatformSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Parties' access codes: issued by court staff, checked here, the court bound for the party's read. */
@Component(service = PartyAccess.class)
public class PartyAccessService implements PartyAccess {
    /** No 0/O/1/I/L: a code is read out or written down by people. 12 of 31 symbols: about 59 bits. */
    private static final char[] SYMBOLS = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final int CODE_LENGTH = 12;
    private static final int LONGEST_DAYS = 3 * 366;

    private final JpaTemplate jpa;
    private final AuditService audit;
    private final CourtContext.Binding binding = CourtContext.binding();
    private final SecureRandom random = new SecureRandom();

    @Activate
    public PartyAccessService(@Reference(target = "(osgi.unit.name=cep-platform)") JpaTemplate jpa, @Reference AuditService audit,
                              @Reference PlatformSchema schema) {
        this.jpa = jpa;
        this.audit = audit;
    }

    @Override
    public Issued issue(String caseRef, int validDays) {
        CourtContext ctx = CourtContext.current();
        if (validDays < 1 || validDays > LONGEST_DAYS) {
            throw ProblemException.badField("INVALID_VALIDITY", "validDays", "有效天数须为 1-" + LONGEST_DAYS, "validDays must be 1-" + LONGEST_DAYS);
        }
        char[] code = new char[CODE_LENGTH];
        for (int i = 0; i < code.length; i++) code[i] = SYMBOLS[random.nextInt(SYMBOLS.length)];
        String plain = new String(code);
        String salt = HexFormat.of().formatHex(random.generateSeed(16));
        Instant until = Instant.now().plus(Duration.ofDays(validDays));
        jpa.tx(TransactionType.Required, em -> {
            PartyAccessEntity p = row(em, ctx.courtId(), caseRef);
            p.salt = salt;
            p.codeHash = hash(salt, plain);
            p.validUntilMicros = Micros.of(until);
            p.issuedBy = ctx.actor();
            p.failures = 0;
            p.lockedUntilMicros = null;
            audit.appendIn(em, ctx.courtId(), ctx.actor(), "party-access.issued", "case:" + caseRef,
                    "valid until " + until, ctx.requestId());
        });
        return new Issued(caseRef, plain, until);
    }

    @Override
    public <R> R asParty(String courtId, String caseRef, String code, Supplier<R> work) {
        Instant now = Instant.now();
        String requestId = "party-" + UUID.randomUUID();
        // null when locked out; the failure count must commit, so the refusal is thrown after the transaction
        Boolean ok = jpa.txExpr(TransactionType.Required, em -> {
            PartyAccessEntity p = row(em, courtId, caseRef);
            LoginThrottle.Decision d = LoginThrottle.decide(p.lockedUntilMicros == null ? null : Micros.toInstant(p.lockedUntilMicros), now);
            if (!d.allowed()) return (Boolean) null;
            boolean right = p.codeHash != null && code != null && p.validUntilMicros != null && Micros.of(now) < p.validUntilMicros
                    && MessageDigest.isEqual(p.codeHash.getBytes(StandardCharsets.US_ASCII),
                    hash(p.salt, code.trim().toUpperCase(java.util.Locale.ROOT)).getBytes(StandardCharsets.US_ASCII));
            if (right) {
                p.failures = 0;
                p.lockedUntilMicros = null;
                return true;
            }
            p.failures++;
            Instant lock = LoginThrottle.lockUntilAfterFailure(p.failures, now);
            p.lockedUntilMicros = lock == null ? null : Micros.of(lock);
            return false;
        });
        if (ok == null) {
            throw new ProblemException(429, "ACCESS_LOCKED", "查询码错误次数过多，请稍后再试", "too many wrong codes; try again later");
        }
        if (!ok) {
            throw new ProblemException(403, "ACCESS_DENIED", "法院、案号或查询码不正确，或查询码已过期",
                    "court, case number or access code is wrong, or the code has expired");
        }
        CourtContext party = new CourtContext(-1, "party:" + caseRef, courtId, Set.of(), requestId);
        return binding.call(party, work);
    }

    /** The row of (court, case), created on first use so that unknown cases count failures like known ones. */
    private static PartyAccessEntity row(EntityManager em, String courtId, String caseRef) {
        if (courtId == null || caseRef == null || courtId.length() > 64 || caseRef.length() > 64) {
            throw new ProblemException(403, "ACCESS_DENIED", "法院、案号或查询码不正确，或查询码已过期",
                    "court, case number or access code is wrong, or the code has expired");
        }
        PartyAccessEntity p = em.find(PartyAccessEntity.class, new PartyAccessEntity.Key(courtId, caseRef), LockModeType.PESSIMISTIC_WRITE);
        if (p == null) {
            p = new PartyAccessEntity();
            p.courtId = courtId;
            p.caseRef = caseRef;
            em.persist(p);
        }
        return p;
    }

    private static String hash(String salt, String code) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(salt.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(md.digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
