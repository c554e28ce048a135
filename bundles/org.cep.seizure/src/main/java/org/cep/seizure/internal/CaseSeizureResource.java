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
    private final LedgerService ledger;

    CaseSeizureResource(SeizureService seizures, LedgerService ledger) {
        this.seizures = seizures;
        this.ledger = ledger;
    }

    @GET
    @Path("seizures")
    @RolesAllowed({"enforcement-officer", "enforcement-judge", "clerk", "supervisor"})
    @Operation(operationId = "listCaseSeizures", summary = "案件的查封（最新在前） / Seizures of a case, newest first")
    public List<Views.SeizureView> caseSeizures(@PathParam("caseId") long caseId) {
        return seizures.caseSeizures(caseId);
    }

    @GET
    @Path("money")
    @RolesAllowed({"enforcement-officer", "enforcement-judge", "clerk", "supervisor"})
    @Operation(operationId = "getCaseMoney", summary = "全案执行款：到账、支付、尚欠 / The case's money over all its seizures: received, paid, still owed")
    public Views.CaseMoney money(@PathParam("caseId") long caseId) {
        return ledger.caseMoney(caseId);
    }

    @POST
    @Path("close")
    @RolesAllowed("enforcement-officer")
    @Operation(operationId = "closeCaseWithSeizures", summary = "结案：解除或列出仍在押的查封 / Close the case: release or list the seizures still in force",
            description = "inForce=RELEASE 解除全部在押与轮候查封后结案；inForce=LIST 有在押查封时不结案，列出它们。"
                    + " RELEASE releases every seizure still in force or waiting, then closes; LIST leaves the case open and lists them when there are any.")
    @ApiResponse(responseCode = "409", description = "案件已结案，或某项查封当前不能解除 / the case is closed, or a seizure cannot be released now")
    public Views.CaseClosed close(@PathParam("caseId") long caseId, Views.CaseClose body) {
        return seizures.closeCase(caseId, body);
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
    @RolesAllowed({"enforcement-officer", "enforcement-judge", "clerk", "supervisor"})
    @Operation(operationId = "listLots", summary = "案件的财产批次 / Lots of a case")
    public List<Views.LotView> lots(@PathParam("caseId") long caseId) {
        return seizures.lots(caseId);
    }

    /** Preview: nothing is written. */
    @POST
    @Path("seizure-assessment")
    @RolesAllowed({"enforcement-officer", "enforcement-judge", "clerk", "supervisor"})
    @Operation(operationId = "assessSeizure", summary = "查封限额测算（预览，不保存） / Seizure-limit check (preview, nothing is saved)")
    public Views.AssessmentView assess(@PathParam("caseId") long caseId, Views.SeizureRequest body) {
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
    @ApiResponse(responseCode = "409", description = "提示未确认、单位已被查封（可轮候），或案件已结案 / warnings not confirmed, units already seized (a waiting seizure is possible), or the case is closed")
    public Response propose(@PathParam("caseId") long caseId, Views.SeizureRequest body) {
        return Response.status(201).entity(seizures.propose(caseId, body)).build();
    }
}
