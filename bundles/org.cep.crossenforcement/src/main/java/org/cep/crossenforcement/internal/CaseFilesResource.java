package org.cep.crossenforcement.internal;

import java.util.List;
import java.util.Map;

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

/** A court's records on its own cases, the eligibility views, and reading another court's case file under a grant. */
@Path("/cross-enforcement")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseFilesResource {
    private final CaseRecords records;
    private final Crossings crossings;
    private final CourtDirectory courts;
    private final TrialQueries queries;

    CaseFilesResource(CaseRecords records, Crossings crossings, CourtDirectory courts, TrialQueries queries) {
        this.records = records;
        this.queries = queries;
        this.crossings = crossings;
        this.courts = courts;
    }

    @POST
    @Path("cases/{caseId}/assets")
    @RolesAllowed("enforcement-officer")
    public Response addAsset(@PathParam("caseId") long caseId, Views.AssetInput body) {
        return Response.status(201).entity(records.addAsset(caseId, body)).build();
    }

    @GET
    @Path("cases/{caseId}/assets")
    @RolesAllowed({"enforcement-officer", "clerk", "supervisor"})
    public List<Views.AssetView> assets(@PathParam("caseId") long caseId) {
        return records.assets(caseId);
    }

    @POST
    @Path("cases/{caseId}/money")
    @RolesAllowed("enforcement-officer")
    public Response addMoney(@PathParam("caseId") long caseId, Views.MoneyInput body) {
        return Response.status(201).entity(records.addMoney(caseId, body)).build();
    }

    @GET
    @Path("cases/{caseId}/money")
    @RolesAllowed({"enforcement-officer", "clerk", "supervisor"})
    public List<Views.MoneyView> money(@PathParam("caseId") long caseId) {
        records.file(caseId);
        return records.money(caseId);
    }

    /** A written query to the trial department about the judgment of this case. */
    @POST
    @Path("cases/{caseId}/trial-queries")
    @RolesAllowed("enforcement-officer")
    public Response ask(@PathParam("caseId") long caseId, TrialQueries.QueryInput body) {
        return Response.status(201).entity(queries.ask(caseId, body)).build();
    }

    @GET
    @Path("trial-queries")
    @RolesAllowed({"enforcement-officer", "clerk", "trial-judge"})
    public List<TrialQueries.QueryView> queries(@QueryParam("overdue") boolean overdue) {
        return queries.list(overdue);
    }

    /** The trial department answers, or issues a correcting ruling. */
    @POST
    @Path("trial-queries/{id}/answer")
    @RolesAllowed("trial-judge")
    public TrialQueries.QueryView answer(@PathParam("id") long id, TrialQueries.AnswerInput body) {
        return queries.answer(id, body);
    }

    @PUT
    @Path("cases/{caseId}/local-influence")
    @RolesAllowed("enforcement-officer")
    public Map<String, Object> flag(@PathParam("caseId") long caseId, Views.FlagInput body) {
        records.flag(caseId, body == null ? null : body.reason());
        return Map.of("caseId", caseId, "flagged", true);
    }

    /** The raw document is the body; its name comes as a query parameter. */
    @POST
    @Path("cases/{caseId}/documents")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({"enforcement-officer", "clerk"})
    public Response addDocument(@PathParam("caseId") long caseId, @QueryParam("name") String name,
                                @HeaderParam(HttpHeaders.CONTENT_TYPE) String type, byte[] body) {
        return Response.status(201).entity(records.addDocument(caseId, name, type, body)).build();
    }

    @GET
    @Path("cases/{caseId}/documents")
    @RolesAllowed({"enforcement-officer", "clerk", "supervisor"})
    public List<Views.DocumentView> documents(@PathParam("caseId") long caseId) {
        records.file(caseId);
        return records.documents(caseId);
    }

    @GET
    @Path("eligible")
    @RolesAllowed({"enforcement-officer", "clerk", "supervisor"})
    public Views.EligibleView eligible(@QueryParam("reason") String reason, @QueryParam("offset") @DefaultValue("0") int offset,
                                       @QueryParam("limit") @DefaultValue("100") int limit) {
        int[] page = page(offset, limit);
        return records.eligible(reason(reason), page[0], page[1]);
    }

    /** A higher court's view over its jurisdiction: each court read through a supervision crossing. */
    @GET
    @Path("jurisdiction/eligible")
    @RolesAllowed("supervisor")
    public List<Views.EligibleView> jurisdiction(@QueryParam("reason") String reason,
                                                 @QueryParam("limit") @DefaultValue("20") int limit) {
        String filter = reason(reason);
        int perCourt = page(0, limit)[1];
        String home = org.cep.platform.api.CourtContext.current().courtId();
        List<String> on = courts.activeCourtsWith("cross-enforcement");
        return courts.jurisdiction(home).stream().filter(c -> on.contains(c.id()))
                .map(c -> crossings.read(new Crossings.Crossing(c.id(), CrossingPurpose.SUPERVISION, null, "eligible",
                        "eligibility view"), () -> records.eligible(filter, 0, perCourt)))
                .toList();
    }

    /**
     * Another court's case file: under a FILE_ACCESS grant (scope {@code case:<id>}), or, without a grant,
     * as the supervising higher court. Read-only, and in both courts' audit chains.
     */
    @GET
    @Path("courts/{courtId}/cases/{caseId}/file")
    @RolesAllowed({"enforcement-officer", "clerk", "supervisor"})
    public Views.CaseFile otherCourtsFile(@PathParam("courtId") String courtId, @PathParam("caseId") long caseId,
                                          @QueryParam("grant") Long grant) {
        return crossings.read(crossing(courtId, caseId, grant, "read case file"), () -> records.file(caseId));
    }

    @GET
    @Path("courts/{courtId}/cases/{caseId}/documents/{documentId}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({"enforcement-officer", "clerk", "supervisor"})
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
