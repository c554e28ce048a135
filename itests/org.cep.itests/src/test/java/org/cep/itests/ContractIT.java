package org.cep.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The served OpenAPI document is a contract a client generator can use (every answer is also checked against it, see Http). */
public class ContractIT extends CepTestSupport {

    @Test
    public void theDocumentDeclaresSecurityServersProblemsAndUniqueOperationIds() {
        JsonNode doc = api.get("/openapi.json", null).json();
        assertEquals("http", doc.at("/components/securitySchemes/bearer/type").asText());
        assertEquals("bearer", doc.at("/components/securitySchemes/bearer/scheme").asText());
        assertEquals("/api/v1", doc.at("/servers/0/url").asText());
        assertTrue(doc.at("/components/schemas/Problem/required").toString().contains("code"));
        Set<String> ids = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String id = op.getValue().path("operationId").asText();
                String where = op.getKey() + " " + path.getKey();
                assertTrue(where + " operationId " + id, id.matches("[a-z][A-Za-z0-9]+"));
                assertTrue("duplicate operationId " + id, ids.add(id));
                assertNotNull(where + " has a tag", op.getValue().get("tags"));
                JsonNode responses = op.getValue().get("responses");
                assertTrue(where + " documents a success", responses.has("200") || responses.has("201") || responses.has("204"));
                assertTrue(where + " documents problems", responses.at("/default/content").has("application/problem+json"));
                if (op.getValue().has("requestBody")) {
                    assertTrue(where + " body required", op.getValue().at("/requestBody/required").asBoolean());
                }
            }
        }
    }
}
