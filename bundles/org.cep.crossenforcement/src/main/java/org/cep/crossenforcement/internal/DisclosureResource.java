package org.cep.crossenforcement.internal;

import java.util.List;

import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.cep.platform.api.PartyAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * Parties without an account (court id, case number and access code in the body, never in the URL), the
 * staff who give them codes, and the supervising court that answers their complaints.
 */
@Path("/cross-enforcement")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DisclosureResource {
    private final Disclosure disclosure;

    DisclosureResource(Disclosure disclosure) {
        this.disclosure = disclosure;
    }

    @POST
    @Path("cases/{caseId}/access-code")
    @RolesAllowed({"enforcement-officer", "clerk"})
    @Operation(operationId = "issuePartyAccessCode", summary = "为当事人生成查询码 / Give a party an access code")
    @ApiResponse(responseCode = "201", description = "查询码（仅显示一次） / the code, shown once", content = @Content(schema = @Schema(implementation = PartyAccess.Issued.class)))
    public Response issue(@PathParam("caseId") long caseId, Disclosure.CodeInput body) {
        PartyAccess.Issued issued = disclosure.issueCode(caseId, body);
        return Response.status(201).entity(issued).build();
    }

    @POST
    @Path("public/timeline")
    @PermitAll
    @Operation(operationId = "getPartyTimeline", summary = "当事人查询执行进程 / A party's view of the case",
            description = "无需登录：凭法院、案号与法院给的查询码；错误 5 次后锁定 / no login: court, case number and the access code the court gave; locked after 5 wrong codes")
    @ApiResponse(responseCode = "403", description = "法院、案号或查询码不正确 / wrong court, case number or code")
    @ApiResponse(responseCode = "429", description = "错误次数过多 / too many wrong codes")
    public Disclosure.Timeline timeline(Disclosure.PartyRequest body) {
        return disclosure.timeline(body);
    }

    @POST
    @Path("public/complaints")
    @PermitAll
    @Operation(operationId = "fileComplaint", summary = "当事人投诉 / A party's complaint",
            description = "无需登录：凭法院、案号与法院给的查询码；错误 5 次后锁定 / no login: court, case number and the access code the court gave; locked after 5 wrong codes")
    @ApiResponse(responseCode = "201", description = "已受理 / received", content = @Content(schema = @Schema(implementation = Disclosure.ComplaintView.class)))
    @ApiResponse(responseCode = "403", description = "法院、案号或查询码不正确 / wrong court, case number or code")
    @ApiResponse(responseCode = "409", description = "该法院没有上级法院 / no higher court")
    @ApiResponse(responseCode = "429", description = "错误次数过多 / too many wrong codes")
    public Response complain(Disclosure.ComplaintInput body) {
        return Response.status(201).entity(disclosure.complain(body)).build();
    }

    @GET
    @Path("complaints")
    @RolesAllowed("supervisor")
    @Operation(operationId = "listComplaints", summary = "本院受理的投诉 / Complaints to your court")
    public List<Disclosure.ComplaintView> complaints(@QueryParam("overdue") boolean overdue) {
        return disclosure.complaints(overdue);
    }

    @POST
    @Path("complaints/{id}/notes")
    @RolesAllowed("supervisor")
    @Operation(operationId = "addComplaintNote", summary = "记录调查情况 / Add an investigation note")
    public Disclosure.ComplaintView note(@PathParam("id") long id, Disclosure.ComplaintNote body) {
        return disclosure.note(id, body);
    }

    @POST
    @Path("complaints/{id}/answer")
    @RolesAllowed("supervisor")
    @Operation(operationId = "answerComplaint", summary = "答复投诉 / Answer a complaint")
    @ApiResponse(responseCode = "409", description = "冲突：状态不允许或已处理 / conflict: not allowed in this state, or already done")
    public Disclosure.ComplaintView answer(@PathParam("id") long id, Disclosure.ComplaintNote body) {
        return disclosure.answer(id, body);
    }
}
