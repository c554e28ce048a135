package org.cep.platform.internal.rest;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.cep.platform.api.CourtContext;
import org.cep.platform.api.CourtDirectory;
import org.cep.platform.api.Micros;
import org.cep.platform.api.ProblemException;
import org.cep.platform.api.Role;
import org.cep.platform.internal.capability.CapabilityRegistry;
import org.cep.platform.internal.persistence.CourtCapabilityEntity;
import org.cep.platform.internal.tenant.CourtService;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** The province's court directory (public within the province) and the capability switches. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class CourtResource {
    private final CourtService courts;
    private final CapabilityRegistry capabilities;

    CourtResource(CourtService courts, CapabilityRegistry capabilities) {
        this.courts = courts;
        this.capabilities = capabilities;
    }

    @GET
    @Path("courts")
    @RolesAllowed({"provincial-admin", "court-admin", "enforcement-officer", "enforcement-judge", "clerk", "supervisor", "trainer", "trial-judge"})
    @Operation(operationId = "listCourts", summary = "全省法院目录 / The province's courts")
    public List<Dto.CourtView> list() {
        return courts.list().stream().map(c -> Dto.CourtView.of(c, null)).collect(Collectors.toList());
    }

    @GET
    @Path("courts/{courtId}")
    @RolesAllowed({"provincial-admin", "court-admin", "enforcement-officer", "enforcement-judge", "clerk", "supervisor", "trainer", "trial-judge"})
    @Operation(operationId = "getCourt", summary = "法院及其功能开关 / A court with its capability switches")
    public Dto.CourtView get(@PathParam("courtId") String courtId) {
        return Dto.CourtView.of(courts.require(courtId), courts.switches(courtId));
    }

    /** Where a court stands: its parent, its direct children and every court below it (its jurisdiction). */
    public record Hierarchy(CourtDirectory.Court court, CourtDirectory.Court parent, List<CourtDirectory.Court> children,
                            List<CourtDirectory.Court> jurisdiction) {
    }

    @GET
    @Path("courts/{courtId}/hierarchy")
    @RolesAllowed({"provincial-admin", "court-admin", "enforcement-officer", "enforcement-judge", "clerk", "supervisor", "trainer", "trial-judge"})
    @Operation(operationId = "getCourtHierarchy", summary = "法院层级：上级、下级与辖区 / A court's parent, children and jurisdiction")
    public Hierarchy hierarchy(@PathParam("courtId") String courtId) {
        CourtDirectory.Court court = courts.court(courtId).orElseThrow(() -> ProblemException.courtNotFound(courtId, "courtId"));
        CourtDirectory.Court parent = court.parentId() == null ? null : courts.court(court.parentId()).orElse(null);
        return new Hierarchy(court, parent, courts.children(courtId), courts.jurisdiction(courtId));
    }

    /** Capabilities installed in this container, and whether the caller's court has each switched on. */
    @GET
    @Path("capabilities")
    @RolesAllowed({"provincial-admin", "court-admin", "enforcement-officer", "enforcement-judge", "clerk", "supervisor", "trainer", "trial-judge"})
    @Operation(operationId = "listCapabilities", summary = "已安装的功能模块及本院开通情况 / Installed capabilities, and which the court has on")
    public List<Dto.CapabilityView> installed() {
        Map<String, CourtCapabilityEntity> mine = courts.switches(CourtContext.current().courtId());
        return capabilities.all().stream()
                .map(c -> Dto.CapabilityView.of(c, c.alwaysOn() || (mine.containsKey(c.id()) && mine.get(c.id()).enabled)))
                .collect(Collectors.toList());
    }

    @GET
    @Path("capabilities/matrix")
    @RolesAllowed({"provincial-admin", "supervisor"})
    @Operation(operationId = "getCapabilityMatrix", summary = "全省法院功能开通矩阵 / Which capabilities every court of the province has on")
    public Dto.CapabilityMatrix matrix() {
        Map<String, Map<String, CourtCapabilityEntity>> all = courts.allSwitches();
        java.util.Collection<org.cep.platform.api.Capability> installed = capabilities.all();
        List<Dto.MatrixRow> rows = courts.list().stream().map(c -> {
            Map<String, CourtCapabilityEntity> mine = all.getOrDefault(c.id, Map.of());
            List<String> on = installed.stream().filter(cap -> cap.alwaysOn() || (mine.containsKey(cap.id()) && mine.get(cap.id()).enabled))
                    .map(org.cep.platform.api.Capability::id).collect(Collectors.toList());
            return new Dto.MatrixRow(c.id, c.nameZh, c.nameEn, c.level, c.parentId, c.computerization, c.active, on);
        }).collect(Collectors.toList());
        Map<String, CourtCapabilityEntity> callers = all.getOrDefault(CourtContext.current().courtId(), Map.of());
        return new Dto.CapabilityMatrix(installed.stream().map(cap -> Dto.CapabilityView.of(cap,
                cap.alwaysOn() || (callers.containsKey(cap.id()) && callers.get(cap.id()).enabled))).collect(Collectors.toList()), rows);
    }

    /**
     * A court admin switches capabilities of their own court; provincial IT switches any court's
     * and alone may override the minimum computerization level.
     */
    @PUT
    @Path("courts/{courtId}/capabilities/{capabilityId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"provincial-admin", "court-admin"})
    @Operation(operationId = "switchCapability", summary = "开通或关闭功能模块 / Switch a capability on or off",
            description = "法院管理员只能管理本院；只有省级管理员可以越级开通（override）。"
                    + " A court admin switches their own court only; only provincial IT may override the minimum level.")
    @ApiResponse(responseCode = "409", description = "法院信息化水平低于该功能要求（省级管理员可 override） / the court's computerization level is below the capability's minimum (provincial IT may override)")
    public Dto.CapabilityState set(@PathParam("courtId") String courtId, @PathParam("capabilityId") String capabilityId,
                                   Dto.CapabilitySwitchRequest body) {
        CourtContext ctx = CourtContext.current();
        boolean provincial = ctx.has(Role.PROVINCIAL_ADMIN);
        if (!provincial && !ctx.courtId().equals(courtId)) {
            throw new ProblemException(403, "OTHER_COURT", "只能管理本院的功能开关", "you can only switch capabilities of your own court");
        }
        if (body == null || body.enabled() == null) {
            throw ProblemException.required("enabled");
        }
        boolean override = Boolean.TRUE.equals(body.override());
        if (override && !provincial) {
            throw new ProblemException(403, "OVERRIDE_NOT_ALLOWED", "只有省级管理员可以越级开通功能",
                    "only provincial IT may override the minimum level", "override");
        }
        CourtCapabilityEntity s = courts.setCapability(courtId, capabilityId, body.enabled(), override, body.reason(),
                ctx.actor(), ctx.requestId());
        return new Dto.CapabilityState(s.capabilityId, s.enabled, s.levelOverride, s.changedBy,
                Micros.iso(s.changedMicros));
    }
}
