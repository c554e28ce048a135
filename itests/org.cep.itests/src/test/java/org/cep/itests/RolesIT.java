package org.cep.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Who may call what, read from the served contract: every operation says it (x-roles or public),
 * and every role an operation does not list is refused by the server with 403 ROLE_REQUIRED.
 */
public class RolesIT extends CepTestSupport {
    static final List<String> ROLES = List.of("provincial-admin", "court-admin", "enforcement-officer", "clerk", "supervisor", "trainer");

    @Test
    public void everyOperationSaysWhoMayCallIt() {
        JsonNode paths = api.get("/openapi.json", null).json().get("paths");
        List<String> silent = new ArrayList<>();
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                operations++;
                boolean isPublic = op.getValue().path("x-public").asBoolean(false);
                boolean hasRoles = op.getValue().path("x-roles").isArray() && op.getValue().path("x-roles").size() > 0;
                if (!isPublic && !hasRoles) silent.add(op.getKey().toUpperCase() + " " + path.getKey());
            }
        }
        assertTrue("the document lists the operations: " + operations, operations >= 45);
        assertTrue("operations that do not say who may call them: " + silent, silent.isEmpty());
    }

    @Test
    public void everyRoleAnOperationDoesNotListIsRefused() {
        String court = unique("it-roles");
        writeCourtFile(court, courtFile(court, "角色测试法院", "hlj-qiqihar-ip", "advanced", "live-seizure, test-notes"));
        waitUntil(court + " appears", () -> api.get("/courts/" + court, adminToken()).status() == 200);
        Map<String, String> tokenOf = new HashMap<>();
        for (String role : ROLES) {
            String user = unique(role.replace("-", ""));
            createUser(court, user, role);
            tokenOf.put(role, login(user, USER_PASSWORD));
        }
        JsonNode paths = api.get("/openapi.json", null).json().get("paths");
        List<String> wronglyAllowed = new ArrayList<>();
        int refusals = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            String concrete = path.getKey().replace("{courtId}", court).replace("{capabilityId}", "test-notes")
                    .replace("{owner}", "lots").replaceAll("\\{[^}]+}", "1");
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!op.getValue().path("x-roles").isArray()) continue;
                Set<String> allowed = new TreeSet<>();
                op.getValue().get("x-roles").forEach(r -> allowed.add(r.asText()));
                for (String role : ROLES) {
                    if (allowed.contains(role)) continue;
                    String method = op.getKey().toUpperCase();
                    Http.Reply r = api.send(method, concrete, tokenOf.get(role), method.equals("GET") || method.equals("DELETE") ? null : "{}",
                            Map.of());
                    refusals++;
                    if (r.status() != 403 || !"ROLE_REQUIRED".equals(r.code())) {
                        wronglyAllowed.add(role + " → " + method + " " + concrete + " = " + r.status() + " " + r.code());
                    }
                }
            }
        }
        assertTrue("refusals tried: " + refusals, refusals > 100);
        assertEquals("roles that were not refused: " + wronglyAllowed, List.of(), wronglyAllowed);
    }
}
