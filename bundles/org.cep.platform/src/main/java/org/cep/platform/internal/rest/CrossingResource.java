package org.cep.platform.internal.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.cep.platform.api.CourtContext;
import org.cep.platform.api.CrossingPurpose;
import org.cep.platform.api.Crossings;
import org.cep.platform.api.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** The grants that open a court's data to another court: seen by the courts involved, revoked by the one that gave them. */
@Path("/crossings")
@Produces(MediaType.APPLICATION_JSON)
public class CrossingResource {
    public record RevokeRequest(String reason) {
    }

    public record DecisionRequest(Boolean approve, String reason) {
    }

    /** What a court asks another for: e.g. {"purpose":"FILE_ACCESS","ownerCourtId":"hlj-saertu","scope":"case:42",...}. */
    public record GrantRequest(String purpose, String ownerCourtId, String scope, String validUntil, String note) {
    }

    private final Crossings crossings;

    CrossingResource(Crossings crossings) {
        this.crossings = crossings;
    }

    @GET
    @Path("grants")
    @RolesAllowed({"court-admin", "enforcement-officer", "clerk", "supervisor"})
    @Operation(operationId = "listGrants", summary = "本院相关的跨院授权 / Grants that concern your court")
    public List<Crossings.Grant> grants() {
        return crossings.grants();
    }

    @GET
    @Path("grants/{grantId}")
    @RolesAllowed({"court-admin", "enforcement-officer", "clerk", "supervisor"})
    @Operation(operationId = "getGrant", summary = "一项跨院授权 / A grant")
    public Crossings.Grant grant(@PathParam("grantId") long grantId) {
        return crossings.grant(grantId);
    }

    @POST
    @Path("grant-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"enforcement-officer", "clerk"})
    @Operation(operationId = "requestGrant", summary = "申请跨院授权（如调卷） / Ask another court for a grant (e.g. file access)")
    @ApiResponse(responseCode = "201", description = "已申请，待对方法院审批 / asked; awaiting the owning court", content = @Content(schema = @Schema(implementation = Crossings.Grant.class)))
    @ApiResponse(responseCode = "404", description = "未找到法院 / no such court")
    public Response request(GrantRequest body) {
        if (body == null || body.purpose() == null) throw ProblemException.required("purpose");
        CrossingPurpose purpose;
        try {
            purpose = CrossingPurpose.valueOf(body.purpose());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField("INVALID_PURPOSE", "purpose", "未知的用途：" + body.purpose(), "unknown purpose: " + body.purpose());
        }
        if (body.validUntil() == null) throw ProblemException.required("validUntil");
        Instant until;
        try {
            until = Instant.parse(body.validUntil());
        } catch (DateTimeParseException e) {
            throw ProblemException.badField("INVALID_VALIDITY", "validUntil", "时间格式须为 ISO-8601（UTC），如 2026-12-31T00:00:00Z",
                    "validUntil must be an ISO-8601 instant such as 2026-12-31T00:00:00Z");
        }
        Crossings.Grant g = crossings.request(new Crossings.NewGrant(purpose, body.ownerCourtId(),
                CourtContext.current().courtId(), body.scope(), until, body.note()));
        return Response.status(201).header(HttpHeaders.LOCATION, "/api/v1/crossings/grants/" + g.id()).entity(g).build();
    }

    @POST
    @Path("grants/{grantId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"court-admin", "enforcement-officer"})
    @Operation(operationId = "decideGrant", summary = "审批授权申请 / Approve or deny a grant request")
    @ApiResponse(responseCode = "409", description = "冲突：状态不允许或已处理 / conflict: not allowed in this state, or already done")
    public Crossings.Grant decide(@PathParam("grantId") long grantId, DecisionRequest body) {
        if (body == null || body.approve() == null) throw ProblemException.required("approve");
        return crossings.decide(grantId, body.approve(), body.reason());
    }

    @POST
    @Path("grants/{grantId}/revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"court-admin", "enforcement-officer", "supervisor"})
    @Operation(operationId = "revokeGrant", summary = "撤销授权 / Revoke a grant")
    @ApiResponse(responseCode = "409", description = "冲突：状态不允许或已处理 / conflict: not allowed in this state, or already done")
    public Crossings.Grant revoke(@PathParam("grantId") long grantId, RevokeRequest body) {
        if (body == null) throw ProblemException.required("reason");
        return crossings.revoke(grantId, body.reason());
    }
}
