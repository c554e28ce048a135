package org.cep.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The served OpenAPI document is a complete contract (every operation has an id, a summary in both
 * languages, a tag, its success and its refusals), and the checker every other test relies on
 * really refuses what breaks it.
 */
public class ContractIT extends CepTestSupport {
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");

    @Test
    public void everyOperationIsDocumented() {
        JsonNode doc = Contract.served(api.base()).document();
        assertFalse("the platform reports what it could not document: " + doc.get("x-contract-problems"), doc.has("x-contract-problems"));
        assertEquals("/api/v1", doc.path("servers").path(0).path("url").asText());
        JsonNode bearer = doc.path("components").path("securitySchemes").path("bearer");
        assertEquals("http", bearer.path("type").asText());
        assertEquals("bearer", bearer.path("scheme").asText());
        assertEquals("bearer", doc.path("security").path(0).fieldNames().next());
        Set<String> tags = new HashSet<>();
        doc.path("tags").forEach(t -> tags.add(t.path("name").asText()));
        assertTrue("a tag per capability: " + tags, tags.containsAll(List.of("platform", "cases", "live-seizure", "test-notes")));

        List<String> missing = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        forEachOperation(doc, (what, op) -> {
            String id = op.path("operationId").asText("");
            if (!id.matches("[a-z][A-Za-z0-9]+")) missing.add(what + ": operationId '" + id + "' (give @Operation(operationId = …))");
            if (!ids.add(id)) missing.add(what + ": operationId " + id + " is used twice");
            String summary = op.path("summary").asText("");
            if (!summary.contains(" / ") || !CJK.matcher(summary).find() || !LATIN.matcher(summary).find()) {
                missing.add(what + ": summary '" + summary + "' is not \"中文 / English\"");
            }
            if (op.path("tags").size() != 1 || !tags.contains(op.path("tags").path(0).asText())) missing.add(what + ": tag " + op.path("tags"));
            List<String> codes = new ArrayList<>();
            op.path("responses").fieldNames().forEachRemaining(codes::add);
            if (codes.stream().noneMatch(c -> c.startsWith("2"))) missing.add(what + ": no 2xx answer");
            if (codes.stream().noneMatch(c -> c.startsWith("4"))) missing.add(what + ": no 4xx refusal");
            boolean isPublic = op.has("security") && op.get("security").isEmpty();
            if (!isPublic && !(codes.contains("401") && codes.contains("403"))) missing.add(what + ": needs a login but lacks 401 or 403");
            if (op.has("requestBody") && !op.path("requestBody").path("required").asBoolean()) missing.add(what + ": request body not required");
            op.path("responses").fields().forEachRemaining(r -> {
                // a listed 5xx may carry its own schema (the health report with 503)
                boolean refusal = r.getKey().startsWith("4") || r.getKey().equals("default");
                JsonNode response = r.getValue().has("$ref") ? doc.at(r.getValue().get("$ref").asText().substring(1)) : r.getValue();
                if (response.path("description").asText("").isBlank()) missing.add(what + " " + r.getKey() + ": no description");
                if (refusal && !"#/components/schemas/Problem".equals(
                        response.path("content").path("application/problem+json").path("schema").path("$ref").asText())) {
                    missing.add(what + " " + r.getKey() + ": a refusal that is not a Problem document");
                }
            });
        });
        assertTrue("operations the contract does not fully describe:\n" + String.join("\n", missing), missing.isEmpty());
        assertTrue("the suite's own capability is in the document", ids.contains("createTestNote"));
    }

