package org.cep.itest.capability;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.cep.platform.api.AuditLog;
import org.cep.platform.api.CourtContext;
import org.cep.platform.api.CourtJobs;
import org.cep.platform.api.CrossingPurpose;
import org.cep.platform.api.Crossings;
import org.cep.platform.api.TenantJpa;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * Test-only: drives the platform's crossing service the way a capability does, so the integration
 * suite can prove what it admits and refuses, and that a capability cannot bind a court itself.
 */
@Path("/test-notes/crossing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TestCrossingResource {
    public record GrantInput(String purpose, String granteeCourtId, String scope, String validUntil) {
    }

    public record NoteId(long id) {
    }

    public record BindAttempt(boolean refused) {
    }

    private final JpaTemplate jpa;
    private final AuditLog audit;
    private final Crossings crossings;
    private final CourtJobs jobs;

    TestCrossingResource(JpaTemplate jpa, AuditLog audit, Crossings crossings, CourtJobs jobs) {
        this.jpa = jpa;
        this.audit = audit;
        this.crossings = crossings;
        this.jobs = jobs;
    }

    /** The caller's court opens its notes to another court. */
    @POST
    @Path("grants")
    @RolesAllowed({"court-admin", "clerk", "supervisor"})
    @Operation(operationId = "testIssueGrant", summary = "开放本院便签给他院 / Open this court's notes to another court")
    @ApiResponse(responseCode = "404", description = "未找到法院或案件 / no such court or case")
    public Crossings.Grant grant(GrantInput in) {
        return crossings.issue(new Crossings.NewGrant(CrossingPurpose.valueOf(in.purpose()), CourtContext.current().courtId(),
                in.granteeCourtId(), in.scope(), Instant.parse(in.validUntil()), "test"));
    }

    @GET
    @Path("{courtId}/notes")
    @RolesAllowed({"court-admin", "clerk", "supervisor"})
    @Operation(operationId = "testReadAcross", summary = "跨院读取便签 / Read another court's notes")
    public List<String> read(@PathParam("courtId") String court, @QueryParam("purpose") String purpose,
                             @QueryParam("grant") Long grant, @QueryParam("scope") String scope) {
        return crossings.read(crossing(court, purpose, grant, scope), () -> TenantJpa.inCourt(jpa, em ->
                em.createQuery("select n from TestNote n order by n.id", TestNote.class).getResultList().stream()
                        .map(n -> n.text).collect(Collectors.toList())));
    }

    /** Adds a note in the other court: allowed only for a purpose that may write. */
    @POST
    @Path("{courtId}/notes")
    @RolesAllowed({"court-admin", "clerk", "supervisor"})
    @Operation(operationId = "testWriteAcross", summary = "跨院写入便签 / Write a note into another court")
    public NoteId write(@PathParam("courtId") String court, @QueryParam("purpose") String purpose,
                                     @QueryParam("grant") Long grant, @QueryParam("scope") String scope,
                                     TestNotesResource.NoteInput in) {
        return crossings.write(crossing(court, purpose, grant, scope), () -> new NoteId(add(in.text())));
    }

    /** Tries to write inside a read-only crossing: the platform must leave nothing behind. */
    @POST
    @Path("{courtId}/notes-under-read")
    @RolesAllowed({"court-admin", "clerk", "supervisor"})
    @Operation(operationId = "testWriteUnderRead", summary = "在只读跨院中写入（应被回滚） / Write inside a read-only crossing (rolled back)")
    public NoteId sneak(@PathParam("courtId") String court, @QueryParam("purpose") String purpose,
                                     @QueryParam("grant") Long grant, @QueryParam("scope") String scope,
                                     TestNotesResource.NoteInput in) {
        return crossings.read(crossing(court, purpose, grant, scope), () -> new NoteId(add(in.text())));
    }

    /** A capability asking for the platform's binding handle: must be refused. */
    @POST
    @Path("bind-myself")
    @RolesAllowed({"court-admin", "clerk", "supervisor"})
    @Operation(operationId = "testBindMyself", summary = "功能模块自行绑定法院（应被拒绝） / A capability binding a court itself (refused)")
    public BindAttempt bindMyself() {
        try {
            CourtContext.binding();
            return new BindAttempt(false);
        } catch (SecurityException e) {
            return new BindAttempt(true);
        }
    }

    /** Runs a job through the platform's job runner: a note in every court with test notes on, written as the system. */
    @POST
    @Path("job")
    @RolesAllowed("court-admin")
    @Operation(operationId = "testRunJob", summary = "经平台作业运行器运行 / Run through the platform's job runner")
    public List<CourtJobs.Outcome> job() {
        return jobs.forEachCourt("test-notes-job", "test-notes", () -> add("job ran in " + CourtContext.current().courtId()));
    }

    private long add(String text) {
        return TenantJpa.inCourt(jpa, em -> {
            TestNote n = new TestNote();
            n.text = text;
            em.persist(n);
            em.flush();
            audit.record("test-note.created", "test-note:" + n.id, "by " + CourtContext.current().actor());
            return n.id;
        });
    }

    private static Crossings.Crossing crossing(String court, String purpose, Long grant, String scope) {
        return new Crossings.Crossing(court, CrossingPurpose.valueOf(purpose), grant, scope, "test notes");
    }
}
