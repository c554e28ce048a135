package org.cep.pairing.internal;

import java.util.List;

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

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** 结对帮扶: pairs, their activities, outcomes and help requests, the gap view, partner suggestions and shared training. */
@Path("/pairing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PairingResource {
    private final Pairs pairs;
    private final PairWork work;
    private final Insight insight;
    private final PairTraining training;

    PairingResource(Pairs pairs, PairWork work, Insight insight, PairTraining training) {
        this.pairs = pairs;
        this.work = work;
        this.insight = insight;
        this.training = training;
    }

    @POST
    @Path("pairs")
    @RolesAllowed({"provincial-admin", "court-admin"})
    @Operation(operationId = "createPair", summary = "建立结对（高级法院） / Pair a mentor court with a mentee court (high court)")
    @ApiResponse(responseCode = "201", description = "结对 / the pair", content = @Content(schema = @Schema(implementation = Views.PairView.class)))
    @ApiResponse(responseCode = "409", description = "同一受援法院同期已有相同目标的结对 / an overlapping pair for the same goal")
    @ApiResponse(responseCode = "404", description = "所指法院不存在 / a court named in the body does not exist")
    public Response create(Views.PairInput body) {
        return Response.status(201).entity(pairs.create(body)).build();
    }

    @GET
    @Path("pairs")
    @RolesAllowed({"provincial-admin", "court-admin", "supervisor", "enforcement-judge", "enforcement-officer", "trainer", "clerk"})
    @Operation(operationId = "listPairs", summary = "本院参与或建立的结对 / The pairs your court made or belongs to")
    public List<Views.PairSummary> list() {
        return pairs.list();
    }

    @GET
    @Path("pairs/{id}")
    @RolesAllowed({"provincial-admin", "court-admin", "supervisor", "enforcement-judge", "enforcement-officer", "trainer", "clerk"})
    @Operation(operationId = "getPair", summary = "结对详情 / A pair")
    @ApiResponse(responseCode = "409", description = "结对已结束：帮扶法院不能再读取 / the pair has ended: the mentor court no longer reads it")
    public Views.PairView get(@PathParam("id") long id) {
        return pairs.view(id);
    }

    @POST
    @Path("pairs/{id}/renew")
    @RolesAllowed({"provincial-admin", "court-admin"})
    @Operation(operationId = "renewPair", summary = "结对续期（高级法院） / Renew a pair (high court)")
    @ApiResponse(responseCode = "409", description = "结对已结束或期间重叠 / the pair has ended, or the longer period overlaps another pair")
    public Views.PairView renew(@PathParam("id") long id, Views.RenewInput body) {
        return pairs.renew(id, body);
    }

    @POST
    @Path("pairs/{id}/end")
    @RolesAllowed({"provincial-admin", "court-admin"})
    @Operation(operationId = "endPair", summary = "结束结对（高级法院） / End a pair (high court)")
    @ApiResponse(responseCode = "409", description = "结对已结束 / the pair has ended already")
    public Views.PairView end(@PathParam("id") long id, Views.EndInput body) {
        return pairs.end(id, body);
    }

    @POST
    @Path("pairs/{id}/activities")
    @RolesAllowed({"court-admin", "enforcement-judge", "trainer"})
    @Operation(operationId = "recordPairActivity", summary = "记录帮扶活动 / Record an activity of the pair")
    @ApiResponse(responseCode = "201", description = "活动 / the activity", content = @Content(schema = @Schema(implementation = Views.ActivityView.class)))
    @ApiResponse(responseCode = "409", description = "结对已结束 / the pair has ended")
    public Response addActivity(@PathParam("id") long id, Views.ActivityInput body) {
        return Response.status(201).entity(work.addActivity(id, body)).build();
    }

    @GET
    @Path("pairs/{id}/activities")
    @RolesAllowed({"provincial-admin", "court-admin", "supervisor", "enforcement-judge", "enforcement-officer", "trainer", "clerk"})
    @Operation(operationId = "listPairActivities", summary = "结对的帮扶活动 / The pair's activities")
    @ApiResponse(responseCode = "409", description = "结对已结束：帮扶法院不能再读取 / the pair has ended: the mentor court no longer reads it")
    public List<Views.ActivityView> activities(@PathParam("id") long id) {
        return work.activities(id);
    }

    @POST
    @Path("pairs/{id}/outcomes")
    @RolesAllowed({"court-admin", "enforcement-judge", "trainer"})
    @Operation(operationId = "recordPairOutcome", summary = "按目标记录成果 / Record an outcome against a goal")
    @ApiResponse(responseCode = "201", description = "成果 / the outcome", content = @Content(schema = @Schema(implementation = Views.OutcomeView.class)))
    @ApiResponse(responseCode = "409", description = "结对已结束 / the pair has ended")
    public Response addOutcome(@PathParam("id") long id, Views.OutcomeInput body) {
        return Response.status(201).entity(work.addOutcome(id, body)).build();
    }

    @GET
    @Path("pairs/{id}/outcomes")
    @RolesAllowed({"provincial-admin", "court-admin", "supervisor", "enforcement-judge", "enforcement-officer", "trainer", "clerk"})
    @Operation(operationId = "listPairOutcomes", summary = "结对的成果 / The pair's outcomes")
    @ApiResponse(responseCode = "409", description = "结对已结束：帮扶法院不能再读取 / the pair has ended: the mentor court no longer reads it")
    public List<Views.OutcomeView> outcomes(@PathParam("id") long id) {
        return work.outcomes(id);
    }

    @POST
    @Path("pairs/{id}/help-requests")
    @RolesAllowed({"court-admin", "enforcement-judge", "trainer"})
    @Operation(operationId = "askPairHelp", summary = "受援法院请求帮助 / The mentee asks its mentor for help")
    @ApiResponse(responseCode = "201", description = "请求 / the request", content = @Content(schema = @Schema(implementation = Views.HelpView.class)))
    @ApiResponse(responseCode = "409", description = "结对已结束 / the pair has ended")
    public Response ask(@PathParam("id") long id, Views.HelpInput body) {
        return Response.status(201).entity(work.ask(id, body)).build();
    }

    @GET
    @Path("pairs/{id}/help-requests")
    @RolesAllowed({"provincial-admin", "court-admin", "supervisor", "enforcement-judge", "enforcement-officer", "trainer", "clerk"})
    @Operation(operationId = "listPairHelpRequests", summary = "结对的帮助请求 / The pair's help requests")
    @ApiResponse(responseCode = "409", description = "结对已结束：帮扶法院不能再读取 / the pair has ended: the mentor court no longer reads it")
    public List<Views.HelpView> helpRequests(@PathParam("id") long id) {
        return work.helpRequests(id);
    }

    @POST
    @Path("pairs/{id}/help-requests/{requestId}/answer")
    @RolesAllowed({"court-admin", "enforcement-judge", "trainer"})
    @Operation(operationId = "answerPairHelp", summary = "帮扶法院答复请求 / The mentor answers a help request")
    @ApiResponse(responseCode = "409", description = "已答复 / already answered")
    public Views.HelpView answer(@PathParam("id") long id, @PathParam("requestId") long requestId, Views.HelpAnswerInput body) {
        return work.answer(id, requestId, body);
    }

    @GET
    @Path("help-requests")
    @RolesAllowed({"court-admin", "enforcement-judge", "trainer", "enforcement-officer"})
    @Operation(operationId = "listMyHelpRequests", summary = "本院的帮扶请求清单（帮扶方收到的、受援方发出的） / Help requests of your court's pairs")
    public List<Views.HelpView> myHelpRequests(@QueryParam("open") Boolean open) {
        return work.myList(Boolean.TRUE.equals(open));
    }

    @GET
    @Path("pairs/{id}/gap")
    @RolesAllowed({"provincial-admin", "court-admin", "supervisor", "enforcement-judge", "trainer"})
    @Operation(operationId = "getPairGap", summary = "结对双方的能力差距 / The capability gap between the two courts")
    @ApiResponse(responseCode = "409", description = "结对已结束：帮扶法院不能再读取 / the pair has ended: the mentor court no longer reads it")
    public Views.GapView gap(@PathParam("id") long id) {
        return insight.gap(id);
    }

    @GET
    @Path("suggestions")
    @RolesAllowed({"provincial-admin", "court-admin", "supervisor"})
    @Operation(operationId = "suggestMentors", summary = "为受援法院推荐帮扶法院（高级法院） / Suggest mentor courts for a mentee (high court)")
    public List<Views.SuggestionView> suggestions(@QueryParam("menteeCourtId") String menteeCourtId, @QueryParam("limit") Integer limit) {
        return insight.suggestions(menteeCourtId, limit);
    }

    @GET
    @Path("pairs/{id}/training")
    @RolesAllowed({"provincial-admin", "court-admin", "supervisor", "enforcement-judge", "enforcement-officer", "trainer", "clerk"})
    @Operation(operationId = "listPairTraining", summary = "结对中共享的培训模块 / Training modules shared in the pair")
    @ApiResponse(responseCode = "409", description = "结对已结束：帮扶法院不能再读取 / the pair has ended: the mentor court no longer reads it")
    public List<Views.PairShareView> sharedTraining(@PathParam("id") long id) {
        return training.shares(id);
    }

    @POST
    @Path("pairs/{id}/training/share")
    @RolesAllowed("court-admin")
    @Operation(operationId = "sharePairTraining", summary = "帮扶法院共享培训模块 / The mentor shares its training modules with the mentee")
    @ApiResponse(responseCode = "409", description = "结对已结束或受援法院未开通培训 / the pair has ended, or the mentee has training off")
    public List<Views.PairShareView> shareTraining(@PathParam("id") long id) {
        return training.share(id);
    }

    @POST
    @Path("pairs/{id}/training/revoke")
    @RolesAllowed("court-admin")
    @Operation(operationId = "revokePairTraining", summary = "帮扶法院撤销共享 / The mentor revokes the shared modules")
    @ApiResponse(responseCode = "409", description = "结对已结束 / the pair has ended")
    public List<Views.PairShareView> revokeTraining(@PathParam("id") long id, Views.RevokeInput body) {
        return training.revoke(id, body);
    }
}
