package org.cep.platform.internal.rest;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.cep.platform.api.Capability;
import org.cep.platform.api.Role;
import org.cep.platform.internal.persistence.AuditEntryEntity;
import org.cep.platform.internal.persistence.CourtCapabilityEntity;
import org.cep.platform.internal.persistence.CourtEntity;
import org.cep.platform.api.Micros;
import org.cep.platform.internal.persistence.UserEntity;
import org.cep.platform.internal.user.UserService;

/** JSON shapes of the platform API. */
final class Dto {
    private Dto() {
    }

    record LoginRequest(String courtId, String username, String password) {
    }

    record LoginResponse(String token, String expiresAt, UserView user) {
    }

    record CapabilitySwitchRequest(Boolean enabled, Boolean override, String reason) {
    }

    record CourtView(String id, String nameZh, String nameEn, String level, String parentId, String region, String regionEn,
                     String computerization, boolean active, String sourceFile, List<CapabilityState> capabilities) {
        static CourtView of(CourtEntity c, Map<String, CourtCapabilityEntity> switches) {
            List<CapabilityState> caps = switches == null ? null : switches.values().stream()
                    .map(s -> new CapabilityState(s.capabilityId, s.enabled, s.levelOverride, s.changedBy, Micros.iso(s.changedMicros)))
                    .collect(Collectors.toList());
            return new CourtView(c.id, c.nameZh, c.nameEn, c.level, c.parentId, c.region, c.regionEn, c.computerization,
                    c.active, c.sourceFile, caps);
        }
    }

    record CapabilityState(String id, boolean enabled, boolean levelOverride, String changedBy, String changedAt) {
    }

    record CapabilityView(String id, String nameZh, String nameEn, String minimumLevel, Boolean enabledForMyCourt) {
        static CapabilityView of(Capability c, Boolean enabled) {
            return new CapabilityView(c.id(), c.nameZh(), c.nameEn(), c.minimumLevel().token(), enabled);
        }
    }

    record UserView(long id, String courtId, String username, String displayName, List<String> roles, boolean active,
                    String createdAt) {
        static UserView of(UserEntity u) {
            return new UserView(u.id, u.courtId, u.username, u.displayName,
                    UserService.roles(u).stream().map(Role::token).collect(Collectors.toList()), u.active, Micros.iso(u.createdMicros));
        }
    }

    record AuditEntryView(String courtId, long seq, String at, String actor, String action, String target, String requestId,
                          String detail, String prevHash, String hash) {
        static AuditEntryView of(AuditEntryEntity e) {
            return new AuditEntryView(e.courtId, e.seq, Micros.iso(e.atMicros), e.actor, e.action, e.target, e.requestId,
                    e.detail, e.prevHash, e.hash);
        }
    }
}
