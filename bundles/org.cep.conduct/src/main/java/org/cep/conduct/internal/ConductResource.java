package org.cep.conduct.internal;

import java.time.LocalDate;
import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.cep.platform.api.ProblemException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** 行为执行: a case's conduct obligations, compliance checks, repeat-infringement reports, substitute performance. */
@Path("/conduct-enforcement")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConductResource {
    private final Obligations obligations;

    ConductResource(Obligations obligations) {
        this.obligations = obligations;
    }

    @GET
    @Path("cases/{caseId}")
    @RolesAllowed({"enforcement-officer", "enforcement-judge", "clerk"})
    @Operation(operationId = "caseConduct", summary = "案件的行为义务、迟延履行金与代履行费用 / A case's conduct obligations, late-performance payment and substitute costs")
    public Views.CaseConduct onCase(@PathParam("caseId") long caseId,
                                    @QueryParam("asOf") @Parameter(description = "计算迟延履行金的日期，缺省为今天 / day the late payment is computed for; today by default")
                                    String asOf) {
        return obligations.onCase(caseId, day(asOf));
    }

    @POST
    @Path("cases/{caseId}/obligations")
    @RolesAllowed({"enforcement-officer", "clerk"})
    @Operation(operationId = "recordObligation", summary = "逐项登记判决的行为义务 / Record one conduct obligation of the judgment")
    @ApiResponse(responseCode = "201", description = "已登记 / recorded", content = @Content(schema = @Schema(implementation = Views.ObligationDetail.class)))
    @ApiResponse(responseCode = "400", description = "期限早于今天等 / deadline in the past, bad input")
    @ApiResponse(responseCode = "409", description = "判项序号已有 / item number taken")
    public Response record(@PathParam("caseId") long caseId, Views.ObligationInput body) {
        return Response.status(201).entity(obligations.record(caseId, body)).build();
    }

    @GET
    @Path("obligations/{id}")
    @RolesAllowed({"enforcement-officer", "enforcement-judge", "clerk"})
    @Operation(operationId = "getObligation", summary = "一项义务及其检查、举报、证据 / An obligation with its checks, reports and evidence")
    public Views.ObligationDetail get(@PathParam("id") long id) {
        return obligations.get(id);
    }

    @POST
    @Path("obligations/{id}/checks")
    @RolesAllowed({"enforcement-officer", "clerk"})
    @Operation(operationId = "recordComplianceCheck", summary = "登记履行情况检查（定期或临时） / Record a compliance check (scheduled or ad hoc)")
    @ApiResponse(responseCode = "409", description = "已代履行 / already performed by a substitute")
    public Views.ObligationDetail check(@PathParam("id") long id, Views.CheckInput body) {
        return obligations.check(id, body);
    }

    @POST
    @Path("obligations/{id}/reports")
    @RolesAllowed({"enforcement-officer", "clerk"})
    @Operation(operationId = "reportRepeatInfringement", summary = "申请执行人举报再次侵权（须附证据） / The applicant reports a repeat infringement (with evidence)")
    @ApiResponse(responseCode = "409", description = "已代履行 / already performed by a substitute")
    public Views.ObligationDetail report(@PathParam("id") long id, Views.ReportInput body) {
        return obligations.report(id, body);
    }

    @POST
    @Path("obligations/{id}/substitute")
    @RolesAllowed("enforcement-judge")
    @Operation(operationId = "recordSubstitutePerformance", summary = "代履行：由第三人履行，费用由被执行人负担 / Substitute performance, the cost charged to the respondent")
    @ApiResponse(responseCode = "409", description = "不作为义务或未经检查认定未履行 / a duty to refrain, or not found unperformed")
    public Views.ObligationDetail substitute(@PathParam("id") long id, Views.SubstituteInput body) {
        return obligations.substitute(id, body);
    }

    @GET
    @Path("checks/due")
    @RolesAllowed({"enforcement-officer", "enforcement-judge", "clerk"})
    @Operation(operationId = "listDueChecks", summary = "到期应检查的义务 / Obligations whose scheduled check is due")
    public List<Views.ObligationView> due(@QueryParam("days") @DefaultValue("7") @Parameter(description = "多少天内到期 / due within this many days") int days) {
        return obligations.due(days);
    }

    private static LocalDate day(String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return LocalDate.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.badField("INVALID_DATE", "asOf", "日期格式应为 YYYY-MM-DD", "asOf must be a date such as 2026-03-01");
        }
    }
}
