package org.cep.training.internal;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Operation;

/** Unified procedures per enforcement stage, and which one applies to the asking court. */
@Path("/training")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StandardsResource {
    private final Standards standards;

    StandardsResource(Standards standards) {
        this.standards = standards;
    }

    @PUT
    @Path("standards/{stage}")
    @RolesAllowed({"court-admin", "trainer"})
    @Operation(operationId = "publishEnforcementStandard", summary = "发布本院某执行阶段的统一标准 / Publish your court's standard for a stage")
    public Views.StandardView publish(@PathParam("stage") String stage, Views.StandardInput body) {
        return standards.publish(stage, body);
    }

    @GET
    @Path("standards")
    @RolesAllowed({"trainer", "court-admin", "enforcement-officer", "clerk"})
    @Operation(operationId = "listOwnEnforcementStandards", summary = "本院发布的执行标准 / Standards your court published")
    public List<Views.StandardView> own() {
        return standards.own();
    }

    @GET
    @Path("standards/{stage}/applicable")
    @RolesAllowed({"trainer", "court-admin", "enforcement-officer", "clerk"})
    @Operation(operationId = "applicableEnforcementStandard", summary = "本院适用的执行标准及其来源 / The standard that applies to your court, and whose it is")
    public Views.ApplicableStandard applicable(@PathParam("stage") String stage) {
        return standards.applicable(stage);
    }
}
