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
import javax.ws.rs.core.Response;

import org.cep.seizure.domain.SeizureAssessment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** On site, per case: the debtor's assets as lots, the seizure-limit check, and the proposed seizure. */
@Path("/live-seizure/cases/{caseId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseSeizureResource {
    private final SeizureService seizures;

    CaseSeizureResource(SeizureService seizures) {
        this.seizures = seizures;
    }

    @POST
    @Path("lots")
    @RolesAllowed({"enforcement-officer", "clerk"})
    @Operation(operationId = "addLot", summary = "登记财产批次（现场清点） / Record a lot of the debtor's assets (on-site inventory)")
    @ApiResponse(responseCode = "201", description = "已登记 / recorded", content = @Content(schema = @Schema(implementation = Views.LotView.class)))
    @ApiResponse(responseCode = "409", description = "案件已结案 / the case is closed")
    public Response addLot(@PathParam("caseId") long caseId, Views.NewLot body) {
        return Response.status(201).entity(seizures.addLot(caseId, body)).build();
    }

    @GET
    @Path("lots")
    @RolesAllowed({"enforcement-officer", "clerk", "supervisor"})
    @Operation(operationId = "listLots", summary = "案件的财产批次 / Lots of a case")
    public List<Views.LotView> lots(@PathParam("caseId") long caseId) {
        return seizures.lots(caseId);
    }

    /** Preview: nothing is written. */
    @POST
    @Path("seizure-assessment")
    @RolesAllowed({"enforcement-officer", "clerk", "supervisor"})
    @Operation(operationId = "assessSeizure", summary = "查封限额测算（预览，不保存） / Seizure-limit check (preview, nothing is saved)")
    public SeizureAssessment assess(@PathParam("caseId") long caseId, Views.SeizureRequest body) {
        return seizures.assess(caseId, body);
    }

    @POST
    @Path("seizures")
    @RolesAllowed("enforcement-officer")
    @Operation(operationId = "proposeSeizure", summary = "提出查封 / Propose a seizure",
            description = "超额查封或低于经营最低额的提示须以 confirmWarnings=true 并附理由确认。"
                    + " Warnings (over-seizure, below the operating minimum) must be confirmed with confirmWarnings=true and a reason.")
    @ApiResponse(responseCode = "201", description = "已提出，附测算 / proposed, with the assessment",
            content = @Content(schema = @Schema(implementation = Views.Created.class)))
    @ApiResponse(responseCode = "409", description = "提示未确认，或案件已结案 / warnings not confirmed, or the case is closed")
    public Response propose(@PathParam("caseId") long caseId, Views.SeizureRequest body) {
        return Response.status(201).entity(seizures.propose(caseId, body)).build();
    }
}
