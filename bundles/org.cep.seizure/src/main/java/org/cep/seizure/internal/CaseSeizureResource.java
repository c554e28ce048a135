package org.cep.seizure.internal;

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

import org.cep.seizure.domain.SeizureAssessment;

/** On site, per case: the debtor's assets as lots, the seizure-limit check, and the proposed seizure. */
@Path("/live-seizure/cases/{caseId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseSeizureResource {
    private final SeizureService seizures;

    CaseSeizureResource(SeizureService seizures) {
        this.seizures = seizures;
    }

    @POST
    @Path("lots")
    @RolesAllowed({"enforcement-officer", "clerk"})
    public Response addLot(@PathParam("caseId") long caseId, Views.NewLot body) {
        return Response.status(201).entity(seizures.addLot(caseId, body)).build();
    }

    @GET
    @Path("lots")
    @RolesAllowed({"enforcement-officer", "clerk", "supervisor"})
    public List<Views.LotView> lots(@PathParam("caseId") long caseId) {
        return seizures.lots(caseId);
    }

    /** Preview: nothing is written. */
    @POST
    @Path("seizure-assessment")
    @RolesAllowed({"enforcement-officer", "clerk", "supervisor"})
    public SeizureAssessment assess(@PathParam("caseId") long caseId, Views.SeizureRequest body) {
        return seizures.assess(caseId, body);
    }

    @POST
    @Path("seizures")
    @RolesAllowed("enforcement-officer")
    public Response propose(@PathParam("caseId") long caseId, Views.SeizureRequest body) {
        return Response.status(201).entity(seizures.propose(caseId, body)).build();
    }
}
