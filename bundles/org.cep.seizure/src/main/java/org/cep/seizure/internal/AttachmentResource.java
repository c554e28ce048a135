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

/** Photos and documents: upload the raw file with its Content-Type and ?fileName=, list, download. */
@Path("/live-seizure")
public class AttachmentResource {
    private final AttachmentService attachments;

    AttachmentResource(AttachmentService attachments) {
        this.attachments = attachments;
    }

    @POST
    @Path("{owner: lots|inspections}/{ownerId}/attachments")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"enforcement-officer", "clerk"})
    public Response upload(@PathParam("owner") String owner, @PathParam("ownerId") long ownerId,
                           @QueryParam("fileName") String fileName, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
                           @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length, InputStream body) {
        attachments.checkDeclaredSize(length);
        return Response.status(201).entity(attachments.store(kind(owner), ownerId, fileName, type, body)).build();
    }

    @GET
    @Path("{owner: lots|inspections}/{ownerId}/attachments")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"enforcement-officer", "clerk", "supervisor"})
    public List<AttachmentService.AttachmentView> list(@PathParam("owner") String owner, @PathParam("ownerId") long ownerId) {
        return attachments.list(kind(owner), ownerId);
    }

    @GET
    @Path("attachments/{id}")
    @Produces({"image/jpeg", "image/png", "application/pdf", MediaType.APPLICATION_JSON})
    @RolesAllowed({"enforcement-officer", "clerk", "supervisor"})
    public Response download(@PathParam("id") long id) {
        AttachmentService.Content c = attachments.read(id);
        StreamingOutput out = stream -> Files.copy(c.file(), stream);
        return Response.ok(out, c.meta().contentType)
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + URLEncoder.encode(c.meta().fileName, StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private static String kind(String owner) {
        return owner.equals("lots") ? "lot" : "inspection";
    }
}
