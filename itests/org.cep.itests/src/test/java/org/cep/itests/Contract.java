package org.cep.itests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks every answer the suite receives against the served OpenAPI document: the operation exists,
 * the status is one it documents, the media type is the documented one, and the JSON body fits the
 * documented schema (types, required properties, items, enums, references). The document and the
 * server cannot drift apart without a test failing.
 */
final class Contract {
    private static volatile Contract loaded;

    private final JsonNode doc;
    private final List<Template> templates = new ArrayList<>();

    private record Template(String path, Pattern regex, int literals) {
    }

    private Contract(JsonNode doc) {
        this.doc = doc;
        for (Iterator<String> it = doc.get("paths").fieldNames(); it.hasNext(); ) {
            String p = it.next();
            String regex = "^" + Pattern.quote(p).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q") + "$";
            int literals = (int) java.util.Arrays.stream(p.split("/")).filter(s -> !s.startsWith("{")).count();
            templates.add(new Template(p, Pattern.compile(regex), literals));
        }
        templates.sort((a, b) -> b.literals - a.literals);
    }

    static Contract of(String base) {
        Contract c = loaded;
        if (c != null) return c;
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/openapi.json")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            c = new Contract(Http.JSON.readTree(r.body()));
        } catch (Exception e) {
            throw new IllegalStateException("the OpenAPI document could not be read", e);
        }
        loaded = c;
        return c;
    }

    /** @return what does not match, or null */
    String violation(String method, String pathAndQuery, int status, String contentType, String body, JsonNode json) {
        String path = pathAndQuery.split("\\?", 2)[0];
        Template t = templates.stream().filter(x -> x.regex.matcher(path).matches()).findFirst().orElse(null);
        JsonNode op = t == null ? null : doc.get("paths").get(t.path).get(method.toLowerCase());
        if (op == null) {
            // no such operation: the server must still answer with a problem document
            if ((status == 404 || status == 405) && contentType.startsWith("application/problem+json")) return null;
            return "undocumented operation " + method + " " + path + " answered " + status;
        }
        JsonNode responses = op.get("responses");
        JsonNode response = responses.has(String.valueOf(status)) ? responses.get(String.valueOf(status)) : responses.get("default");
        if (response == null) return method + " " + t.path + ": status " + status + " is not documented";
        JsonNode content = response.get("content");
        if (content == null || body == null || body.isEmpty()) return null;
        String mediaType = contentType.split(";")[0].trim();
        JsonNode media = content.get(mediaType);
        if (media == null && content.has("*/*")) media = content.get("*/*");
        if (media == null) return method + " " + t.path + " " + status + ": media type " + mediaType + " not documented " + content.fieldNames().next();
        if (json == null || media.get("schema") == null) return null;
        List<String> problems = new ArrayList<>();
        check(media.get("schema"), json, "$", problems);
        return problems.isEmpty() ? null : method + " " + t.path + " " + status + ": " + problems;
    }

    private JsonNode resolve(JsonNode schema) {
        while (schema.has("$ref")) {
            String[] parts = schema.get("$ref").asText().substring(2).split("/");
            JsonNode n = doc;
            for (String p : parts) n = n.get(p);
            schema = n;
        }
        return schema;
    }

    private void check(JsonNode schema, JsonNode value, String at, List<String> problems) {
        schema = resolve(schema);
        if (value.isNull()) {
            if (!schema.path("nullable").asBoolean(false)) problems.add(at + " is null");
            return;
        }
        String type = schema.path("type").asText("");
        switch (type) {
            case "object" -> {
                if (!value.isObject()) {
                    problems.add(at + " should be an object");
                    return;
                }
                for (JsonNode req : schema.path("required")) {
                    if (!value.has(req.asText())) problems.add(at + "." + req.asText() + " is required");
                }
                JsonNode props = schema.path("properties");
                for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> f = it.next();
                    if (props.has(f.getKey())) {
                        check(props.get(f.getKey()), f.getValue(), at + "." + f.getKey(), problems);
                    } else if (schema.path("additionalProperties").isObject()) {
                        check(schema.get("additionalProperties"), f.getValue(), at + "." + f.getKey(), problems);
                    } else if (props.size() > 0 && !schema.has("additionalProperties")) {
                        problems.add(at + "." + f.getKey() + " is not in the schema");
                    }
                }
            }
            case "array" -> {
                if (!value.isArray()) {
                    problems.add(at + " should be an array");
                    return;
                }
                if (schema.has("items")) {
                    int i = 0;
                    for (JsonNode item : value) check(schema.get("items"), item, at + "[" + i++ + "]", problems);
                }
            }
            case "string" -> {
                if (!value.isTextual()) problems.add(at + " should be a string: " + value);
                else if (schema.has("enum")) {
                    boolean found = false;
                    for (JsonNode e : schema.get("enum")) found |= e.asText().equals(value.asText());
                    if (!found) problems.add(at + " = " + value + " is not one of " + schema.get("enum"));
                }
            }
            case "integer" -> {
                if (!value.isIntegralNumber()) problems.add(at + " should be an integer: " + value);
            }
            case "number" -> {
                if (!value.isNumber()) problems.add(at + " should be a number: " + value);
            }
            case "boolean" -> {
                if (!value.isBoolean()) problems.add(at + " should be a boolean: " + value);
            }
            default -> {
                // no type given: anything goes
            }
        }
    }
}
