package org.cep.crossenforcement.internal;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.cep.platform.api.CourtDirectory;
import org.cep.platform.api.CrossingPurpose;
import org.cep.platform.api.Crossings;
import org.cep.platform.api.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** A court's records on its own cases, the eligibility views, and reading another court's case file under a grant. */
@Path("/cross-enforcement")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseFilesResource {
    private final CaseRecords records;
    private final Crossings crossings;
    private final CourtDirectory courts;
    private final TrialQueries queries;
    private final EligibilitySnapshots snapshots;

    CaseFilesResource(CaseRecords records, Crossings crossings, CourtDirectory courts, TrialQueries queries,
                      EligibilitySnapshots snapshots) {
        this.records = records;
        this.snapshots = snapshots;
        this.queries = queries;
        this.crossings = crossings;
        this.courts = courts;
    }

    @POST
    @Path("cases/{caseId}/assets")
    @RolesAllowed("enforcement-officer")
    @Operation(operationId = "recordAssetResult", summary = "登记查控结果 / Record an inquiry and control result")
    @ApiResponse(responseCode = "201", description = "已登记 / recorded", content = @Content(schema = @Schema(implementation = Views.AssetView.class)))
    public Response addAsset(@PathParam("caseId") long caseId, Views.AssetInput body) {
        return Response.status(201).entity(records.addAsset(caseId, body)).build();
    }

    @GET
    @Path("cases/{caseId}/assets")
    @RolesAllowed({"enforcement-officer", "clerk", "supervisor"})
    @Operation(operationId = "listAssetResults", summary = "案件的查控结果 / A case's inquiry and control results")
    public List<Views.AssetView> assets(@PathParam("caseId") long caseId) {
        return records.assets(caseId);
    }

    @GET
    @Path("measures/expiring")
    @RolesAllowed({"enforcement-officer", "enforcement-judge", "clerk", "supervisor"})
    @Operation(operationId = "listExpiringMeasures", summary = "即将到期的查控冻结、查封（含专利、商标、著作权） / Freezes and seizures from inquiry about to expire (IP rights included)")
    public List<Views.ExpiringMeasure> expiring(@QueryParam("days") @DefaultValue("30") @Parameter(description = "多少天内到期 / ending within this many days") int days,
                                                @QueryParam("ip") @DefaultValue("false") @Parameter(description = "只看知识产权 / IP rights only") boolean ipOnly) {
        return records.expiring(days, ipOnly);
    }

    @POST
    @Path("cases/{caseId}/money")
    @RolesAllowed("enforcement-officer")
    @Operation(operationId = "recordMoney", summary = "登记执行到位或发放款项 / Record money recovered or paid out")
    @ApiResponse(responseCode = "201", description = "已登记 / recorded", content = @Content(schema = @Schema(implementation = Views.MoneyView.class)))
    @ApiResponse(responseCode = "409", description = "发放超过余额 / pay-out exceeds the balance")
    public Response addMoney(@PathParam("caseId") long caseId, Views.MoneyInput body) {
        return Response.status(201).entity(records.addMoney(caseId, body)).build();
    }

    @GET
    @Path("cases/{caseId}/money")
    @RolesAllowed({"enforcement-officer", "clerk", "supervisor"})
    @Operation(operationId = "listMoney", summary = "案件的执行款 / A case's money")
    public List<Views.MoneyView> money(@PathParam("caseId") long caseId) {
        records.requireCase(caseId);
        return records.money(caseId);
    }

    /** A written query to the trial department about the judgment of this case. */
    @POST
    @Path("cases/{caseId}/trial-queries")
    @RolesAllowed("enforcement-officer")
    @Operation(operationId = "askTrialDepartment", summary = "向审判庭书面征询 / Ask the trial department in writing")
    @ApiResponse(responseCode = "201", description = "已发出 / sent", content = @Content(schema = @Schema(implementation = TrialQueries.QueryView.class)))
    public Response ask(@PathParam("caseId") long caseId, TrialQueries.QueryInput body) {
        return Response.status(201).entity(queries.ask(caseId, body)).build();
    }

    @GET
    @Path("trial-queries")
    @RolesAllowed({"enforcement-officer", "clerk", "trial-judge"})
    @Operation(operationId = "listTrialQueries", summary = "对审判庭的征询 / Queries to the trial department")
    public List<TrialQueries.QueryView> queries(@QueryParam("overdue") boolean overdue) {
        return queries.list(overdue);
    }

    /** The trial department answers, or issues a correcting ruling. */
    @POST
    @Path("trial-queries/{id}/answer")
    @RolesAllowed("trial-judge")
    @Operation(operationId = "answerTrialQuery", summary = "审判庭答复或补正裁定 / Answer, or a correcting ruling")
    @ApiResponse(responseCode = "409", description = "冲突：状态不允许或已处理 / conflict: not allowed in this state, or already done")
    public TrialQueries.QueryView answer(@PathParam("id") long id, TrialQueries.AnswerInput body) {
        return queries.answer(id, body);
    }

    @PUT
    @Path("cases/{caseId}/local-influence")
    @RolesAllowed("enforcement-officer")
    @Operation(operationId = "flagLocalInfluence", summary = "标记被执行人地方影响 / Flag the respondent's local influence")
    public Views.Flagged flag(@PathParam("caseId") long caseId, Views.FlagInput body) {
        records.flag(caseId, body == null ? null : body.reason());
        return new Views.Flagged(caseId, true);
    }

    /** The raw document is the body; its name comes as a query parameter. */
    @POST
    @Path("cases/{caseId}/documents")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({"enforcement-officer", "clerk"})
    @Operation(operationId = "addCaseDocument", summary = "上传案件材料（原始内容） / Upload a case document (the raw file)")
    @ApiResponse(responseCode = "201", description = "已保存 / stored", content = @Content(schema = @Schema(implementation = Views.DocumentView.class)))
    @ApiResponse(responseCode = "413", description = "超过 10 MB / larger than 10 MB")
    public Response addDocument(@PathParam("caseId") long caseId,
                                @QueryParam("name") @Parameter(required = true, schema = @Schema(type = "string", minLength = 1, maxLength = 200)) String name,
                                @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
                                @RequestBody(required = true, description = "文件本身 / the file itself",
                                        content = @Content(mediaType = "*/*", schema = @Schema(type = "string", format = "binary"))) byte[] body) {
        return Response.status(201).entity(records.addDocument(caseId, name, type, body)).build();
    }

    @GET
    @Path("cases/{caseId}/documents")
    @RolesAllowed({"enforcement-officer", "clerk", "supervisor"})
    @Operation(operationId = "listCaseDocuments", summary = "案件材料 / A case's documents")
    public List<Views.DocumentView> documents(@PathParam("caseId") long caseId) {
        records.requireCase(caseId);
        return records.documents(caseId);
    }

    @GET
    @Path("eligible")
    @RolesAllowed({"enforcement-officer", "clerk", "supervisor"})
    @Operation(operationId = "listEligibleCases", summary = "本院可交叉执行的案件 / Your court's cases eligible for cross-enforcement")
    public Views.EligibleView eligible(@QueryParam("reason") String reason, @QueryParam("offset") @DefaultValue("0") int offset,
                                       @QueryParam("limit") @DefaultValue("100") int limit) {
        int[] page = page(offset, limit);
        return records.eligible(reason(reason), page[0], page[1]);
    }

    /** A higher court's view over its jurisdiction: the counts each court below reported (one local read). */
    @GET
    @Path("jurisdiction/eligible")
    @RolesAllowed("supervisor")
    @Operation(operationId = "listEligibleInJurisdiction", summary = "辖区内各法院可交叉执行案件数 / Eligible cases per court of your jurisdiction")
    public EligibilitySnapshots.JurisdictionView jurisdiction() {
        return snapshots.view();
    }

    /** Asks every court of the jurisdiction to report its counts now (they also do every night). */
    @POST
    @Path("jurisdiction/eligible/refresh")
    @RolesAllowed("supervisor")
    @Operation(operationId = "refreshEligibleInJurisdiction", summary = "立即更新辖区统计 / Refresh the jurisdiction's counts now")
    public EligibilitySnapshots.JurisdictionView refreshJurisdiction() {
        String home = org.cep.platform.api.CourtContext.current().courtId();
        snapshots.refresh(courts.jurisdiction(home).stream().map(CourtDirectory.Court::id).collect(java.util.stream.Collectors.toSet()));
        return snapshots.view();
    }

    /** The cases behind one court's count, read through a supervision crossing. */
    @GET
    @Path("courts/{courtId}/eligible")
    @RolesAllowed("supervisor")
    @Operation(operationId = "listEligibleOfCourtBelow", summary = "下级法院可交叉执行的案件 / Eligible cases of a court below")
    public Views.EligibleView courtBelow(@PathParam("courtId") String courtId, @QueryParam("reason") String reason,
                                         @QueryParam("offset") @DefaultValue("0") int offset,
                                         @QueryParam("limit") @DefaultValue("100") int limit) {
        String filter = reason(reason);
        int[] page = page(offset, limit);
        return crossings.read(new Crossings.Crossing(courtId, CrossingPurpose.SUPERVISION, null, "eligible", "eligibility view"),
                () -> records.eligible(filter, page[0], page[1]));
    }

    /**
     * Another court's case file: under a FILE_ACCESS grant (scope {@code case:<id>}), or, without a grant,
     * as the supervising higher court. Read-only, and in both courts' audit chains.
     */
    @GET
    @Path("courts/{courtId}/cases/{caseId}/file")
    @RolesAllowed({"enforcement-officer", "clerk", "supervisor"})
    @Operation(operationId = "readOtherCourtsCaseFile", summary = "查阅他院案卷（授权或监督） / Read another court's case file (grant or supervision)")
    public Views.CaseFile otherCourtsFile(@PathParam("courtId") String courtId, @PathParam("caseId") long caseId,
                                          @QueryParam("grant") Long grant) {
        return crossings.read(crossing(courtId, caseId, grant, "read case file"), () -> records.file(caseId));
    }

    @GET
    @Path("courts/{courtId}/cases/{caseId}/documents/{documentId}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({"enforcement-officer", "clerk", "supervisor"})
    @Operation(operationId = "readOtherCourtsDocument", summary = "下载他院案件材料 / Download another court's case document")
    @ApiResponse(responseCode = "200", description = "文件本身 / the file itself", content = @Content(mediaType = "*/*", schema = @Schema(type = "string", format = "binary")))
    public Response otherCourtsDocument(@PathParam("courtId") String courtId, @PathParam("caseId") long caseId,
                                        @PathParam("documentId") long documentId, @QueryParam("grant") Long grant) {
        DocumentEntity d = crossings.read(crossing(courtId, caseId, grant, "read document " + documentId),
                () -> records.document(caseId, documentId));
        return Response.ok(d.content, d.mediaType).header("X-Content-SHA256", d.sha256).build();
    }

    private static String reason(String reason) {
        return reason == null ? null : Checks.oneOf(org.cep.crossenforcement.domain.Eligibility.Reason.class, reason, "reason").name();
    }

    /** offset 0 or more, limit 1-500. */
    private static int[] page(int offset, int limit) {
        if (offset < 0) throw ProblemException.badField("INVALID_OFFSET", "offset", "offset 不能为负数", "offset cannot be negative");
        if (limit < 1 || limit > 500) throw ProblemException.badField("INVALID_LIMIT", "limit", "limit 须为 1-500", "limit must be 1-500");
        return new int[] {offset, limit};
    }

    private static Crossings.Crossing crossing(String courtId, long caseId, Long grant, String what) {
        if (courtId == null || courtId.isBlank()) throw ProblemException.required("courtId");
        return new Crossings.Crossing(courtId, grant == null ? CrossingPurpose.SUPERVISION : CrossingPurpose.FILE_ACCESS, grant,
                "case:" + caseId, what);
    }
}
