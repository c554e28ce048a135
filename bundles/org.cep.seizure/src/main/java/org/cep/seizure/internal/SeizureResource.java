package org.cep.seizure.internal;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.cep.seizure.domain.Projection;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** One seizure through its life: activation, inspections, sale, money, renewal, release, timeline. */
@Path("/live-seizure/seizures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SeizureResource {
    private final SeizureService seizures;
    private final SupervisionService supervision;
    private final LedgerService ledger;
    private final ExpiryJob expiry;

    SeizureResource(SeizureService seizures, SupervisionService supervision, LedgerService ledger, ExpiryJob expiry) {
        this.seizures = seizures;
        this.supervision = supervision;
        this.ledger = ledger;
        this.expiry = expiry;
    }

    /** Runs the daily expiry check for the caller's court now: lapses what ran out, reminds what is close. */
    @POST
    @Path("expiry-check")
    @RolesAllowed("enforcement-officer")
    @Operation(operationId = "runExpiryCheck", summary = "立即运行到期检查（失效与提醒） / Run the expiry check now (lapses and reminders)")
    public ExpiryJob.Result expiryCheck() {
        return expiry.runForCurrentCourt();
    }

    /** The judge's view: seizures in force whose legal period ends within {@code days}. */
    @GET
    @Path("expiring")
    @RolesAllowed({"enforcement-officer", "enforcement-judge", "clerk", "supervisor"})
    @Operation(operationId = "listExpiringSeizures", summary = "即将到期的查封（法官视图） / Seizures about to expire (the judge's view)")
    public List<Views.ExpiringView> expiring(@QueryParam("days") @DefaultValue("30")
                                             @Parameter(description = "多少天内到期 / expiring within this many days",
                                                     schema = @Schema(type = "integer", format = "int32", minimum = "0", maximum = "3660", defaultValue = "30"))
                                             String days) {
        long d = Validation.queryNumber(days, "days", 30);
        if (d < 0 || d > 3660) throw Problems.bad("INVALID_DAYS", "days", "days 须在 0 到 3660 之间", "days must be 0..3660");
        return seizures.expiring((int) d);
    }

    @GET
    @Path("inspections-overdue")
    @RolesAllowed({"enforcement-officer", "enforcement-judge", "clerk", "supervisor"})
    @Operation(operationId = "listOverdueInspections", summary = "回访逾期的查封 / Seizures whose follow-up visit is overdue")
    public List<Views.ExpiringView> overdue() {
        return supervision.overdueInspections();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"enforcement-officer", "enforcement-judge", "clerk", "supervisor"})
    @Operation(operationId = "getSeizure", summary = "一项查封 / A seizure")
    public Views.SeizureView get(@PathParam("id") long id) {
        return seizures.get(id);
    }

    @POST
    @Path("{id}/activate")
    @RolesAllowed("enforcement-officer")
    @Operation(operationId = "activateSeizure", summary = "现场确认活封，法定期限起算 / Activate on site: the legal period starts")
    @ApiResponse(responseCode = "409", description = "当前状态不允许此操作，或版本已变（他人修改） / not allowed in the current state, or the version changed (someone else wrote)")
    public Views.SeizureView activate(@PathParam("id") long id, Views.Transition body) {
        return seizures.activate(id, body);
    }

    @POST
    @Path("{id}/inspections")
    @RolesAllowed("enforcement-officer")
    @Operation(operationId = "recordInspection", summary = "记录回访清点 / Record a follow-up visit",
            description = "清点数少于应有数量且无已批准的出售时标记违规。 A count below what should be there without an approved sale flags a violation.")
    @ApiResponse(responseCode = "201", description = "已记录 / recorded", content = @Content(schema = @Schema(implementation = Views.InspectionView.class)))
    @ApiResponse(responseCode = "409", description = "该查封当前不在监管期内 / the seizure is not under supervision now")
    public Response inspect(@PathParam("id") long id, Views.NewInspection body) {
        return Response.status(201).entity(supervision.inspect(id, body)).build();
    }

    @POST
    @Path("{id}/sale-reports")
    @RolesAllowed({"enforcement-officer", "clerk"})
    @Operation(operationId = "reportSale", summary = "登记出售报告（事先报告） / Record an advance sale report")
    @ApiResponse(responseCode = "201", description = "已登记 / recorded", content = @Content(schema = @Schema(implementation = Views.SaleView.class)))
    @ApiResponse(responseCode = "409", description = "当前状态不允许此操作，或版本已变（他人修改） / not allowed in the current state, or the version changed (someone else wrote)")
    public Response reportSale(@PathParam("id") long id, Views.SaleReport body) {
        return Response.status(201).entity(supervision.reportSale(id, body)).build();
    }

    @GET
    @Path("{id}/sale-reports")
    @RolesAllowed({"enforcement-officer", "enforcement-judge", "clerk", "supervisor"})
    @Operation(operationId = "listSaleReports", summary = "查封的出售报告（分批出售） / Sale reports of a seizure (batch sales)")
    public List<Views.SaleView> saleReports(@PathParam("id") long id) {
        return supervision.sales(id);
    }

    @GET
    @Path("{id}/inspections")
    @RolesAllowed({"enforcement-officer", "enforcement-judge", "clerk", "supervisor"})
    @Operation(operationId = "listInspections", summary = "查封的回访记录（最新在前） / Visits of a seizure, newest first")
    public List<Views.InspectionView> inspections(@PathParam("id") long id) {
        return supervision.inspections(id);
    }

    @POST
    @Path("{id}/sale-reports/{saleId}/decision")
    @RolesAllowed("enforcement-judge")
    @Operation(operationId = "decideSale", summary = "执行法官批准或驳回出售 / The enforcement judge approves or rejects the sale",
            description = "登记出售报告的人不能决定。 Whoever recorded the report cannot decide.")
    @ApiResponse(responseCode = "409", description = "当前状态不允许此操作、版本已变，或登记报告者不能决定（FOUR_EYES） / not allowed in the current state, the version changed, or the person who recorded the report cannot decide (FOUR_EYES)")
    public Views.SaleView decide(@PathParam("id") long id, @PathParam("saleId") long saleId, Views.SaleDecision body) {
        return supervision.decide(id, saleId, body);
    }

    @POST
    @Path("{id}/sale-reports/{saleId}/sale")
    @RolesAllowed("enforcement-officer")
    @Operation(operationId = "recordSale", summary = "记录监督下的成交（可分批） / Record the supervised sale (of all or part of the stock)",
            description = "售出部分时其余仍在查封监管之下。 When part is sold the rest stays seized and supervised.")
    @ApiResponse(responseCode = "409", description = "当前状态不允许此操作、版本已变，或批准者不能记录（FOUR_EYES） / not allowed in the current state, the version changed, or the approving judge cannot record it (FOUR_EYES)")
    public Views.SaleView recordSale(@PathParam("id") long id, @PathParam("saleId") long saleId, Views.SaleRecord body) {
        return supervision.recordSale(id, saleId, body);
    }

    /** Money write: needs an Idempotency-Key; a repeat answers 200 with the first entry and header Idempotent-Replayed. */
    @POST
    @Path("{id}/ledger")
    @RolesAllowed("enforcement-officer")
    @Operation(operationId = "postLedgerEntry", summary = "执行款记账（到账、费用、支付、退还） / Record money (received, cost, paid out, returned)")
    @ApiResponse(responseCode = "201", description = "已记账 / recorded",
            headers = @Header(name = "Idempotent-Replayed", description = "false", schema = @Schema(type = "string")),
            content = @Content(schema = @Schema(implementation = Views.LedgerEntryView.class)))
    @ApiResponse(responseCode = "200", description = "重复请求：返回首次记入的款项 / a repeat of the key: the entry first recorded",
            headers = @Header(name = "Idempotent-Replayed", description = "true", schema = @Schema(type = "string")),
            content = @Content(schema = @Schema(implementation = Views.LedgerEntryView.class)))
    @ApiResponse(responseCode = "409", description = "该键已用于另一笔款项、尚未成交、超过全案尚欠、余额不足、到账超过成交价未说明理由、已结案，或申请人未足额受偿前退还"
            + " / the key was used for other money, no sale yet, more than the case still owes, insufficient balance, more received than sold without a reason,"
            + " the case is closed, or a return before the applicant is paid")
    public Response money(@PathParam("id") long id,
                          @HeaderParam("Idempotency-Key") @Parameter(required = true, description = "每笔款项唯一，重复提交不会重复记账 / unique per payment: a repeat records nothing twice",
                                  schema = @Schema(type = "string", minLength = 1, maxLength = 100)) String key,
                          Views.Money body) {
        LedgerService.Posted p = ledger.post(id, key, body);
        return Response.status(p.replayed() ? 200 : 201).entity(p.entry())
                .header("Idempotent-Replayed", String.valueOf(p.replayed())).build();
    }

    @POST
    @Path("{id}/ledger/{entryId}/decision")
    @RolesAllowed("enforcement-judge")
    @Operation(operationId = "decidePayout", summary = "第二人批准或驳回大额支付 / A second person approves or rejects a payout above the configured amount")
    @ApiResponse(responseCode = "409", description = "不在待批准状态、录入者本人批准（FOUR_EYES）或已结案 / not pending, approved by whoever entered it (FOUR_EYES), or the case is closed")
    public Views.LedgerEntryView decidePayout(@PathParam("id") long id, @PathParam("entryId") long entryId, Views.PayoutDecision body) {
        return ledger.decidePayout(id, entryId, body);
    }

    @GET
    @Path("{id}/ledger")
    @RolesAllowed({"enforcement-officer", "enforcement-judge", "clerk", "supervisor"})
    @Operation(operationId = "getLedger", summary = "查封的执行款台账 / The money ledger of a seizure")
    public Views.LedgerView ledger(@PathParam("id") long id) {
        return ledger.ledger(id);
    }

    @POST
    @Path("{id}/renewals")
    @RolesAllowed("enforcement-officer")
    @Operation(operationId = "renewSeizure", summary = "续行查封 / Renew a seizure before it expires",
            description = "续行须在届满日（遇节假日顺延）前作出，日期不得晚于今天；新期限自原届满日起算，提前续行不损失天数。"
                    + " Made on or before the expiry (moved past holidays), not in the future; the new period runs from the old expiry, so renewing early loses no day.")
    @ApiResponse(responseCode = "409", description = "不在有效期内、已过期或版本已变 / not in force, past expiry, or the version changed")
    public Views.SeizureView renew(@PathParam("id") long id, Views.Transition body) {
        return seizures.renew(id, body);
    }

    @POST
    @Path("{id}/release")
    @RolesAllowed("enforcement-officer")
    @Operation(operationId = "releaseSeizure", summary = "解除查封（可同时结案） / Release a seizure (and close the case)")
    @ApiResponse(responseCode = "409", description = "当前状态不允许、版本已变、申请人未足额受偿或本案仍有其他查封，不能结案"
            + " / not allowed in the current state, the version changed, or the case cannot close before the applicant is paid in full or while other seizures are in force")
    public Views.SeizureView release(@PathParam("id") long id, Views.Release body) {
        return seizures.release(id, body, ledger);
    }

    @GET
    @Path("{id}/projection")
    @RolesAllowed({"enforcement-officer", "enforcement-judge", "clerk", "supervisor"})
    @Operation(operationId = "projectSeizure", summary = "“以时间换资源”测算 / \"Time for resources\" projection")
    @ApiResponse(responseCode = "409", description = "批次缺少月龄、体重或出栏标准 / a lot lacks age, weight or market standard")
    public Projection.Result projection(@PathParam("id") long id,
                                        @QueryParam("pricePerKgFen") @Parameter(required = true, description = "每公斤单价（分） / price per kg, in fen",
                                                schema = @Schema(type = "integer", format = "int64", minimum = "1", maximum = "10000000000000"))
                                        String pricePerKgFen) {
        if (pricePerKgFen == null || pricePerKgFen.isBlank()) throw Problems.required("pricePerKgFen");
        return seizures.projection(id, Validation.queryNumber(pricePerKgFen, "pricePerKgFen", 0));
    }

    @GET
    @Path("{id}/timeline")
    @RolesAllowed({"enforcement-officer", "enforcement-judge", "clerk", "supervisor"})
    @Operation(operationId = "getSeizureTimeline", summary = "查封全过程时间线 / Everything that happened to a seizure, in order")
    public List<Views.EventView> timeline(@PathParam("id") long id) {
        return seizures.timeline(id);
    }
}
