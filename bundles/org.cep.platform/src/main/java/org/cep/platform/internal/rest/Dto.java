package org.cep.platform.internal.rest;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

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

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/** JSON shapes of the platform API. */
final class Dto {
    private Dto() {
    }

    record LoginRequest(@Schema(requiredMode = REQUIRED, minLength = 1, description = "法院编号 / the court's id, e.g. hlj-high") String courtId,
                        @Schema(requiredMode = REQUIRED, minLength = 1) String username,
                        @Schema(requiredMode = REQUIRED, minLength = 1, format = "password") String password) {
    }

    record LoginResponse(@Schema(requiredMode = REQUIRED) String token, @Schema(requiredMode = REQUIRED, format = "date-time") String expiresAt,
                         @Schema(requiredMode = REQUIRED) UserView user) {
    }

    record CapabilitySwitchRequest(@Schema(requiredMode = REQUIRED) Boolean enabled,
                                   @Schema(description = "低于最低信息化水平仍开通（仅省级管理员） / switch on below the minimum level (provincial IT only)") Boolean override,
                                   @Schema(description = "记入审计日志 / recorded in the audit log") String reason) {
    }

    record Liveness(@Schema(requiredMode = REQUIRED, allowableValues = {"UP"}) String status) {
    }

    record Health(@Schema(requiredMode = REQUIRED, allowableValues = {"UP", "DOWN"}) String status,
                  @Schema(requiredMode = REQUIRED) DatabaseHealth database,
                  @Schema(description = "启动完成：本节点的全部功能已安装 / start finished: every capability of this node is installed") boolean started) {
    }

    record DatabaseHealth(@Schema(requiredMode = REQUIRED, allowableValues = {"UP", "DOWN"}) String status, long latencyMs) {
    }

    record CourtView(@Schema(requiredMode = REQUIRED) String id, @Schema(requiredMode = REQUIRED) String nameZh,
                     @Schema(requiredMode = REQUIRED) String nameEn, @Schema(requiredMode = REQUIRED) String level, String parentId,
                     @Schema(requiredMode = REQUIRED) String region, String regionEn,
                     @Schema(requiredMode = REQUIRED, allowableValues = {"basic", "standard", "advanced"}) String computerization,
                     boolean active, String sourceFile,
                     @Schema(description = "仅单个法院的查询返回 / only when one court is asked for") List<CapabilityState> capabilities) {
        static CourtView of(CourtEntity c, Map<String, CourtCapabilityEntity> switches) {
            List<CapabilityState> caps = switches == null ? null : switches.values().stream()
                    .map(s -> new CapabilityState(s.capabilityId, s.enabled, s.levelOverride, s.changedBy, Micros.iso(s.changedMicros)))
                    .collect(Collectors.toList());
            return new CourtView(c.id, c.nameZh, c.nameEn, c.level, c.parentId, c.region, c.regionEn, c.computerization,
                    c.active, c.sourceFile, caps);
        }
    }

    /** One row of the province's matrix: a court and the capabilities it has on (always-on ones included). */
    record MatrixRow(@Schema(requiredMode = REQUIRED) String courtId, @Schema(requiredMode = REQUIRED) String nameZh,
                     @Schema(requiredMode = REQUIRED) String nameEn, @Schema(requiredMode = REQUIRED) String level, String parentId,
                     @Schema(requiredMode = REQUIRED, allowableValues = {"basic", "standard", "advanced"}) String computerization,
                     boolean active, @Schema(requiredMode = REQUIRED) List<String> enabled) {
    }

    /** The installed capabilities (with the caller's court's state) and, for every court, which of them it has on. */
    record CapabilityMatrix(@Schema(requiredMode = REQUIRED) List<CapabilityView> capabilities, @Schema(requiredMode = REQUIRED) List<MatrixRow> courts) {
    }

    record CapabilityState(@Schema(requiredMode = REQUIRED) String id, boolean enabled, boolean levelOverride, String changedBy,
                           @Schema(format = "date-time") String changedAt) {
    }

    record CapabilityView(@Schema(requiredMode = REQUIRED) String id, @Schema(requiredMode = REQUIRED) String nameZh,
                          @Schema(requiredMode = REQUIRED) String nameEn,
                          @Schema(requiredMode = REQUIRED, allowableValues = {"basic", "standard", "advanced"}) String minimumLevel,
                          @Schema(requiredMode = REQUIRED) Boolean enabledForMyCourt) {
        static CapabilityView of(Capability c, Boolean enabled) {
            return new CapabilityView(c.id(), c.nameZh(), c.nameEn(), c.minimumLevel().token(), enabled);
        }
    }

    record UserView(long id, @Schema(requiredMode = REQUIRED) String courtId, @Schema(requiredMode = REQUIRED) String username,
                    @Schema(requiredMode = REQUIRED) String displayName,
                    @ArraySchema(schema = @Schema(allowableValues = {"provincial-admin", "court-admin", "enforcement-officer", "enforcement-judge", "clerk", "supervisor",
                            "trainer", "trial-judge"}), arraySchema = @Schema(requiredMode = REQUIRED)) List<String> roles,
                    boolean active, @Schema(requiredMode = REQUIRED, format = "date-time") String createdAt) {
        static UserView of(UserEntity u) {
            return new UserView(u.id, u.courtId, u.username, u.displayName,
                    UserService.roles(u).stream().map(Role::token).collect(Collectors.toList()), u.active, Micros.iso(u.createdMicros));
        }
    }

    record AuditEntryView(@Schema(requiredMode = REQUIRED) String courtId, long seq, @Schema(requiredMode = REQUIRED, format = "date-time") String at,
                          @Schema(requiredMode = REQUIRED) String actor, @Schema(requiredMode = REQUIRED) String action, String target,
                          String requestId, String detail, @Schema(requiredMode = REQUIRED) String prevHash,
                          @Schema(requiredMode = REQUIRED) String hash) {
        static AuditEntryView of(AuditEntryEntity e) {
            return new AuditEntryView(e.courtId, e.seq, Micros.iso(e.atMicros), e.actor, e.action, e.target, e.requestId,
                    e.detail, e.prevHash, e.hash);
        }
    }
}
