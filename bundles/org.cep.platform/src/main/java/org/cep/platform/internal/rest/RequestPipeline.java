package org.cep.platform.internal.rest;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.annotation.Priority;
import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;

import org.cep.platform.api.Capability;
import org.cep.platform.api.CourtContext;
import org.cep.platform.api.Role;
import org.cep.platform.internal.auth.AuthService;
import org.cep.platform.internal.capability.CapabilityRegistry;
import org.cep.platform.internal.metrics.Metrics;
import org.cep.platform.internal.tenant.CourtService;
import org.slf4j.MDC;

/**
 * The request path, in one place and in this order: request id → authenticate → bind the court of
 * the authenticated user → capability switched on for that court → role → resource; the binding
 * is cleared when the response leaves, whatever happened.
 */
@Priority(Priorities.AUTHENTICATION)
public final class RequestPipeline implements ContainerRequestFilter, ContainerResponseFilter {
    private static final Pattern CLIENT_REQUEST_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final ThreadLocal<String> REQUEST_ID = new ThreadLocal<>();

    private final AuthService auth;
    private final CourtService courts;
    private final CapabilityRegistry capabilities;
    private final Map<Class<?>, String> capabilityOfResource;
    private final Metrics metrics;
    private final CourtContext.Binding binding = CourtContext.binding();
    private static final String STARTED = "cep.started", CAPABILITY = "cep.capability";

    @Context
    private ResourceInfo resourceInfo;

    RequestPipeline(AuthService auth, CourtService courts, CapabilityRegistry capabilities, Map<Class<?>, String> capabilityOfResource,
                    Metrics metrics) {
        this.auth = auth;
        this.metrics = metrics;
        this.courts = courts;
        this.capabilities = capabilities;
        this.capabilityOfResource = capabilityOfResource;
    }

    static String currentRequestId() {
        return REQUEST_ID.get();
    }

    @Override
    public void filter(ContainerRequestContext request) {
        binding.clear();
        String given = request.getHeaderString("X-Request-Id");
        String requestId = given != null && CLIENT_REQUEST_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
        REQUEST_ID.set(requestId);

        Method method = resourceInfo.getResourceMethod();
        Class<?> resourceClass = resourceInfo.getResourceClass();
        String capabilityLabel = capabilityOfResource.getOrDefault(resourceClass, "platform");
        request.setProperty(STARTED, System.nanoTime());
        request.setProperty(CAPABILITY, capabilityLabel);
        // every log line of this request names it, its capability and (once known) its court
        MDC.put("requestId", requestId);
        MDC.put("capability", capabilityLabel);
        // public only when the method says so: anything unexpected needs a login (fail closed)
        if (method != null && method.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            request.abortWith(Problems.of(401, "AUTH_REQUIRED", "请先登录（Authorization: Bearer 令牌）",
                    "login required (Authorization: Bearer token)", null, requestId));
            return;
        }
        CourtContext ctx = auth.authenticate(header.substring(7).trim(), requestId);
        if (ctx == null) {
            request.abortWith(Problems.of(401, "TOKEN_INVALID", "登录已失效，请重新登录", "token unknown or expired; log in again",
                    null, requestId));
            return;
        }
        binding.bind(ctx);
        MDC.put("court", ctx.courtId());

        String capabilityId = capabilityOfResource.get(resourceClass);
        if (capabilityId != null) {
            Capability capability = capabilities.get(capabilityId);
            if (capability == null) {
                request.abortWith(Problems.of(404, "CAPABILITY_NOT_INSTALLED", "本平台未安装该功能模块",
                        "capability not installed in this container", null, requestId));
                return;
            }
            if (!capability.alwaysOn() && !courts.isEnabled(ctx.courtId(), capabilityId)) {
                request.abortWith(Problems.of(403, "CAPABILITY_DISABLED", "本院未开通此功能：" + capabilityId,
                        "capability switched off for your court: " + capabilityId, null, requestId));
                return;
            }
        }
        RolesAllowed allowed = rolesOf(method, resourceClass);
        if (allowed == null) {
            // an operation that does not say who may call it is refused to everyone (fail closed)
            request.abortWith(Problems.of(403, "ROLE_REQUIRED", "此操作未声明允许的角色，已拒绝", "this operation declares no roles; refused",
                    null, requestId));
            return;
        }
        if (!hasAny(ctx, allowed.value())) {
            request.abortWith(Problems.of(403, "ROLE_REQUIRED", "您的角色无权执行此操作（需要：" + String.join(", ", allowed.value()) + "）",
                    "your roles do not allow this (needs one of: " + String.join(", ", allowed.value()) + ")", null, requestId));
        }
    }

    /** The roles an operation allows: its own annotation, else its class's; null when neither says. */
    static RolesAllowed rolesOf(Method method, Class<?> resourceClass) {
        RolesAllowed allowed = method == null ? null : method.getAnnotation(RolesAllowed.class);
        if (allowed == null && resourceClass != null) allowed = resourceClass.getAnnotation(RolesAllowed.class);
        return allowed;
    }

    private static boolean hasAny(CourtContext ctx, String[] tokens) {
        for (String t : tokens) {
            Role r = Role.fromToken(t);
            if (r != null && ctx.has(r)) return true;
        }
        return false;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String requestId = REQUEST_ID.get();
        if (requestId != null) response.getHeaders().putSingle("X-Request-Id", requestId);
        if (response.getStatus() >= 400 && !response.hasEntity()) {
            // a refusal without a body (CXF's own, such as ?_wadl) still tells the client what happened
            response.setEntity(ProblemMappers.byStatus(response.getStatus(), requestId).getEntity(), null,
                    MediaType.valueOf(Problems.MEDIA_TYPE));
        }
        // answers carry court data: never sniffed into another type, never kept by a browser or proxy
        response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
        response.getHeaders().putSingle("Cache-Control", "no-store");
        response.getHeaders().putSingle(HttpHeaders.DATE, HttpDate.now());
        Object started = request.getProperty(STARTED);
        Object capability = request.getProperty(CAPABILITY);
        metrics.request(capability == null ? "none" : (String) capability, request.getMethod(), response.getStatus(),
                started == null ? -1 : System.nanoTime() - (Long) started);
        binding.clear();
        REQUEST_ID.remove();
        MDC.remove("requestId");
        MDC.remove("capability");
        MDC.remove("court");
    }
}
