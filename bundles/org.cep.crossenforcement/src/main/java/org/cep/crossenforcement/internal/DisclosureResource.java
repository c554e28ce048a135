package org.cep.crossenforcement.internal;

import java.util.List;

import javax.annotation.security.PermitAll;
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

import org.cep.platform.api.PartyAccess;

/**
 * Parties without an account (court id, case number and access code in the body, never in the URL), the
 * staff who give them codes, and the supervising court that answers their complaints.
 */
@Path("/cross-enforcement")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DisclosureResource {
    private final Disclosure disclosure;

    DisclosureResource(Disclosure disclosure) {
        this.disclosure = disclosure;
    }

    @POST
    @Path("cases/{caseId}/access-code")
    @RolesAllowed({"enforcement-officer", "clerk"})
    public Response issue(@PathParam("caseId") long caseId, Disclosure.CodeInput body) {
        PartyAccess.Issued issued = disclosure.issueCode(caseId, body);
        return Response.status(201).entity(issued).build();
    }

    @POST
    @Path("public/timeline")
    @PermitAll
    public Disclosure.Timeline timeline(Disclosure.PartyRequest body) {
        return disclosure.timeline(body);
    }

    @POST
    @Path("public/complaints")
    @PermitAll
    public Response complain(Disclosure.ComplaintInput body) {
        return Response.status(201).entity(disclosure.complain(body)).build();
    }

    @GET
    @Path("complaints")
    @RolesAllowed("supervisor")
    public List<Disclosure.ComplaintView> complaints(@QueryParam("overdue") boolean overdue) {
        return disclosure.complaints(overdue);
    }

    @POST
    @Path("complaints/{id}/notes")
    @RolesAllowed("supervisor")
    public Disclosure.ComplaintView note(@PathParam("id") long id, Disclosure.NoteInput body) {
        return disclosure.note(id, body);
    }

    @POST
    @Path("complaints/{id}/answer")
    @RolesAllowed("supervisor")
    public Disclosure.ComplaintView answer(@PathParam("id") long id, Disclosure.NoteInput body) {
        return disclosure.answer(id, body);
    }
}
