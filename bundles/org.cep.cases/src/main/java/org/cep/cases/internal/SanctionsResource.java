package org.cep.cases.internal;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.cep.cases.sanctions.LiftReason;
import org.cep.cases.sanctions.SanctionLimits;
import org.cep.cases.sanctions.SanctionService;
import org.cep.cases.sanctions.SanctionView;
import org.cep.platform.api.ProblemException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** A sanction's lifecycle (decided by the enforcement judge only) and a respondent's history with the ladder's advice. */
@Path("/sanctions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SanctionsResource {
    @Schema(name = "SanctionDecisionRequest")
    public record DecisionRequest(@Schema(description = "true 决定，false 不予决定 / approve or reject") Boolean approve,
                                  @Schema(description = "决定书文号 / number of the decision document") String decisionDocument,
                                  @Schema(description = "说明（不予决定时必填） / note; required to reject") String note,
                                  @Schema(description = "读到的版本 / the version read") Long version) {
    }

    public record VersionRequest(@Schema(description = "读到的版本 / the version read") Long version) {
    }

    public record LiftRequest(@Schema(description = "PERFORMED, TERM_ENDED, ERROR") String reason, String note,
                              @Schema(description = "读到的版本 / the version read") Long version) {
    }

    private final SanctionService sanctions;

    SanctionsResource(SanctionService sanctions) {
        this.sanctions = sanctions;
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"enforcement-officer", "enforcement-judge", "clerk"})
    @Operation(operationId = "getSanction", summary = "一项制裁措施 / A sanction")
    public SanctionView get(@PathParam("id") long id) {
        return sanctions.get(id);
    }

    @POST
    @Path("{id}/decision")
    @RolesAllowed("enforcement-judge")
    @Operation(operationId = "decideSanction", summary = "执行法官决定或不予决定 / The enforcement judge decides or rejects")
    @ApiResponse(responseCode = "409", description = "状态不允许、版本已变或提请人自行决定 / wrong state, stale version or the proposer deciding")
    public SanctionView decide(@PathParam("id") long id, DecisionRequest body) {
        if (body == null || body.approve() == null) throw ProblemException.required("approve");
        return sanctions.decide(id, body.approve(), body.decisionDocument(), body.note(), version(body.version()));
    }

    @POST
    @Path("{id}/execution")
    @RolesAllowed({"enforcement-officer", "enforcement-judge"})
    @Operation(operationId = "executeSanction", summary = "执行已决定的措施（失信名单即发布） / Carry out a decided sanction (publishes a blacklist entry)")
    @ApiResponse(responseCode = "409", description = "尚未决定或已执行、版本已变 / not decided, already carried out, or a stale version")
    public SanctionView execute(@PathParam("id") long id, VersionRequest body) {
        return sanctions.execute(id, version(body == null ? null : body.version()));
    }

    @POST
    @Path("{id}/lifting")
    @RolesAllowed("enforcement-judge")
    @Operation(operationId = "liftSanction", summary = "解除措施（失信名单即删除） / Lift a sanction (removes a blacklist entry)")
    @ApiResponse(responseCode = "409", description = "不在执行中、期限未届满或版本已变 / not in force, the term not ended, or a stale version")
    public SanctionView lift(@PathParam("id") long id, LiftRequest body) {
        if (body == null) throw ProblemException.required("reason");
        return sanctions.lift(id, SanctionServiceImpl.oneOf(LiftReason.class, body.reason(), "reason"), body.note(), version(body.version()));
    }

    @GET
    @Path("history")
    @RolesAllowed({"enforcement-officer", "enforcement-judge", "clerk"})
    @Operation(operationId = "respondentSanctionHistory", summary = "被执行人在本院各案的制裁记录及下一步建议 / A respondent's sanctions across the court's cases, with the next step")
    public SanctionService.History history(@QueryParam("respondent") String respondent) {
        return sanctions.history(respondent);
    }

    @GET
    @Path("limits")
    @RolesAllowed({"enforcement-officer", "enforcement-judge", "clerk"})
    @Operation(operationId = "sanctionLimits", summary = "制裁限额（配置） / The sanction limits in force")
    public SanctionLimits limits() {
        return sanctions.limits();
    }

    private static long version(Long v) {
        if (v == null) throw ProblemException.required("version");
        return v;
    }
}
