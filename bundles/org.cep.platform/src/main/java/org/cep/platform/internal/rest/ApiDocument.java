package org.cep.platform.internal.rest;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;

/**
 * The API contract, /api/v1/openapi.json. swagger-core reads the JAX-RS and swagger annotations of
 * every resource (the operation's id and summary, the statuses only it answers, the request
 * schemas' required fields and bounds); then the same conventions are applied to every operation of
 * every capability, from what the platform itself enforces:
 * <ul>
 * <li>tag: the capability that publishes the resource ("platform" for the platform's own);</li>
 * <li>security: bearer, except {@code @PermitAll} operations ({@code security: []}); roles as {@code x-roles};</li>
 * <li>success: 200 with the return type's schema (204 for void); a method returning {@code Response}
 * declares its 2xx with {@code @ApiResponse};</li>
 * <li>refusals the request pipeline gives, as the shared {@code Problem} schema in application/problem+json
 * (components/responses): 401 and 403 when a login is needed, 400, 414, 415 and 431 for every operation (the
 * web server refuses malformed requests, long URIs, unknown charsets and large headers before the API), 404 for path parameters and typed query parameters,
 * 406 for every operation, {@code default} for 500/503; a 4xx an operation declares itself gets the
 * same schema unless it names its own;</li>
 * <li>records: the fields of a primitive type are always present (required), and no other field is
 * written or accepted (additionalProperties false: the server refuses unknown fields).</li>
 * </ul>
 * What cannot be documented (no operation id, a Response without a 2xx, two types of one schema
 * name) is listed in {@link #problems()}, logged, and written to the document as x-contract-problems
 * so that the integration suite fails on it.
 */
final class ApiDocument {
    static final String PROBLEM = "Problem";
    static final String BEARER = "bearer";
    private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;

    /** The resources one tag describes: the platform's, or one capability's. */
    record Group(String tag, String description, List<Class<?>> resources) {
    }

    private final OpenAPI openApi;
    private final List<String> problems = new ArrayList<>();

    private ApiDocument(List<Group> groups) {
        Set<Class<?>> classes = new LinkedHashSet<>();
        Map<String, Method> methods = new HashMap<>();
        Map<Method, Group> groupOf = new HashMap<>();
        for (Group g : groups) {
            for (Class<?> type : g.resources()) {
                classes.add(type);
                for (Method m : type.getMethods()) {
                    io.swagger.v3.oas.annotations.Operation op = m.getAnnotation(io.swagger.v3.oas.annotations.Operation.class);
                    if (op == null || op.operationId().isBlank()) continue;
                    if (methods.put(op.operationId(), m) != null) {
                        problems.add("operationId " + op.operationId() + " is used twice (" + type.getName() + ")");
                    }
                    groupOf.put(m, g);
                }
            }
        }
        openApi = new Reader(new SwaggerConfiguration().openAPI(new OpenAPI()).readAllResources(true)).read(classes);
        openApi.setInfo(new Info().title("法院执行平台 API / Court Enforcement Platform API").version("v1")
                .contact(new Contact().name("省法院信息中心 / the provincial court IT centre"))
                // the API is the province's own, not published for reuse: say so rather than leave the terms unstated
                .license(new License().name("省法院系统内部使用 / for the province's courts only")).description(
                "所有请求须带 Authorization: Bearer 令牌（POST /auth/login 取得；/health、/auth/login 与本文档除外）；"
                        + "错误为 application/problem+json（Problem），code 稳定。"
                        + " Every request needs Authorization: Bearer (from POST /auth/login; /health, /auth/login and this"
                        + " document excepted); errors are application/problem+json (Problem) with a stable code."));
        openApi.setServers(List.of(new Server().url("/api/v1").description("本服务器 / this server")));
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.setComponents(components);
        components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .description("POST /auth/login 取得的令牌 / the token from POST /auth/login"));
        components.addSchemas(PROBLEM, problemSchema());
        SHARED.forEach((name, description) -> components.addResponses(name, new ApiResponse().description(description).content(problemContent())));
        openApi.setSecurity(List.of(new SecurityRequirement().addList(BEARER)));
        List<Tag> tags = new ArrayList<>();
        for (Group g : groups) tags.add(new Tag().name(g.tag()).description(g.description()));
        openApi.setTags(tags);

