package org.cep.platform.internal.rest;

import java.sql.Connection;

import javax.annotation.security.PermitAll;
import javax.sql.DataSource;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** Liveness for load balancers and operators; needs no login and reveals nothing about courts. */
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {
    private final DataSource dataSource;
    private final java.util.function.BooleanSupplier started;

    HealthResource(DataSource dataSource, java.util.function.BooleanSupplier started) {
        this.dataSource = dataSource;
        this.started = started;
    }

    @GET
    @PermitAll
    @Operation(operationId = "getHealth", summary = "服务健康状况 / Service health",
            description = "供负载均衡与运维使用，无需登录。 For load balancers and operators; no login needed.")
    @ApiResponse(responseCode = "200", description = "服务与数据库正常 / the service and its database are up",
            content = @Content(schema = @Schema(implementation = Dto.Health.class)))
    @ApiResponse(responseCode = "503", description = "数据库不可用 / the database is down",
            content = @Content(schema = @Schema(implementation = Dto.Health.class)))
    public Response health() {
        return ready();
    }

    @GET
    @Path("live")
    @PermitAll
    @Operation(operationId = "getLiveness", summary = "存活检查 / Liveness",
            description = "进程在应答即为存活，不查数据库：数据库故障时不应重启节点。 The process answers, so it is alive; the database is not asked:"
                    + " a database outage is no reason to restart a node.")
    @ApiResponse(responseCode = "200", description = "进程存活 / the process is alive",
            content = @Content(schema = @Schema(implementation = Dto.Liveness.class)))
    public Dto.Liveness live() {
        return new Dto.Liveness("UP");
    }

    @GET
    @Path("ready")
    @PermitAll
    @Operation(operationId = "getReadiness", summary = "就绪检查 / Readiness",
            description = "可接收请求：启动已完成（全部功能已安装）且数据库可用。负载均衡据此摘除或加入节点。 Ready for requests: the start"
                    + " has finished (every capability is installed) and the database answers. The load balancer takes a node out or back in by this.")
    @ApiResponse(responseCode = "200", description = "服务与数据库正常 / the service and its database are up",
            content = @Content(schema = @Schema(implementation = Dto.Health.class)))
    @ApiResponse(responseCode = "503", description = "正在启动或数据库不可用 / still starting, or the database is down",
            content = @Content(schema = @Schema(implementation = Dto.Health.class)))
    public Response ready() {
        boolean up;
        long start = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            up = c.isValid(2);
        } catch (Exception e) {
            up = false;
        }
        String database = up ? "UP" : "DOWN";
        boolean booted = started.getAsBoolean();
        Dto.Health body = new Dto.Health(up && booted ? "UP" : "DOWN",
                new Dto.DatabaseHealth(database, (System.nanoTime() - start) / 1_000_000), booted);
        return Response.status(up && booted ? 200 : 503).entity(body).build();
    }
}
