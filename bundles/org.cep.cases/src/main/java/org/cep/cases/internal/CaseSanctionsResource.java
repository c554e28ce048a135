package org.cep.cases.internal;

import java.util.List;
import java.util.stream.Collectors;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.cep.cases.sanctions.BlacklistGround;
import org.cep.cases.sanctions.PartyType;
import org.cep.cases.sanctions.SanctionKind;
import org.cep.cases.sanctions.SanctionService;
import org.cep.cases.sanctions.SanctionView;
import org.cep.platform.api.ProblemException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** The sanctions on one case: the list and a new proposal. */
@Path("/cases/{caseId}/sanctions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseSanctionsResource {
    public record ProposeRequest(
            @Schema(description = "WARNING, CONSUMPTION_RESTRICTION, BLACKLIST, FINE, DETENTION, CRIMINAL_REFERRAL") String kind,
            @Schema(description = "INDIVIDUAL 或 ORGANISATION / individual or organisation") String partyType,
            @Schema(description = "被制裁人，缺省为案件的被执行人 / who; the case's respondent when absent") String respondent,
            @Schema(description = "事实与理由 / the facts") String reason,
            @Schema(description = "法律依据，缺省为该措施的通常依据 / legal basis; the kind's usual one when absent") String basis,
            @Schema(description = "罚款金额（分） / fine, in fen") Long amountFen,
            @Schema(description = "拘留天数 / detention days") Integer days,
            @Schema(description = "失信名单期限（月） / blacklist term in months") Integer termMonths,
            @Schema(description = "失信事由 / blacklist grounds") List<String> grounds,
            @Schema(description = "来源，如 live-seizure:violation:42 / where it comes from") String source) {
    }

    private final SanctionService sanctions;

    CaseSanctionsResource(SanctionService sanctions) {
        this.sanctions = sanctions;
    }

    @GET
    @RolesAllowed({"enforcement-officer", "enforcement-judge", "clerk"})
    @Operation(operationId = "listCaseSanctions", summary = "案件的制裁措施 / Sanctions on a case")
    public List<SanctionView> list(@PathParam("caseId") long caseId) {
        return sanctions.onCase(caseId);
    }

    @POST
    @RolesAllowed({"enforcement-officer", "clerk"})
    @Operation(operationId = "proposeSanction", summary = "提请制裁措施（由执行法官决定） / Propose a sanction (the enforcement judge decides)")
    @ApiResponse(responseCode = "201", description = "已提请 / proposed", content = @Content(schema = @Schema(implementation = SanctionView.class)))
    @ApiResponse(responseCode = "400", description = "超出限额（消息中写明限额）或不适用 / outside the limits (named in the message) or not applicable")
    public Response propose(@PathParam("caseId") long caseId, ProposeRequest body) {
        if (body == null) throw ProblemException.required("kind");
        SanctionKind kind = SanctionServiceImpl.oneOf(SanctionKind.class, body.kind(), "kind");
        PartyType party = SanctionServiceImpl.oneOf(PartyType.class, body.partyType(), "partyType");
        List<BlacklistGround> grounds = body.grounds() == null ? null
                : body.grounds().stream().map(g -> SanctionServiceImpl.oneOf(BlacklistGround.class, g, "grounds")).collect(Collectors.toList());
        SanctionView v = sanctions.propose(caseId, kind, body.basis(), new SanctionService.Proposal(body.respondent(), party, body.reason(),
                body.amountFen(), body.days(), body.termMonths(), grounds, body.source()));
        return Response.status(201).entity(v).build();
    }
}