        if (openApi.getPaths() != null) {
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((http, op) -> {
                Method m = methods.get(op.getOperationId());
                if (m == null) {
                    problems.add(http + " " + path + ": its method has no @Operation(operationId = …, summary = …)");
                    return;
                }
                describe(path, http, op, m, groupOf.get(m));
            }));
        }
        closeRecords(classes, components);
        if (!problems.isEmpty()) openApi.addExtension("x-contract-problems", problems);
    }

    static ApiDocument build(List<Group> groups) {
        return new ApiDocument(groups);
    }

    List<String> problems() {
        return problems;
    }

    OpenAPI openApi() {
        return openApi;
    }

    byte[] json() {
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(openApi);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the OpenAPI document cannot be written", e);
        }
    }

    private void describe(String path, PathItem.HttpMethod http, Operation op, Method m, Group group) {
        op.setTags(List.of(group.tag()));
        boolean isPublic = m.isAnnotationPresent(PermitAll.class);
        if (isPublic) {
            op.setSecurity(List.of());
        } else {
            RolesAllowed roles = RequestPipeline.rolesOf(m, m.getDeclaringClass());
            if (roles != null) {
                op.addExtension("x-roles", List.of(roles.value()));
                String who = "允许的角色 / Roles: " + String.join(", ", roles.value());
                op.setDescription(op.getDescription() == null ? who : op.getDescription() + "\n\n" + who);
            }
        }
        ApiResponses responses = op.getResponses() == null ? new ApiResponses() : op.getResponses();
        op.setResponses(responses);
        ApiResponse generated = responses.get("default");
        if (generated != null && Reader.DEFAULT_DESCRIPTION.equals(generated.getDescription())) responses.remove("default");
        if (responses.keySet().stream().noneMatch(code -> code.startsWith("2"))) success(path, http, op, m);

        if (!isPublic) {
            responses.putIfAbsent("401", shared(UNAUTHORIZED));
            responses.putIfAbsent("403", shared(FORBIDDEN));
        }
        boolean notFound = false;
        for (Parameter p : op.getParameters() == null ? List.<Parameter>of() : op.getParameters()) {
            boolean text = p.getSchema() != null && "string".equals(p.getSchema().getType());
            if ("path".equals(p.getIn())) notFound = true;
            // JAX-RS answers 404 when a path or query parameter is not of its Java type
            if ("query".equals(p.getIn()) && !text) notFound = true;
        }
        if (op.getRequestBody() != null) {
            // JsonBodies refuses an empty or null body of every write
            op.getRequestBody().setRequired(true);
        }
        // the web server refuses a malformed request (400), an unknown charset (415), a long URI (414) or large headers (431)
        // on any operation, before the API
        responses.putIfAbsent("400", shared(BAD_REQUEST));
        responses.putIfAbsent("415", shared(UNSUPPORTED));
        responses.putIfAbsent("414", shared(URI_TOO_LONG));
        responses.putIfAbsent("431", shared(HEADERS_TOO_LARGE));
        if (notFound) responses.putIfAbsent("404", shared(NOT_FOUND));
        responses.putIfAbsent("406", shared(NOT_ACCEPTABLE));
        responses.putIfAbsent("default", shared(SERVER_ERROR));
        // every refusal is a problem document, whoever declared it
        ApiResponses sorted = new ApiResponses();
        responses.keySet().stream().sorted((a, b) -> a.equals("default") ? 1 : b.equals("default") ? -1 : a.compareTo(b))
                .forEach(code -> sorted.addApiResponse(code, responses.get(code)));
        op.setResponses(sorted);
        sorted.forEach((code, r) -> {
            if (r.get$ref() != null) return;
            if ((code.startsWith("4") || code.startsWith("5") || code.equals("default")) && !hasSchema(r.getContent())) {
                r.setContent(problemContent());
            }
            if (r.getDescription() == null || r.getDescription().isBlank()) {
                problems.add(http + " " + path + ": response " + code + " has no description");
            }
        });
    }

    /** The success answer from the Java return type: a typed entity is 200, void is 204. */
    private void success(String path, PathItem.HttpMethod http, Operation op, Method m) {
        ApiResponses responses = op.getResponses();
        if (m.getReturnType() == void.class) {
            responses.addApiResponse("204", new ApiResponse().description("完成，无内容 / done, no content"));
            return;
        }
        if (m.getReturnType() == Response.class) {
            problems.add(http + " " + path + ": returns Response but declares no 2xx @ApiResponse with its content");
            return;
        }
        ResolvedSchema resolved = ModelConverters.getInstance().resolveAsResolvedSchema(new AnnotatedType(m.getGenericReturnType()).resolveAsRef(true));
        if (resolved.referencedSchemas != null) resolved.referencedSchemas.forEach(openApi.getComponents().getSchemas()::putIfAbsent);
        Content content = new Content();
        for (String type : producedTypes(m)) {
            content.addMediaType(type, new io.swagger.v3.oas.models.media.MediaType().schema(resolved.schema));
        }
        responses.addApiResponse("200", new ApiResponse().description("成功 / OK").content(content));
    }

    private static List<String> producedTypes(Method m) {
        Produces produces = m.getAnnotation(Produces.class);
        if (produces == null) produces = m.getDeclaringClass().getAnnotation(Produces.class);
        return produces == null ? List.of(MediaType.APPLICATION_JSON) : List.of(produces.value());
    }

    private static boolean hasSchema(Content content) {
        if (content == null || content.isEmpty()) return false;
        for (io.swagger.v3.oas.models.media.MediaType mt : content.values()) {
            Schema<?> s = mt.getSchema();
            if (s == null || (s.get$ref() == null && s.getType() == null && s.getTypes() == null)) return false;
        }
        return true;
    }

    /** The refusals every capability shares, by name in components/responses. */
    private static final Map<String, String> SHARED = new LinkedHashMap<>();
    private static final String BAD_REQUEST = refusal("BadRequest",
            "请求无效：缺少或错误的字段、参数（见 code 与 field） / bad request: a missing or invalid field or parameter (see code and field)");
    private static final String UNAUTHORIZED = refusal("Unauthorized", "未登录，或令牌未知或已过期 / not logged in, or the token is unknown or expired");
    private static final String FORBIDDEN = refusal("Forbidden",
            "角色不允许此操作，或本院未开通该功能 / the caller's roles do not allow this, or the capability is off for the court");
    private static final String NOT_FOUND = refusal("NotFound",
            "不存在或属于其他法院；路径或查询参数不是数字时亦然 / not found, or of another court; also when a path or query parameter is not a number");
    private static final String NOT_ACCEPTABLE = refusal("NotAcceptable", "无法提供 Accept 所列的任何类型 / none of the types in Accept can be produced");
    private static final String UNSUPPORTED = refusal("UnsupportedMediaType",
            "请求体类型或字符集不支持 / unsupported body type or charset");
    private static final String URI_TOO_LONG = refusal("UriTooLong", "请求地址过长 / the request URI is too long");
    private static final String HEADERS_TOO_LARGE = refusal("HeadersTooLarge", "请求头过大 / the request headers are too large");
    private static final String SERVER_ERROR = refusal("ServerError", "服务器错误（500 INTERNAL_ERROR）或数据库暂不可用（503 DATABASE_UNAVAILABLE）"
            + " / server fault (500 INTERNAL_ERROR) or database unavailable (503 DATABASE_UNAVAILABLE)");

    private static String refusal(String name, String description) {
        SHARED.put(name, description);
        return name;
    }

    private static ApiResponse shared(String name) {
        return new ApiResponse().$ref("#/components/responses/" + name);
    }

    private static Content problemContent() {
        return new Content().addMediaType(Problems.MEDIA_TYPE,
                new io.swagger.v3.oas.models.media.MediaType().schema(new Schema<>().$ref(PROBLEM_REF)));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema problemSchema() {
        ObjectSchema s = new ObjectSchema();
        s.setDescription("RFC 9457 问题详情 / problem details");
        s.addProperty("type", new StringSchema().description("urn:cep:problem:<code>"));
        s.addProperty("title", new StringSchema().description("中文 / English"));
        s.addProperty("status", new IntegerSchema().format("int32").minimum(java.math.BigDecimal.valueOf(400)).maximum(java.math.BigDecimal.valueOf(599)));
        s.addProperty("code", new StringSchema().pattern("^[A-Z][A-Z0-9_]*$").description("稳定的机器可读代码 / stable machine-readable code"));
        s.addProperty("messageZh", new StringSchema().description("中文说明 / the message in Chinese"));
        s.addProperty("messageEn", new StringSchema().description("英文说明 / the message in English"));
        s.addProperty("field", new StringSchema().description("出错的字段或参数 / the field or parameter at fault"));
        s.addProperty("requestId", new StringSchema().description("请求编号（亦在 X-Request-Id 头） / the request id (also in X-Request-Id)"));
        s.setRequired(List.of("type", "title", "status", "code", "messageZh", "messageEn"));
        s.setAdditionalProperties(false);
        return s;
    }

    /**
     * Records reachable from the operations: their primitive fields are always written (required),
     * and their JSON has exactly their fields (the server refuses unknown ones and writes no others).
     */
    private void closeRecords(Set<Class<?>> resources, Components components) {
        Map<String, Class<?>> records = new TreeMap<>();
        for (Class<?> type : resources) {
            for (Method m : type.getMethods()) {
                if (java.util.Arrays.stream(m.getAnnotations()).noneMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class))) continue;
                collect(m.getGenericReturnType(), records);
                for (Type p : m.getGenericParameterTypes()) collect(p, records);
                for (io.swagger.v3.oas.annotations.responses.ApiResponse r
                        : m.getAnnotationsByType(io.swagger.v3.oas.annotations.responses.ApiResponse.class)) {
                    for (io.swagger.v3.oas.annotations.media.Content c : r.content()) collect(c.schema().implementation(), records);
                }
            }
        }
        Map<String, Schema> schemas = components.getSchemas() == null ? Map.of() : components.getSchemas();
        records.forEach((name, type) -> {
            Schema<?> schema = schemas.get(name);
            if (schema == null || schema.getProperties() == null) return;
            schema.setAdditionalProperties(false);
            for (RecordComponent c : type.getRecordComponents()) {
                if (c.getType().isPrimitive() && schema.getProperties().containsKey(c.getName())
                        && (schema.getRequired() == null || !schema.getRequired().contains(c.getName()))) {
                    schema.addRequiredItem(c.getName());
                }
            }
        });
    }

    private void collect(Type type, Map<String, Class<?>> records) {
        if (type instanceof ParameterizedType p) {
            for (Type arg : p.getActualTypeArguments()) collect(arg, records);
        } else if (type instanceof Class<?> c && c.isRecord()) {
            io.swagger.v3.oas.annotations.media.Schema named = c.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
            String name = named != null && !named.name().isBlank() ? named.name() : c.getSimpleName();
            Class<?> before = records.put(name, c);
            if (before == c) return;
            if (before != null) {
                problems.add("schema " + name + " stands for two types, " + before.getName() + " and " + c.getName()
                        + ": name one with @Schema(name = …)");
                return;
            }
            for (RecordComponent rc : c.getRecordComponents()) collect(rc.getGenericType(), records);
        }
    }
}
