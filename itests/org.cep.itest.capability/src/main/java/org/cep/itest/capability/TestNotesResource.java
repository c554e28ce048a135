package org.cep.itest.capability;

import javax.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.apache.aries.jpa.template.JpaTemplate;
import org.cep.platform.api.AuditLog;
import org.cep.platform.api.ProblemException;
import org.cep.platform.api.TenantJpa;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

@Path("/test-notes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TestNotesResource {
    public record NoteInput(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1, maxLength = 1000) String text) {
    }

    public record NoteView(long id, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String text, long version) {
        static NoteView of(TestNote n) {
            return new NoteView(n.id, n.text, n.version);
        }
    }

    private final JpaTemplate jpa;
    private final AuditLog audit;

    TestNotesResource(JpaTemplate jpa, AuditLog audit) {
        this.jpa = jpa;
        this.audit = audit;
    }

    @GET
    @RolesAllowed({"provincial-admin", "court-admin", "enforcement-officer", "clerk", "supervisor", "trainer", "trial-judge"})
    @Operation(operationId = "listTestNotes", summary = "便签 / Notes")
    public List<NoteView> list() {
        return TenantJpa.inCourt(jpa, em -> em.createQuery("select n from TestNote n order by n.id", TestNote.class)
                .getResultList().stream().map(NoteView::of).collect(Collectors.toList()));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"provincial-admin", "court-admin", "enforcement-officer", "clerk", "supervisor", "trainer", "trial-judge"})
    @Operation(operationId = "getTestNote", summary = "一条便签 / A note")
    public NoteView get(@PathParam("id") long id) {
        return TenantJpa.inCourt(jpa, em -> NoteView.of(find(em, id)));
    }

    @POST
    @RolesAllowed({"clerk", "enforcement-officer"})
    @Operation(operationId = "createTestNote", summary = "写便签 / Write a note")
    @ApiResponse(responseCode = "201", description = "已保存 / stored", content = @Content(schema = @Schema(implementation = NoteView.class)))
    public Response create(NoteInput input) {
        String text = validText(input);
        NoteView created = TenantJpa.inCourt(jpa, em -> {
            TestNote n = new TestNote();
            n.text = text;
            em.persist(n);
            em.flush();
            audit.record("test-note.created", "test-note:" + n.id, null);
            return NoteView.of(n);
        });
        return Response.status(201).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({"clerk", "enforcement-officer"})
    @Operation(operationId = "updateTestNote", summary = "改便签 / Change a note")
    public NoteView update(@PathParam("id") long id, NoteInput input) {
        String text = validText(input);
        return TenantJpa.inCourt(jpa, em -> {
            TestNote n = find(em, id);
            n.text = text;
            em.flush();
            audit.record("test-note.changed", "test-note:" + id, null);
            return NoteView.of(n);
        });
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({"clerk", "enforcement-officer"})
    @Operation(operationId = "deleteTestNote", summary = "删便签 / Delete a note")
    @ApiResponse(responseCode = "204", description = "已删除 / deleted")
    public Response delete(@PathParam("id") long id) {
        TenantJpa.inCourt(jpa, em -> {
            em.remove(find(em, id));
            audit.record("test-note.deleted", "test-note:" + id, null);
            return null;
        });
        return Response.noContent().build();
    }

    private static TestNote find(EntityManager em, long id) {
        TestNote n = em.find(TestNote.class, id);
        if (n == null) throw ProblemException.notFound("便签", "note", String.valueOf(id));
        return n;
    }

    private static String validText(NoteInput input) {
        if (input == null || input.text() == null || input.text().isBlank() || input.text().length() > 1000) {
            throw ProblemException.badField("INVALID_TEXT", "text", "内容不能为空且不超过 1000 字", "text must be 1-1000 characters");
        }
        return input.text();
    }
}
