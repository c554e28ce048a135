package org.cep.seizure.internal;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** Photos and documents: upload the raw file with its Content-Type and ?fileName=, list, download. */
@Path("/live-seizure")
public class AttachmentResource {
    private final AttachmentService attachments;

    AttachmentResource(AttachmentService attachments) {
        this.attachments = attachments;
    }

    @POST
    @Path("{owner: lots|inspections|violations|seizures}/{ownerId}/attachments")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"enforcement-officer", "clerk"})
    @Operation(operationId = "uploadAttachment", summary = "上传照片或文件（原始内容） / Upload a photo or document (the raw file)")
    @ApiResponse(responseCode = "201", description = "已保存 / stored", content = @Content(schema = @Schema(implementation = AttachmentService.AttachmentView.class)))
    @ApiResponse(responseCode = "413", description = "超过大小上限 / larger than the limit")
    @ApiResponse(responseCode = "415", description = "只接受 JPEG、PNG 或 PDF，且内容须与类型相符 / JPEG, PNG or PDF only, and the content must match the type")
    public Response upload(@PathParam("owner") @Parameter(description = "批次、回访记录、违规（证据）或查封（公告照片） / a lot, an inspection, a violation (evidence) or a seizure (photos of seals and the notice)", schema = @Schema(type = "string", allowableValues = {"lots", "inspections", "violations", "seizures"})) String owner, @PathParam("ownerId") long ownerId,
                           @QueryParam("fileName") @Parameter(required = true, schema = @Schema(type = "string", minLength = 1, maxLength = 200)) String fileName,
                           @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
                           @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length,
                           @RequestBody(required = true, description = "文件本身 / the file itself", content = {
                                   @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")), @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
                                   @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary"))}) InputStream body) {
        attachments.checkDeclaredSize(length);
        return Response.status(201).entity(attachments.store(kind(owner), ownerId, fileName, type, body)).build();
    }

    @GET
    @Path("{owner: lots|inspections|violations|seizures}/{ownerId}/attachments")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"enforcement-officer", "enforcement-judge", "clerk", "supervisor"})
    @Operation(operationId = "listAttachments", summary = "批次、回访、违规或查封的附件 / Attachments of a lot, an inspection, a violation or a seizure")
    public List<AttachmentService.AttachmentView> list(@PathParam("owner") @Parameter(description = "批次、回访记录、违规（证据）或查封（公告照片） / a lot, an inspection, a violation (evidence) or a seizure (photos of seals and the notice)", schema = @Schema(type = "string", allowableValues = {"lots", "inspections", "violations", "seizures"})) String owner,
                                                       @PathParam("ownerId") long ownerId) {
        return attachments.list(kind(owner), ownerId);
    }

    @GET
    @Path("attachments/{id}")
    @Produces({"image/jpeg", "image/png", "application/pdf", MediaType.APPLICATION_JSON})
    @RolesAllowed({"enforcement-officer", "enforcement-judge", "clerk", "supervisor"})
    @Operation(operationId = "downloadAttachment", summary = "下载附件 / Download an attachment")
    @ApiResponse(responseCode = "200", description = "文件本身 / the file itself", content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")), @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary"))})
    public Response download(@PathParam("id") long id) {
        AttachmentService.Content c = attachments.read(id);
        StreamingOutput out = c.bytes() != null ? stream -> stream.write(c.bytes()) : stream -> Files.copy(c.file(), stream);
        return Response.ok(out, c.meta().contentType)
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + URLEncoder.encode(c.meta().fileName, StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private static String kind(String owner) {
        return switch (owner) {
            case "lots" -> "lot";
            case "violations" -> "violation";
            case "seizures" -> "seizure";
            default -> "inspection";
        };
    }
}
