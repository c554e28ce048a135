package org.cep.platform.internal.rest;

import java.util.Arrays;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.annotation.security.PermitAll;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.cep.platform.api.ProblemException;
import org.cep.platform.internal.metrics.Metrics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** The node's metrics for Prometheus; answered only to the addresses etc/cep.platform.cfg allows (metricsAllowFrom). */
@Path("/metrics")
public class MetricsResource {
    private final Metrics metrics;
    private final Supplier<String> allowFrom;

    @Context
    private HttpServletRequest http;

    MetricsResource(Metrics metrics, Supplier<String> allowFrom) {
        this.metrics = metrics;
        this.allowFrom = allowFrom;
    }

    @GET
    @PermitAll
    @Produces({MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
    @Operation(operationId = "getMetrics", summary = "Prometheus 指标 / Prometheus metrics",
            description = "请求数、时延与错误（按功能模块与状态）、数据库连接池、JVM、审计写入与任务运行；不含法院、用户或案件数据。"
                    + "仅对 metricsAllowFrom 中的地址开放。 Requests, latency and errors per capability and status, database pool, JVM,"
                    + " audit appends and job runs; no court, user or case data. Answered only to the addresses in metricsAllowFrom.")
    @ApiResponse(responseCode = "200", description = "Prometheus 文本格式 / Prometheus text format",
            content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "403", description = "该地址无权读取指标 / this address may not read the metrics")
    public Response metrics() {
        String from = http == null ? null : http.getRemoteAddr();
        Set<String> allowed = Arrays.stream(allowFrom.get().split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        if (!allowed.contains("*") && (from == null || !allowed.contains(from))) {
            throw new ProblemException(403, "METRICS_NOT_ALLOWED", "此地址无权读取指标（见 etc/cep.platform.cfg 的 metricsAllowFrom）",
                    "this address may not read the metrics (see metricsAllowFrom in etc/cep.platform.cfg)");
        }
        return Response.ok(metrics.scrape(), Metrics.CONTENT_TYPE).build();
    }
}
