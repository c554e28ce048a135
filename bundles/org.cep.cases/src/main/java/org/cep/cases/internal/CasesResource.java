package org.cep.cases.internal;

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

import org.cep.cases.api.CaseService;
import org.cep.cases.api.CaseView;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

@Path("/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CasesResource {
    public record CloseRequest(@Schema(description = "结案理由，超过 500 字的部分不保存 / why; kept up to 500 characters") String reason) {
    }

    private final CaseService cases;

    CasesResource(CaseService cases) {
        this.cases = cases;
    }

    @GET
    @RolesAllowed({"enforcement-officer", "enforcement-judge", "clerk", "supervisor"})
    @Operation(operationId = "listCases", summary = "本院执行案件 / Enforcement cases of the court")
    public List<CaseView> list() {
        return cases.list();
    }

    @POST
    @RolesAllowed({"enforcement-officer", "clerk", "court-admin"})
    @Operation(operationId = "createCase", summary = "立案登记执行案件 / Register an enforcement case")
    @ApiResponse(responseCode = "201", description = "已登记 / registered", content = @Content(schema = @Schema(implementation = CaseView.class)))
    @ApiResponse(responseCode = "409", description = "本院已有此案号 / the court already has this case number")
    public Response create(CaseService.NewCase body) {
        return Response.status(201).entity(cases.create(body)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"enforcement-officer", "enforcement-judge", "clerk", "supervisor"})
    @Operation(operationId = "getCase", summary = "一件执行案件 / An enforcement case")
    public CaseView get(@PathParam("id") long id) {
        return cases.get(id);
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed("enforcement-officer")
    @Operation(operationId = "closeCase", summary = "结案 / Close a case")
    @ApiResponse(responseCode = "409", description = "案件已结案 / the case is already closed")
    public CaseView close(@PathParam("id") long id, CloseRequest body) {
        return cases.close(id, body == null ? null : body.reason());
    }
}
