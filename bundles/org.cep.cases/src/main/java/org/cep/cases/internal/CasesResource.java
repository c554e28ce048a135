package org.cep.cases.internal;

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

import org.cep.cases.api.CaseService;
import org.cep.cases.api.CaseView;

@Path("/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CasesResource {
    public record CloseRequest(String reason) {
    }

    private final CaseService cases;

    CasesResource(CaseService cases) {
        this.cases = cases;
    }

    @GET
    @RolesAllowed({"enforcement-officer", "clerk", "supervisor"})
    public List<CaseView> list() {
        return cases.list();
    }

    @POST
    @RolesAllowed({"enforcement-officer", "clerk", "court-admin"})
    public Response create(CaseService.NewCase body) {
        return Response.status(201).entity(cases.create(body)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"enforcement-officer", "clerk", "supervisor"})
    public CaseView get(@PathParam("id") long id) {
        return cases.get(id);
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed("enforcement-officer")
    public CaseView close(@PathParam("id") long id, CloseRequest body) {
        return cases.close(id, body == null ? null : body.reason());
    }
}
