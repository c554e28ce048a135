package org.cep.training.internal;

import java.io.InputStream;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** A module as a SCORM 1.2 package that learning systems open, and the import of such a package as a new module. */
@Path("/training")
public class PackagesResource {
    private final Packages packages;

    PackagesResource(Packages packages) {
        this.packages = packages;
    }

    @GET
    @Path("modules/{id}/package")
    @Produces({Packages.ZIP, MediaType.APPLICATION_JSON})
    @RolesAllowed("trainer")
    @Operation(operationId = "exportTrainingModule", summary = "导出为 SCORM 1.2 程序包（当前版本及演练） / Export as a SCORM 1.2 package (current version and drill)")
    @ApiResponse(responseCode = "200", description = "SCORM 1.2 程序包 / the SCORM 1.2 package",
            content = @Content(mediaType = Packages.ZIP, schema = @Schema(type = "string", format = "binary")))
    public Response export(@PathParam("id") long id) {
        byte[] zip = packages.export(id);
        return Response.ok(zip, Packages.ZIP)
                .header("Content-Disposition", "attachment; filename=\"training-module-" + id + "-scorm12.zip\"")
                .build();
    }

    @POST
    @Path("module-packages")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("trainer")
    @Operation(operationId = "importTrainingModule", summary = "导入 SCORM 1.2 程序包为本院新模块 / Import a SCORM 1.2 package as a new module of your court")
    @ApiResponse(responseCode = "201", description = "已导入为第 1 版 / imported as version 1", content = @Content(schema = @Schema(implementation = Views.ModuleView.class)))
    @ApiResponse(responseCode = "409", description = "题目数超过上限 / more questions than a module takes")
    @ApiResponse(responseCode = "413", description = "程序包或其解压内容超过上限 / the package, or what it unpacks to, is larger than the limit")
    @ApiResponse(responseCode = "415", description = "须为 application/zip / must be application/zip")
    public Response importPackage(@Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
                                  @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length,
                                  @RequestBody(required = true, description = "本平台导出的 SCORM 1.2 程序包 / a SCORM 1.2 package exported by the platform",
                                          content = @Content(mediaType = Packages.ZIP, schema = @Schema(type = "string", format = "binary"))) InputStream body) {
        return Response.status(201).entity(packages.importPackage(type, length, body)).build();
    }
}
