package org.cep.crossenforcement.internal;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** The higher court's supervision of cross-enforcement: KPIs side by side, the reverse check, spot checks. */
@Path("/cross-enforcement/supervision")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("supervisor")
public class SupervisionResource {
    private final Supervision supervision;

    SupervisionResource(Supervision supervision) {
        this.supervision = supervision;
    }

    @GET
    @Path("kpis")
    @Operation(operationId = "getCrossEnforcementKpis", summary = "交叉执行案件指标与原执行法院对比 / KPIs beside the original court's")
    public Supervision.KpiView kpis() {
        return supervision.kpis();
    }

    @GET
    @Path("reverse-check")
    @Operation(operationId = "getReverseCheck", summary = "反向倒查 / The reverse check")
    public List<Supervision.Comparison> reverseCheck() {
        return supervision.reverseCheck();
    }

    @POST
    @Path("spot-checks")
    @Operation(operationId = "drawSpotCheck", summary = "随机抽查 / Draw a spot check")
    @ApiResponse(responseCode = "201", description = "已抽取 / drawn", content = @Content(schema = @Schema(implementation = Supervision.SpotCheckView.class)))
    @ApiResponse(responseCode = "409", description = "尚无可抽查的申请 / nothing to check")
    public Response draw(Supervision.SpotCheckInput body) {
        return Response.status(201).entity(supervision.createSpotCheck(body)).build();
    }

    @GET
    @Path("spot-checks/{id}")
    @Operation(operationId = "getSpotCheck", summary = "一次抽查 / A spot check")
    public Supervision.SpotCheckView get(@PathParam("id") long id) {
        return supervision.spotCheck(id);
    }

    @POST
    @Path("spot-checks/{id}/items/{itemId}")
    @Operation(operationId = "recordSpotFinding", summary = "记录抽查结论 / Record a finding")
    public Supervision.SpotCheckView finding(@PathParam("id") long id, @PathParam("itemId") long itemId, Supervision.FindingInput body) {
        return supervision.recordFinding(id, itemId, body);
    }
}
