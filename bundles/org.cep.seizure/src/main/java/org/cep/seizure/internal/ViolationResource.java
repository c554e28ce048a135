package org.cep.seizure.internal;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** A violation dealt with: explained, the count adjusted, the consequence decided by the judge, resolved. */
@Path("/live-seizure/seizures/{id}/violations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ViolationResource {
    private final ViolationService violations;

    ViolationResource(ViolationService violations) {
        this.violations = violations;
    }

    @GET
    @RolesAllowed({"enforcement-officer", "enforcement-judge", "clerk", "supervisor"})
    @Operation(operationId = "listViolations", summary = "查封的违规及处理 / Violations of a seizure and how they were dealt with")
    public List<Views.ViolationView> list(@PathParam("id") long id) {
        return violations.list(id);
    }

    @POST
    @Path("{violationId}/explanation")
    @RolesAllowed({"enforcement-officer", "clerk"})
    @Operation(operationId = "explainViolation", summary = "记录短少的情况说明（死亡、擅自出售、无法说明） / Record the explanation of the shortfall (died, sold without leave, not explained)")
    @ApiResponse(responseCode = "409", description = "该违规已处理完毕 / the violation is already resolved")
    public Views.ViolationView explain(@PathParam("id") long id, @PathParam("violationId") long violationId, Views.Explanation body) {
        return violations.explain(id, violationId, body);
    }

    @POST
    @Path("{violationId}/adjustment")
    @RolesAllowed("enforcement-officer")
    @Operation(operationId = "adjustViolationCount", summary = "核减应在数量（附理由与证据） / Adjust the expected count, with a reason and evidence")
    @ApiResponse(responseCode = "409", description = "该违规已处理完毕 / the violation is already resolved")
    public Views.ViolationView adjust(@PathParam("id") long id, @PathParam("violationId") long violationId, Views.Adjustment body) {
        return violations.adjust(id, violationId, body);
    }

    @POST
    @Path("{violationId}/consequence")
    @RolesAllowed("enforcement-judge")
    @Operation(operationId = "decideViolationConsequence", summary = "执行法官决定处理：警告或妨害执行处罚 / The enforcement judge decides: a warning or a sanction for obstruction")
    @ApiResponse(responseCode = "409", description = "已处理完毕，或记录说明/核减者不能决定（FOUR_EYES） / already resolved, or whoever recorded the explanation or adjustment cannot decide (FOUR_EYES)")
    public Views.ViolationView decide(@PathParam("id") long id, @PathParam("violationId") long violationId, Views.Consequence body) {
        return violations.decide(id, violationId, body);
    }

    @POST
    @Path("{violationId}/resolution")
    @RolesAllowed("enforcement-judge")
    @Operation(operationId = "resolveViolation", summary = "违规处理完毕，查封继续 / Resolve the violation: the seizure goes on with what is left")
    @ApiResponse(responseCode = "409", description = "尚缺说明、核减或处理决定，或已处理完毕 / explanation, adjustment or decision missing, or already resolved")
    public Views.ViolationView resolve(@PathParam("id") long id, @PathParam("violationId") long violationId, Views.Resolution body) {
        return violations.resolve(id, violationId, body);
    }
}
