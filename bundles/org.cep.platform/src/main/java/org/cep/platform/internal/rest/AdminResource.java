package org.cep.platform.internal.rest;

import java.util.List;
import java.util.stream.Collectors;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.cep.platform.api.CourtContext;
import org.cep.platform.internal.audit.AuditService;
import org.cep.platform.internal.audit.VerifyResult;
import org.cep.platform.internal.tenant.CourtService;
import org.cep.platform.internal.tenant.TenantConfigWatcher;
import org.cep.platform.internal.user.UserService;

/** Provincial IT: court files, users and audit of any court. */
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("provincial-admin")
public class AdminResource {
    private final TenantConfigWatcher watcher;
    private final CourtService courts;
    private final UserService users;
    private final AuditService audit;

    AdminResource(TenantConfigWatcher watcher, CourtService courts, UserService users, AuditService audit) {
        this.watcher = watcher;
        this.courts = courts;
        this.users = users;
        this.audit = audit;
    }

    @GET
    @Path("tenant-config")
    public TenantConfigWatcher.ScanReport lastScan() {
        return watcher.lastReport();
    }

    @POST
    @Path("tenant-config/scan")
    public TenantConfigWatcher.ScanReport scanNow() {
        return watcher.scan();
    }

    @GET
    @Path("courts/{courtId}/users")
    public List<Dto.UserView> users(@PathParam("courtId") String courtId) {
        courts.require(courtId);
        return users.list(courtId).stream().map(Dto.UserView::of).collect(Collectors.toList());
    }

    @POST
    @Path("courts/{courtId}/users")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createUser(@PathParam("courtId") String courtId, UserService.NewUser body) {
        Dto.UserView u = Dto.UserView.of(users.create(courtId, body, CourtContext.current()));
        // root-relative: never built from the request's Host header, which a client can forge
        return Response.status(201).header(HttpHeaders.LOCATION, "/api/v1/admin/courts/" + courtId + "/users/" + u.id()).entity(u).build();
    }

    @GET
    @Path("courts/{courtId}/users/{id}")
    public Dto.UserView user(@PathParam("courtId") String courtId, @PathParam("id") long id) {
        courts.require(courtId);
        return Dto.UserView.of(users.get(courtId, id));
    }

    @GET
    @Path("courts/{courtId}/audit")
    public List<Dto.AuditEntryView> audit(@PathParam("courtId") String courtId,
                                          @QueryParam("afterSeq") @DefaultValue("0") long afterSeq,
                                          @QueryParam("limit") @DefaultValue("100") int limit) {
        courts.require(courtId);
        return AuditResource.page(audit, courtId, afterSeq, limit);
    }

    @GET
    @Path("courts/{courtId}/audit/verify")
    public VerifyResult verify(@PathParam("courtId") String courtId) {
        courts.require(courtId);
        return audit.verify(courtId);
    }
}
