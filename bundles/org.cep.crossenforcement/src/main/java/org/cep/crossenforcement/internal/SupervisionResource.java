package org.cep.crossenforcement.internal;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/** The higher court's supervision of cross-enforcement: KPIs side by side, the reverse check, spot checks. */
@Path("/cross-enforcement/supervision")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("supervisor")
public class SupervisionResource {
    private final Supervision supervision;

    SupervisionResource(Supervision supervision) {
        this.supervision = supervision;
    }

    @GET
    @Path("kpis")
    public Supervision.KpiView kpis() {
        return supervision.kpis();
    }

    @GET
    @Path("reverse-check")
    public List<Supervision.Comparison> reverseCheck() {
        return supervision.reverseCheck();
    }

    @POST
    @Path("spot-checks")
    public Response draw(Supervision.SpotCheckInput body) {
        return Response.status(201).entity(supervision.createSpotCheck(body)).build();
    }

    @GET
    @Path("spot-checks/{id}")
    public Supervision.SpotCheckView get(@PathParam("id") long id) {
        return supervision.spotCheck(id);
    }

    @POST
    @Path("spot-checks/{id}/items/{itemId}")
    public Supervision.SpotCheckView finding(@PathParam("id") long id, @PathParam("itemId") long itemId, Supervision.FindingInput body) {
        return supervision.recordFinding(id, itemId, body);
    }
}
