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
    public Response enter(Applications.ApplicationInput body) {
        Applications.ApplicationView a = applications.enter(body);
        return Response.status(201).header(HttpHeaders.LOCATION, "/api/v1/cross-enforcement/applications/" + a.id()).entity(a).build();
    }

    @GET
    @Path("applications")
    @RolesAllowed({"clerk", "supervisor", "enforcement-officer"})
    public List<Applications.ApplicationView> list(@QueryParam("overdue") boolean overdue) {
        return applications.list(overdue);
    }

    @GET
    @Path("applications/{id}")
    @RolesAllowed({"clerk", "supervisor", "enforcement-officer"})
    public Applications.ApplicationView get(@PathParam("id") long id) {
        return applications.get(id);
    }

    /** Only the higher court's supervisors decide. */
    @POST
    @Path("applications/{id}/decision")
    @RolesAllowed("supervisor")
    public Applications.ApplicationView decide(@PathParam("id") long id, Applications.DecisionInput body) {
        return applications.decide(id, body);
    }

    @GET
    @Path("orders")
    @RolesAllowed({"enforcement-officer", "clerk", "supervisor"})
    public List<Applications.OrderView> orders(@QueryParam("overdue") boolean overdue) {
        return applications.orders(overdue);
    }

    @POST
    @Path("orders/{id}/done")
    @RolesAllowed("enforcement-officer")
    public Applications.OrderView done(@PathParam("id") long id, Applications.DoneInput body) {
        return applications.done(id, body == null ? null : body.note());
    }

    @POST
    @Path("orders/{id}/transfer")
    @RolesAllowed("enforcement-officer")
    public Transfers.TransferView send(@PathParam("id") long id) {
        return transfers.send(id);
    }

    @GET
    @Path("transfers")
    @RolesAllowed({"enforcement-officer", "clerk", "supervisor"})
    public List<Transfers.TransferView> outgoing() {
        return transfers.outgoing();
    }

    @GET
    @Path("incoming")
    @RolesAllowed({"enforcement-officer", "clerk"})
    public List<Transfers.IncomingView> incoming() {
        return transfers.incoming();
    }

    @POST
    @Path("incoming/{grantId}/open")
    @RolesAllowed({"enforcement-officer", "clerk"})
    public Transfers.IncomingView open(@PathParam("grantId") long grantId) {
        return transfers.open(grantId);
    }

    @POST
    @Path("incoming/{grantId}/accept")
    @RolesAllowed("enforcement-officer")
    public Transfers.Accepted accept(@PathParam("grantId") long grantId, Transfers.AcceptInput body) {
        return transfers.accept(grantId, body);
    }

    @POST
    @Path("incoming/{grantId}/reject")
    @RolesAllowed("enforcement-officer")
    public Transfers.IncomingView reject(@PathParam("grantId") long grantId, Transfers.RejectInput body) {
        return transfers.reject(grantId, body);
    }
}
