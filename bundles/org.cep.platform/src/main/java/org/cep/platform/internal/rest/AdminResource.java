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
import org.cep.platform.internal.audit.AuditAnchorJob;
import org.cep.platform.internal.audit.AuditService;
import org.cep.platform.internal.audit.VerifyResult;
import org.cep.platform.internal.tenant.CourtService;
import org.cep.platform.internal.tenant.TenantConfigWatcher;
import org.cep.platform.internal.user.UserService;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** Provincial IT: court files, users and audit of any court. */
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("provincial-admin")
public class AdminResource {
    private final TenantConfigWatcher watcher;
    private final CourtService courts;
    private final UserService users;
    private final AuditService audit;

    private final AuditAnchorJob anchors;

    AdminResource(TenantConfigWatcher watcher, CourtService courts, UserService users, AuditService audit, AuditAnchorJob anchors) {
        this.anchors = anchors;
        this.watcher = watcher;
        this.courts = courts;
        this.users = users;
        this.audit = audit;
    }

    @GET
    @Path("tenant-config")
    @Operation(operationId = "getTenantConfigScan", summary = "最近一次法院配置扫描 / The last scan of the court files")
    public TenantConfigWatcher.ScanReport lastScan() {
        return watcher.lastReport();
    }

    @POST
    @Path("tenant-config/scan")
    @Operation(operationId = "scanTenantConfig", summary = "立即扫描法院配置 / Scan the court files now")
    public TenantConfigWatcher.ScanReport scanNow() {
        return watcher.scan();
    }

    @GET
    @Path("courts/{courtId}/users")
    @Operation(operationId = "listCourtUsers", summary = "某法院的用户 / Users of a court")
    public List<Dto.UserView> users(@PathParam("courtId") String courtId) {
        courts.require(courtId);
        return users.list(courtId).stream().map(Dto.UserView::of).collect(Collectors.toList());
    }

    @POST
    @Path("courts/{courtId}/users")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCourtUser", summary = "在某法院创建用户 / Create a user in a court")
    @ApiResponse(responseCode = "201", description = "已创建 / created",
            headers = @Header(name = "Location", description = "新用户的地址 / the new user's URL", schema = @Schema(type = "string")),
            content = @Content(schema = @Schema(implementation = Dto.UserView.class)))
    @ApiResponse(responseCode = "409", description = "本院已有此用户名 / the court already has a user of this name")
    public Response createUser(@PathParam("courtId") String courtId, UserService.NewUser body) {
        Dto.UserView u = Dto.UserView.of(users.create(courtId, body, CourtContext.current()));
        // root-relative: never built from the request's Host header, which a client can forge
        return Response.status(201).header(HttpHeaders.LOCATION, "/api/v1/admin/courts/" + courtId + "/users/" + u.id()).entity(u).build();
    }

    @GET
    @Path("courts/{courtId}/users/{id}")
    @Operation(operationId = "getCourtUser", summary = "某法院的一个用户 / A user of a court")
    public Dto.UserView user(@PathParam("courtId") String courtId, @PathParam("id") long id) {
        courts.require(courtId);
        return Dto.UserView.of(users.get(courtId, id));
    }

    @GET
    @Path("courts/{courtId}/audit")
    @Operation(operationId = "listCourtAuditEntries", summary = "某法院的审计日志 / The audit log of a court")
    public List<Dto.AuditEntryView> audit(@PathParam("courtId") String courtId,
                                          @QueryParam("afterSeq") @DefaultValue("0") @Parameter(description = "只返回此序号之后的条目 / only entries after this seq", schema = @Schema(type = "integer", format = "int64", defaultValue = "0")) long afterSeq,
                                          @QueryParam("limit") @DefaultValue("100") @Parameter(description = "每页条数 / entries per page", schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "500", defaultValue = "100")) int limit) {
        courts.require(courtId);
        return AuditResource.page(audit, courtId, afterSeq, limit);
    }

    @GET
    @Path("courts/{courtId}/audit/verify")
    @Operation(operationId = "verifyCourtAuditChain", summary = "校验某法院的审计链 / Verify the audit chain of a court")
    public VerifyResult verify(@PathParam("courtId") String courtId) {
        courts.require(courtId);
        return audit.verify(courtId);
    }

    @POST
    @Path("audit/anchor")
    @Operation(operationId = "anchorAuditChains", summary = "立即锚定全部法院的审计链 / Anchor every court's audit chain now",
            description = "把每个法院的审计链头记入其上级法院的审计链（由下至上），并为最高一级法院写入签名检查点文件；"
                    + "此后删除最新条目并回退链头会被校验发现。平时每 auditAnchorMinutes 分钟自动运行。"
                    + " Records every court's audit head in its higher court's chain (lowest first) and writes a signed checkpoint file"
                    + " of the top courts' heads; deleting the newest entries and moving a head back is then reported by verification."
                    + " Runs by itself every auditAnchorMinutes.")
    @ApiResponse(responseCode = "200", description = "本次锚定结果 / what this run anchored",
            content = @Content(schema = @Schema(implementation = AuditAnchorJob.Run.class)))
    public AuditAnchorJob.Run anchor() {
        return anchors.run(CourtContext.current().requestId());
    }
}
