package org.cep.platform.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponses;

class ApiDocumentTest {
    private static final List<Class<?>> PLATFORM = List.of(ApiDocumentResource.class, HealthResource.class, AuthResource.class,
            CourtResource.class, UserResource.class, AuditResource.class, AdminResource.class);

    private static OpenAPI platform() {
        ApiDocument d = ApiDocument.build(List.of(new ApiDocument.Group("platform", "平台 / platform", PLATFORM)));
        assertEquals(List.of(), d.problems());
        return d.openApi();
    }

    @Test
    void thePlatformsOperationsFollowTheConventions() {
        OpenAPI api = platform();
        assertEquals("/api/v1", api.getServers().get(0).getUrl());
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((http, op) -> {
            String what = http + " " + path;
            assertTrue(op.getSummary().contains(" / "), what);
            assertEquals(List.of("platform"), op.getTags(), what);
            ApiResponses r = op.getResponses();
            assertTrue(r.keySet().stream().anyMatch(c -> c.startsWith("2")), what);
            assertNotNull(r.get("default"), what);
            boolean isPublic = op.getSecurity() != null && op.getSecurity().isEmpty();
            if (!isPublic) {
                assertEquals("#/components/responses/Unauthorized", r.get("401").get$ref(), what);
                assertEquals("#/components/responses/Forbidden", r.get("403").get$ref(), what);
            }
            if (op.getRequestBody() != null) {
                assertTrue(op.getRequestBody().getRequired(), what);
                assertNotNull(r.get("400"), what);
                assertNotNull(r.get("415"), what);
            }
        }));
        assertEquals(List.of(), api.getPaths().get("/auth/login").getPost().getSecurity());
        assertEquals(List.of(), api.getPaths().get("/health").getGet().getSecurity());
        assertEquals(List.of("court-admin", "provincial-admin"), api.getPaths().get("/users").getGet().getExtensions().get("x-roles"));
        // an operation's own refusal is a problem document like the shared ones
        assertEquals("#/components/schemas/Problem", api.getPaths().get("/auth/login").getPost().getResponses().get("429").getContent()
                .get("application/problem+json").getSchema().get$ref());
        // a path parameter can name what does not exist; a typed query parameter that is not a number is 404 too (JAX-RS)
        assertNotNull(api.getPaths().get("/users/{id}").getGet().getResponses().get("404"));
        assertNotNull(api.getPaths().get("/audit").getGet().getResponses().get("404"));
        assertNotNull(api.getPaths().get("/audit").getGet().getResponses().get("400"));
    }

    @Test
    @SuppressWarnings("rawtypes")
    void requestSchemasSayWhatTheServerEnforcesAndRecordsAreClosed() {
        OpenAPI api = platform();
        Schema newUser = api.getComponents().getSchemas().get("NewUser");
        assertEquals(List.of("displayName", "password", "roles", "username"), newUser.getRequired().stream().sorted().toList());
        assertEquals(100, ((Schema) newUser.getProperties().get("displayName")).getMaxLength());
        assertEquals(12, ((Schema) newUser.getProperties().get("password")).getMinLength());
        assertEquals(Boolean.FALSE, newUser.getAdditionalProperties(), "unknown fields are refused");
        // primitives are always written
        Schema user = api.getComponents().getSchemas().get("UserView");
        assertTrue(user.getRequired().containsAll(List.of("id", "active")));
        Schema problem = api.getComponents().getSchemas().get(ApiDocument.PROBLEM);
        assertTrue(problem.getRequired().containsAll(List.of("type", "title", "status", "code", "messageZh", "messageEn")));
    }

    /** A resource of a capability that forgot its documentation: the gaps are reported, not silently filled. */
    @Path("/careless")
    @Produces(MediaType.APPLICATION_JSON)
    public static class Careless {
        public record Result(long id) {
        }

        @GET
        @RolesAllowed("clerk")
        public Result undocumented() {
            return new Result(1);
        }

        @POST
        @Path("{id}")
        @RolesAllowed("clerk")
        @Operation(operationId = "createCareless", summary = "建 / Create")
        public Response created(@PathParam("id") long id) {
            return Response.status(201).build();
        }

        @GET
        @Path("projection")
        @PermitAll
        @Operation(operationId = "carelessProjection", summary = "测 / Project")
        public org.cep.platform.internal.rest.ApiDocumentTest.Other.Result other() {
            return null;
        }
    }

    public static class Other {
        public record Result(String name) {
        }
    }

    @Test
    void whatCannotBeDocumentedIsReported() {
        ApiDocument d = ApiDocument.build(List.of(new ApiDocument.Group("careless", "粗心 / careless", List.of(Careless.class))));
        String problems = String.join("\n", d.problems());
        assertTrue(problems.contains("GET /careless: its method has no @Operation"), problems);
        assertTrue(problems.contains("POST /careless/{id}: returns Response but declares no 2xx"), problems);
        assertTrue(problems.contains("schema Result stands for two types"), problems);
        assertTrue(new String(d.json(), java.nio.charset.StandardCharsets.UTF_8).contains("x-contract-problems"));
        assertFalse(d.openApi().getPaths().get("/careless/projection").getGet().getResponses().containsKey("401"), "public: no 401");
    }
}
