package org.cep.training.internal;

import java.util.List;

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

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** Sharing modules with partner courts through SHARE grants, and reading, adopting and drilling what others share. */
@Path("/training")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SharingResource {
    private final Sharing sharing;

    SharingResource(Sharing sharing) {
        this.sharing = sharing;
    }

    @POST
    @Path("modules/{id}/shares")
    @RolesAllowed("court-admin")
    @Operation(operationId = "shareTrainingModule", summary = "与结对法院或全省共享模块 / Share a module with partner courts or the province")
    @ApiResponse(responseCode = "201", description = "新发出的共享授权 / the shares newly granted",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = Views.ShareView.class))))
    @ApiResponse(responseCode = "409", description = "本院不在高级法院辖区内 / your court is under no high court")
    public Response share(@PathParam("id") long id, Views.ShareInput body) {
        return Response.status(201).entity(sharing.share(id, body)).build();
    }

    @GET
    @Path("modules/{id}/shares")
    @RolesAllowed({"court-admin", "trainer"})
    @Operation(operationId = "listTrainingModuleShares", summary = "模块的共享记录 / A module's shares")
    public List<Views.ShareView> shares(@PathParam("id") long id) {
        return sharing.shares(id);
    }

    @POST
    @Path("modules/{id}/shares/revoke")
    @RolesAllowed("court-admin")
    @Operation(operationId = "unshareTrainingModule", summary = "取消共享（撤销授权） / Unshare a module (revoke its grants)")
    public List<Views.ShareView> unshare(@PathParam("id") long id, Views.UnshareInput body) {
        return sharing.unshare(id, body);
    }

    @GET
    @Path("shared")
    @RolesAllowed({"trainer", "court-admin", "enforcement-officer", "clerk"})
    @Operation(operationId = "listModulesSharedWithMe", summary = "他院共享给本院的模块 / Modules other courts share with yours")
    public List<Views.SharedWithMe> shared() {
        return sharing.sharedWithMe();
    }

    @GET
    @Path("shared/{courtId}/modules/{moduleId}")
    @RolesAllowed({"trainer", "court-admin", "enforcement-officer", "clerk"})
    @Operation(operationId = "readSharedTrainingModule", summary = "阅读他院共享的模块 / Read a module another court shares")
    public Views.SharedModule read(@PathParam("courtId") String courtId, @PathParam("moduleId") long moduleId,
                                   @QueryParam("grant") Long grant, @QueryParam("version") Integer version) {
        return sharing.read(courtId, moduleId, grant, version);
    }

    @POST
    @Path("shared/{courtId}/modules/{moduleId}/adopt")
    @RolesAllowed({"court-admin", "trainer"})
    @Operation(operationId = "adoptSharedTrainingModule", summary = "采用（或更新到）共享模块的当前版本 / Adopt, or update to, a shared module's current version")
    public Views.AdoptionView adopt(@PathParam("courtId") String courtId, @PathParam("moduleId") long moduleId,
                                    @QueryParam("grant") Long grant) {
        return sharing.adopt(courtId, moduleId, grant);
    }

    @GET
    @Path("adoptions")
    @RolesAllowed({"trainer", "court-admin", "enforcement-officer", "clerk"})
    @Operation(operationId = "listAdoptedTrainingModules", summary = "本院采用的模块及是否有新版本 / Adopted modules and whether a newer version exists")
    public List<Views.AdoptionView> adoptions() {
        return sharing.adopted();
    }

    @GET
    @Path("shared/{courtId}/modules/{moduleId}/drill")
    @RolesAllowed({"enforcement-officer", "clerk"})
    @Operation(operationId = "readSharedDrill", summary = "参加共享模块的演练 / Take a shared module's drill")
    public Views.Drill drill(@PathParam("courtId") String courtId, @PathParam("moduleId") long moduleId, @QueryParam("grant") Long grant) {
        return sharing.drill(courtId, moduleId, grant);
    }

    @POST
    @Path("shared/{courtId}/modules/{moduleId}/attempts")
    @RolesAllowed({"enforcement-officer", "clerk"})
    @Operation(operationId = "submitSharedDrillAttempt", summary = "提交共享模块的演练（成绩留在本院） / Submit a shared drill (the result stays in your court)")
    @ApiResponse(responseCode = "201", description = "已评分 / scored", content = @Content(schema = @Schema(implementation = Views.AttemptView.class)))
    @ApiResponse(responseCode = "409", description = "该模块尚无演练题 / the module has no questions yet")
    public Response attempt(@PathParam("courtId") String courtId, @PathParam("moduleId") long moduleId, @QueryParam("grant") Long grant,
                            Views.AttemptInput body) {
        return Response.status(201).entity(sharing.attempt(courtId, moduleId, grant, body)).build();
    }
}
