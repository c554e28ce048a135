package org.cep.crossenforcement.internal;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** Art. 237 at the higher court (applications, decisions), and the orders it sends to the original court. */
@Path("/cross-enforcement")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApplicationsResource {
    private final Applications applications;
    private final Transfers transfers;

    ApplicationsResource(Applications applications, Transfers transfers) {
        this.applications = applications;
        this.transfers = transfers;
    }

    @POST
    @Path("applications")
    @RolesAllowed({"clerk", "supervisor"})
    @Operation(operationId = "enterApplication", summary = "登记第二百三十七条申请 / Enter an art. 237 application")
    @ApiResponse(responseCode = "201", description = "已登记 / entered", content = @Content(schema = @Schema(implementation = Applications.ApplicationView.class)))
    @ApiResponse(responseCode = "404", description = "未找到法院或案件 / no such court or case")
    public Response enter(Applications.ApplicationInput body) {
        Applications.ApplicationView a = applications.enter(body);
        return Response.status(201).header(HttpHeaders.LOCATION, "/api/v1/cross-enforcement/applications/" + a.id()).entity(a).build();
    }

    @GET
    @Path("applications")
    @RolesAllowed({"clerk", "supervisor", "enforcement-officer"})
    @Operation(operationId = "listApplications", summary = "本院收到的申请 / Applications your court received")
    public List<Applications.ApplicationView> list(@QueryParam("overdue") boolean overdue) {
        return applications.list(overdue);
    }

    @GET
    @Path("applications/{id}")
    @RolesAllowed({"clerk", "supervisor", "enforcement-officer"})
    @Operation(operationId = "getApplication", summary = "一项申请 / An application")
    public Applications.ApplicationView get(@PathParam("id") long id) {
        return applications.get(id);
    }

    /** Only the higher court's supervisors decide. */
    @POST
    @Path("applications/{id}/decision")
    @RolesAllowed("supervisor")
    @Operation(operationId = "decideApplication", summary = "对申请作出决定 / Decide an application")
    @ApiResponse(responseCode = "409", description = "冲突：状态不允许或已处理 / conflict: not allowed in this state, or already done")
    public Applications.ApplicationView decide(@PathParam("id") long id, Applications.DecisionInput body) {
        return applications.decide(id, body);
    }

    @GET
    @Path("orders")
    @RolesAllowed({"enforcement-officer", "clerk", "supervisor"})
    @Operation(operationId = "listOrders", summary = "上级法院的决定 / Orders from higher courts")
    public List<Applications.OrderView> orders(@QueryParam("overdue") boolean overdue) {
        return applications.orders(overdue);
    }

    @POST
    @Path("orders/{id}/done")
    @RolesAllowed("enforcement-officer")
    @Operation(operationId = "reportOrderDone", summary = "报告决定已办结 / Report an order done")
    @ApiResponse(responseCode = "409", description = "冲突：状态不允许或已处理 / conflict: not allowed in this state, or already done")
    public Applications.OrderView done(@PathParam("id") long id, Applications.DoneInput body) {
        return applications.done(id, body == null ? null : body.note());
    }

    @POST
    @Path("orders/{id}/transfer")
    @RolesAllowed("enforcement-officer")
    @Operation(operationId = "sendCasePackage", summary = "移送案件材料 / Send the case package")
    @ApiResponse(responseCode = "409", description = "冲突：状态不允许或已处理 / conflict: not allowed in this state, or already done")
    public Transfers.TransferView send(@PathParam("id") long id) {
        return transfers.send(id);
    }

    @GET
    @Path("transfers")
    @RolesAllowed({"enforcement-officer", "clerk", "supervisor"})
    @Operation(operationId = "listOutgoingTransfers", summary = "本院移出的案件 / Packages your court sent")
    public List<Transfers.TransferView> outgoing() {
        return transfers.outgoing();
    }

    @GET
    @Path("incoming")
    @RolesAllowed({"enforcement-officer", "clerk"})
    @Operation(operationId = "listIncomingTransfers", summary = "移送给本院的案件 / Packages sent to your court")
    public List<Transfers.IncomingView> incoming() {
        return transfers.incoming();
    }

    @POST
    @Path("incoming/{grantId}/open")
    @RolesAllowed({"enforcement-officer", "clerk"})
    @Operation(operationId = "openIncomingPackage", summary = "打开移送材料（送达回执） / Open a package (delivery receipt)")
    @ApiResponse(responseCode = "409", description = "冲突：状态不允许或已处理 / conflict: not allowed in this state, or already done")
    public Transfers.IncomingView open(@PathParam("grantId") long grantId) {
        return transfers.open(grantId);
    }

    @POST
    @Path("incoming/{grantId}/accept")
    @RolesAllowed("enforcement-officer")
    @Operation(operationId = "acceptIncomingPackage", summary = "接收案件并立案 / Accept a package as a new case")
    @ApiResponse(responseCode = "409", description = "冲突：状态不允许或已处理 / conflict: not allowed in this state, or already done")
    public Transfers.Accepted accept(@PathParam("grantId") long grantId, Transfers.AcceptInput body) {
        return transfers.accept(grantId, body);
    }

    @POST
    @Path("incoming/{grantId}/reject")
    @RolesAllowed("enforcement-officer")
    @Operation(operationId = "rejectIncomingPackage", summary = "退回移送 / Reject a package")
    @ApiResponse(responseCode = "409", description = "冲突：状态不允许或已处理 / conflict: not allowed in this state, or already done")
    public Transfers.IncomingView reject(@PathParam("grantId") long grantId, Transfers.RejectInput body) {
        return transfers.reject(grantId, body);
    }
}