    /** What the document says about logins is true: every operation it guards refuses a caller without a token. */
    @Test
    public void everyGuardedOperationRefusesAnonymousCallers() {
        JsonNode doc = Contract.served(api.base()).document();
        List<String> wrong = new ArrayList<>();
        int called = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                boolean isPublic = op.getValue().has("security") && op.getValue().get("security").isEmpty();
                if (isPublic) continue;
                String target = path.getKey().replace("{owner}", "lots").replaceAll("\\{[^}]+}", "1");
                String method = op.getKey().toUpperCase(java.util.Locale.ROOT);
                Http.Reply r = api.send(method, target, null, op.getValue().has("requestBody") ? "{}" : null, Map.of());
                called++;
                if (r.status() != 401 || !"AUTH_REQUIRED".equals(r.code())) wrong.add(method + " " + target + " -> " + r);
            }
        }
        assertTrue("guarded operations called: " + called, called > 30);
        assertTrue("operations that answered a caller without a token:\n" + String.join("\n", wrong), wrong.isEmpty());
    }

    @Test
    public void theCheckerRefusesWhatBreaksTheContract() {
        Contract contract = Contract.served(api.base());
        ObjectNode user = Http.JSON.createObjectNode().put("id", 7).put("courtId", "hlj-high").put("username", "li.si")
                .put("displayName", "李四").put("active", true).put("createdAt", "2026-01-02T03:04:05.123456Z");
        user.putArray("roles").add("clerk");
        assertNull("a fitting answer passes", check(contract, "GET", "/auth/me", 200, "application/json", user));

        ObjectNode wrongType = user.deepCopy().put("id", "seven");
        wrongType.remove("username");
        String v = check(contract, "GET", "/auth/me", 200, "application/json", wrongType);
        assertNotNull(v);
        assertTrue(v, v.contains("$.id should be an integer") && v.contains("$.username is required"));

        v = check(contract, "GET", "/auth/me", 200, "application/json", user.deepCopy().put("passwordHash", "x"));
        assertTrue(v, v != null && v.contains("$.passwordHash is not in the schema"));
        ObjectNode judge = user.deepCopy();
        judge.putArray("roles").add("judge");
        v = check(contract, "GET", "/auth/me", 200, "application/json", judge);
        assertTrue(v, v != null && v.contains("$.roles[0] = \"judge\" is not one of"));
        v = check(contract, "GET", "/auth/me", 200, "application/json", user.deepCopy().put("createdAt", "yesterday"));
        assertTrue(v, v != null && v.contains("is not a date-time"));
        v = check(contract, "GET", "/auth/me", 200, "application/problem+json", user);
        assertTrue(v, v != null && v.contains("media type application/problem+json not documented"));

        ObjectNode problem = Http.JSON.createObjectNode().put("type", "urn:cep:problem:teapot").put("title", "茶壶 / teapot").put("status", 418)
                .put("code", "TEAPOT").put("messageZh", "茶壶").put("messageEn", "teapot");
        v = check(contract, "GET", "/auth/me", 418, "application/problem+json", problem);
        assertTrue(v, v != null && v.contains("GET /auth/me 418: status not documented"));
        assertNull(check(contract, "GET", "/auth/me", 401, "application/problem+json", problem.deepCopy().put("status", 401)));
        v = check(contract, "GET", "/auth/me", 401, "application/problem+json", problem.deepCopy().put("status", 401).put("trace", "at org.x"));
        assertTrue(v, v != null && v.contains("$.trace is not in the schema"));
        v = check(contract, "GET", "/no-such-endpoint", 200, "application/json", user);
        assertTrue(v, v != null && v.contains("no documented path matches /no-such-endpoint"));
        // a refusal of a request that is no operation must still be a problem document
        assertNull(check(contract, "DELETE", "/courts", 405, "application/problem+json", problem.deepCopy().put("status", 405)));
        v = contract.violation("DELETE", "/api/v1/courts", 405, "text/html", "<html>".getBytes(StandardCharsets.UTF_8));
        assertTrue(v, v != null && v.contains("not application/problem+json"));

        // and a violation fails the test that received the answer
        AssertionError failed = assertThrows(AssertionError.class, () -> Contract.verify(api.base(), "GET", "/auth/me", 200,
                "application/json", wrongType.toString().getBytes(StandardCharsets.UTF_8)));
        assertTrue(failed.getMessage(), failed.getMessage().startsWith("answer breaks the OpenAPI contract: GET /auth/me 200"));
    }

    private static String check(Contract contract, String method, String path, int status, String type, JsonNode body) {
        return contract.violation(method, path, status, type, body.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void forEachOperation(JsonNode doc, java.util.function.BiConsumer<String, JsonNode> action) {
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op ->
                action.accept(op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey(), op.getValue())));
    }
}
