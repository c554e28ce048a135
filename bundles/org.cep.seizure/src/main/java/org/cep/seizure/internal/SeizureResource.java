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
    public ExpiryJob.Result expiryCheck() {
        return expiry.runForCurrentCourt();
    }

    /** The judge's view: seizures in force whose legal period ends within {@code days}. */
    @GET
    @Path("expiring")
    @RolesAllowed({"enforcement-officer", "clerk", "supervisor"})
    public List<Views.ExpiringView> expiring(@QueryParam("days") @DefaultValue("30") int days) {
        return seizures.expiring(days);
    }

    @GET
    @Path("inspections-overdue")
    @RolesAllowed({"enforcement-officer", "clerk", "supervisor"})
    public List<Views.ExpiringView> overdue() {
        return supervision.overdueInspections();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"enforcement-officer", "clerk", "supervisor"})
    public Views.SeizureView get(@PathParam("id") long id) {
        return seizures.get(id);
    }

    @POST
    @Path("{id}/activate")
    @RolesAllowed("enforcement-officer")
    public Views.SeizureView activate(@PathParam("id") long id, Views.Transition body) {
        return seizures.activate(id, body);
    }

    @POST
    @Path("{id}/inspections")
    @RolesAllowed("enforcement-officer")
    public Response inspect(@PathParam("id") long id, Views.NewInspection body) {
        return Response.status(201).entity(supervision.inspect(id, body)).build();
    }

    @POST
    @Path("{id}/sale-reports")
    @RolesAllowed({"enforcement-officer", "clerk"})
    public Response reportSale(@PathParam("id") long id, Views.SaleReport body) {
        return Response.status(201).entity(supervision.reportSale(id, body)).build();
    }

    @POST
    @Path("{id}/sale-reports/{saleId}/decision")
    @RolesAllowed("enforcement-officer")
    public Views.SaleView decide(@PathParam("id") long id, @PathParam("saleId") long saleId, Views.SaleDecision body) {
        return supervision.decide(id, saleId, body);
    }

    @POST
    @Path("{id}/sale-reports/{saleId}/sale")
    @RolesAllowed("enforcement-officer")
    public Views.SaleView recordSale(@PathParam("id") long id, @PathParam("saleId") long saleId, Views.SaleRecord body) {
        return supervision.recordSale(id, saleId, body);
    }

    /** Money write: needs an Idempotency-Key; a repeat answers 200 with the first entry and header Idempotent-Replayed. */
    @POST
    @Path("{id}/ledger")
    @RolesAllowed("enforcement-officer")
    public Response money(@PathParam("id") long id, @HeaderParam("Idempotency-Key") String key, Views.Money body) {
        LedgerService.Posted p = ledger.post(id, key, body);
        return Response.status(p.replayed() ? 200 : 201).entity(p.entry())
                .header("Idempotent-Replayed", String.valueOf(p.replayed())).build();
    }

    @GET
    @Path("{id}/ledger")
    @RolesAllowed({"enforcement-officer", "clerk", "supervisor"})
    public Views.LedgerView ledger(@PathParam("id") long id) {
        return ledger.ledger(id);
    }

    @POST
    @Path("{id}/renewals")
    @RolesAllowed("enforcement-officer")
    public Views.SeizureView renew(@PathParam("id") long id, Views.Transition body) {
        return seizures.renew(id, body);
    }

    @POST
    @Path("{id}/release")
    @RolesAllowed("enforcement-officer")
    public Views.SeizureView release(@PathParam("id") long id, Views.Release body) {
        return seizures.release(id, body, ledger);
    }

    @GET
    @Path("{id}/projection")
    @RolesAllowed({"enforcement-officer", "clerk", "supervisor"})
    public Projection.Result projection(@PathParam("id") long id, @QueryParam("pricePerKgFen") long pricePerKgFen) {
        return seizures.projection(id, pricePerKgFen);
    }

    @GET
    @Path("{id}/timeline")
    @RolesAllowed({"enforcement-officer", "clerk", "supervisor"})
    public List<Views.EventView> timeline(@PathParam("id") long id) {
        return seizures.timeline(id);
    }
}
