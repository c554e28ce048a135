package org.cep.platform.internal.rest;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HEAD;
import javax.ws.rs.OPTIONS;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;

import org.apache.cxf.jaxrs.openapi.OpenApiCustomizer;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;

/**
 * Turns the document that swagger derives from the resource classes into the API's contract: who may
 * call each operation (x-roles, or public), the bearer scheme, stable operation ids, one tag per
 * capability, the problem document as the shared answer for every refusal, and the success status.
 */
final class ApiContract extends OpenApiCustomizer {
    private static final String PROBLEM = "Problem";
    private static final java.util.Set<String> CREATED = java.util.Set.of("create", "createUser", "addLot", "propose", "upload", "inspect",
            "reportSale", "money");
    private static final java.util.Set<String> NO_CONTENT = java.util.Set.of("logout", "delete");

    private final List<Object> resources;
    private final Map<Class<?>, String> capabilityOf;

    ApiContract(List<Object> resources, Map<Class<?>, String> capabilityOf) {
        this.resources = resources;
        this.capabilityOf = capabilityOf;
    }

    @Override
    public void customize(OpenAPI oas) {
        super.customize(oas);
        oas.setServers(List.of(new Server().url("/api/v1").description("本服务器 / this server")));
        Components components = oas.getComponents() == null ? new Components() : oas.getComponents();
        oas.setComponents(components);
        components.addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .description("POST /auth/login 取得的令牌 / the token from POST /auth/login"));
        components.addSchemas(PROBLEM, problemSchema());
        oas.setSecurity(List.of(new SecurityRequirement().addList("bearer")));

        Map<String, Tag> tags = new LinkedHashMap<>();
        for (Object resource : resources) {
            Class<?> type = resource.getClass();
            String tag = capabilityOf.getOrDefault(type, "platform");
            tags.putIfAbsent(tag, new Tag().name(tag).description(tag.equals("platform")
                    ? "平台：法院、功能开关、用户、审计 / platform: courts, switches, users, audit"
                    : "功能模块 " + tag + " / capability " + tag));
            Path classPath = type.getAnnotation(Path.class);
            for (Method m : type.getMethods()) {
                String http = httpMethod(m);
                if (http == null) continue;
                Path methodPath = m.getAnnotation(Path.class);
                String path = normalize((classPath == null ? "" : classPath.value()) + "/" + (methodPath == null ? "" : methodPath.value()));
                PathItem item = oas.getPaths() == null ? null : oas.getPaths().get(path);
                Operation op = item == null ? null : item.readOperationsMap().get(PathItem.HttpMethod.valueOf(http));
                if (op == null) continue;
                describe(op, type, m, tag, http);
            }
        }
        oas.setTags(new ArrayList<>(tags.values()));
    }

    private void describe(Operation op, Class<?> type, Method m, String tag, String http) {
        String prefix = type.getSimpleName().replaceFirst("Resource$", "");
        op.setOperationId(Character.toLowerCase(prefix.charAt(0)) + prefix.substring(1)
                + Character.toUpperCase(m.getName().charAt(0)) + m.getName().substring(1));
        op.setTags(List.of(tag));
        boolean isPublic = m.isAnnotationPresent(PermitAll.class);
        RolesAllowed roles = RequestPipeline.rolesOf(m, type);
        if (isPublic) {
            op.setSecurity(List.of());
            op.addExtension("x-public", true);
        } else if (roles != null) {
            op.addExtension("x-roles", List.of(roles.value()));
        }
        if (op.getRequestBody() != null) op.getRequestBody().setRequired(true);

        ApiResponses responses = op.getResponses() == null ? new ApiResponses() : op.getResponses();
        ApiResponse success = responses.remove("default");
        if (success == null) success = new ApiResponse();
        if (success.getDescription() == null || success.getDescription().isBlank() || "default response".equals(success.getDescription())) {
            success.setDescription("成功 / success");
        }
        // methods answering with a Response say nothing to swagger about their status: the names say it here,
        // and the suite's contract check fails when a status is answered that the document does not list
        String status = CREATED.contains(m.getName()) ? "201" : NO_CONTENT.contains(m.getName()) ? "204" : "200";
        if (!responses.containsKey(status)) responses.addApiResponse(status, success);
        if (m.getName().equals("money")) responses.addApiResponse("200", new ApiResponse().description("重复请求：返回首次记入的款项 / a repeat: the entry first recorded")
                .content(success.getContent()));
        if (!isPublic) {
            responses.addApiResponse("401", problem("未登录或令牌失效 / not logged in, or the token expired"));
            responses.addApiResponse("403", problem("角色不允许或本院未开通该功能 / role not allowed, or capability off for the court"));
        }
        if (op.getRequestBody() != null || op.getParameters() != null && !op.getParameters().isEmpty() || isPublic) {
            responses.addApiResponse("400", problem("请求无效（字段见 field）/ bad request (see field)"));
        }
        responses.addApiResponse("404", problem("不存在，或属于其他法院 / not found, or of another court"));
        if (!http.equals("GET")) {
            responses.addApiResponse("409", problem("与当前状态或他人修改冲突 / conflicts with the current state or a concurrent change"));
        }
        if (op.getRequestBody() != null) {
            responses.addApiResponse("415", problem("请求体类型或字符集不支持 / unsupported body type or charset"));
        }
        responses.addApiResponse("default", problem("其他错误（见 code）/ any other error (see code)"));
        op.setResponses(responses);
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(Problems.MEDIA_TYPE,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema problemSchema() {
        ObjectSchema s = new ObjectSchema();
        s.setDescription("RFC 9457 问题详情 / problem details");
        s.addProperty("type", new StringSchema().description("urn:cep:problem:…"));
        s.addProperty("title", new StringSchema().description("中文 / English"));
        s.addProperty("status", new IntegerSchema().format("int32"));
        s.addProperty("code", new StringSchema().description("稳定的机器可读代码 / stable machine-readable code"));
        s.addProperty("messageZh", new StringSchema());
        s.addProperty("messageEn", new StringSchema());
        s.addProperty("field", new StringSchema().description("出错的字段 / the field at fault"));
        s.addProperty("requestId", new StringSchema());
        s.setRequired(List.of("type", "title", "status", "code", "messageZh", "messageEn"));
        return s;
    }

    private static String httpMethod(Method m) {
        if (m.isAnnotationPresent(GET.class)) return "GET";
        if (m.isAnnotationPresent(POST.class)) return "POST";
        if (m.isAnnotationPresent(PUT.class)) return "PUT";
        if (m.isAnnotationPresent(PATCH.class)) return "PATCH";
        if (m.isAnnotationPresent(DELETE.class)) return "DELETE";
        if (m.isAnnotationPresent(HEAD.class)) return "HEAD";
        if (m.isAnnotationPresent(OPTIONS.class)) return "OPTIONS";
        return null;
    }

    /** "/live-seizure//{owner: lots|inspections}/" → "/live-seizure/{owner}", as swagger writes paths. */
    static String normalize(String path) {
        String p = path.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
        if (!p.startsWith("/")) p = "/" + p;
        if (p.length() > 1 && p.endsWith("/")) p = p.substring(0, p.length() - 1);
        return p;
    }
}
