package org.cep.itests;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The served OpenAPI document as a checker of answers: Http and RawHttp hand it every answer the
 * suite receives, so the document and the server cannot drift apart without a test failing. An
 * answer must belong to a documented operation (method and path template), its status must be
 * documented for that operation (default only for 5xx), its media type must be documented for that
 * status, and a JSON body must fit the schema: type, required, properties, additionalProperties,
 * enum, items, $ref, allOf/anyOf/oneOf, nullable, formats date and date-time, pattern, lengths and
 * bounds. A request that is no operation at all (an unknown path or method, a malformed request)
 * must still be answered with a problem document of the shared Problem schema.
 */
final class Contract {
    static final String SERVER = "/api/v1";
    private static final Map<String, Contract> SERVED = new ConcurrentHashMap<>();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final JsonNode doc;
    private final List<Template> templates = new ArrayList<>();

    /** A path template as a regular expression; more literal segments win ("/seizures/expiring" before "/seizures/{id}"). */
    private record Template(String path, Pattern regex, long literals) {
    }

    Contract(JsonNode doc) {
        this.doc = doc;
        for (Iterator<String> it = doc.path("paths").fieldNames(); it.hasNext(); ) {
            String p = it.next();
            StringBuilder regex = new StringBuilder("^");
            for (String part : p.split("(?=\\{)|(?<=})")) {
                regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
            }
            long literals = java.util.Arrays.stream(p.split("/")).filter(s -> !s.isEmpty() && !s.startsWith("{")).count();
            templates.add(new Template(p, Pattern.compile(regex.append('$').toString()), literals));
        }
        templates.sort(Comparator.comparingLong(Template::literals).reversed());
    }

    /** The document served at base (…/api/v1), read once; read again when it seems out of date (a capability came). */
    static Contract served(String base) {
        return SERVED.computeIfAbsent(base, Contract::fetch);
    }

    private static Contract fetch(String base) {
        try {
            HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/openapi.json")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() != 200) throw new IllegalStateException("openapi.json answered " + r.statusCode());
            return new Contract(Http.JSON.readTree(r.body()));
        } catch (IOException e) {
            throw new IllegalStateException("the OpenAPI document could not be read: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JsonNode document() {
        return doc;
    }

    /** Fails the test when the answer breaks the served contract. {@code target} is relative to base, or starts with /api/v1. */
    static void verify(String base, String method, String target, int status, String contentType, byte[] body) {
        String violation = served(base).violation(method, target, status, contentType, body);
        if (violation != null) {
            // the document may predate a capability installed since: read it again before failing
            SERVED.remove(base);
            violation = served(base).violation(method, target, status, contentType, body);
        }
        if (violation != null) {
            String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
            throw new AssertionError("answer breaks the OpenAPI contract: " + violation + "\n  " + method + " " + target + " -> " + status
                    + " " + contentType + " " + (text.length() > 2000 ? text.substring(0, 2000) + "…" : text));
        }
    }

    /** @return what in the answer the document does not allow, or null when it fits */
    String violation(String method, String target, int status, String contentType, byte[] body) {
        String path = target.split("[?#]", 2)[0];
        if (path.startsWith(SERVER + "/")) path = path.substring(SERVER.length());
        String verb = method.toLowerCase(Locale.ROOT);
        Template matched = null;
        JsonNode operation = null;
        for (Template t : templates) {
            if (!t.regex().matcher(path).matches()) continue;
            if (matched == null) matched = t;
            if (doc.path("paths").path(t.path()).has(verb)) {
                matched = t;
                operation = doc.path("paths").path(t.path()).get(verb);
                break;
            }
        }
        String media = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (operation == null) {
            // not an operation: the server may only refuse it, with a problem document
            String what = matched == null ? "no documented path matches " + path : method + " is not documented for " + matched.path();
            if (status < 400) return what + ", yet it answered " + status;
            if (!media.equals("application/problem+json")) return what + "; the refusal " + status + " is " + media + ", not application/problem+json";
            return body(ref("#/components/schemas/Problem"), body, what + "; refusal " + status);
        }
        String where = method + " " + matched.path() + " " + status;
        JsonNode responses = operation.path("responses");
        JsonNode response = responses.get(String.valueOf(status));
        if (response == null && status >= 500) response = responses.get("default");
        if (response == null) {
            List<String> documented = new ArrayList<>();
            responses.fieldNames().forEachRemaining(documented::add);
            return where + ": status not documented (documented: " + documented + ")";
        }
        response = resolve(response);
        JsonNode content = response.get("content");
        boolean empty = body == null || body.length == 0;
        if (content == null || content.isEmpty()) {
            return empty || "head".equals(verb) ? null : where + ": documents no body, yet one came (" + media + ")";
        }
        if ("head".equals(verb)) return null;
        if (empty) return where + ": documents a body (" + names(content) + "), yet none came";
        JsonNode mediaType = content.get(media);
        if (mediaType == null) mediaType = content.get(media.replaceFirst("/.*", "/*"));
        if (mediaType == null) mediaType = content.get("*/*");
        if (mediaType == null) return where + ": media type " + media + " not documented (documented: " + names(content) + ")";
        JsonNode schema = mediaType.get("schema");
        if (schema == null || !(media.endsWith("/json") || media.endsWith("+json"))) return null;
        return body(schema, body, where);
    }

    private String body(JsonNode schema, byte[] body, String where) {
        JsonNode json;
        try {
            json = Http.JSON.readTree(body);
        } catch (IOException e) {
            return where + ": the body is not JSON";
        }
        List<String> problems = new ArrayList<>();
        check(schema, json, "$", problems);
        return problems.isEmpty() ? null : where + ": " + String.join("; ", problems);
    }

    private static String names(JsonNode content) {
        List<String> names = new ArrayList<>();
        content.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }

    private static JsonNode ref(String pointer) {
        return Http.JSON.createObjectNode().put("$ref", pointer);
    }

    /** Follows $ref within the document ("#/components/…"). */
    private JsonNode resolve(JsonNode node) {
        for (int hops = 0; node.has("$ref"); hops++) {
            if (hops > 20) throw new IllegalStateException("$ref loop at " + node);
            String pointer = node.get("$ref").asText();
            if (!pointer.startsWith("#/")) throw new IllegalStateException("only local $ref are supported: " + pointer);
            JsonNode target = doc.at(pointer.substring(1));
            if (target.isMissingNode()) throw new IllegalStateException("dangling $ref " + pointer);
            node = target;
        }
        return node;
    }

    private void check(JsonNode schemaOrRef, JsonNode value, String at, List<String> problems) {
        JsonNode schema = resolve(schemaOrRef);
        if (value.isNull()) {
            if (!schema.path("nullable").asBoolean(false)) problems.add(at + " is null");
            return;
        }
        for (JsonNode part : schema.path("allOf")) check(part, value, at, problems);
        for (String choice : List.of("anyOf", "oneOf")) {
            if (!schema.has(choice)) continue;
            int fits = 0;
            for (JsonNode part : schema.get(choice)) {
                List<String> mine = new ArrayList<>();
                check(part, value, at, mine);
                if (mine.isEmpty()) fits++;
            }
            if (fits == 0 || (choice.equals("oneOf") && fits > 1)) problems.add(at + " fits " + fits + " of the " + choice + " schemas");
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode e : schema.get("enum")) listed |= e.equals(value) || (e.isNumber() && value.isNumber() && e.decimalValue().compareTo(value.decimalValue()) == 0);
            if (!listed) problems.add(at + " = " + value + " is not one of " + schema.get("enum"));
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "");
        switch (type) {
            case "object" -> object(schema, value, at, problems);
            case "array" -> {
                if (!value.isArray()) {
                    problems.add(at + " should be an array: " + brief(value));
                    return;
                }
                if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) problems.add(at + " has fewer than " + schema.get("minItems") + " items");
                if (schema.has("maxItems") && value.size() > schema.get("maxItems").asInt()) problems.add(at + " has more than " + schema.get("maxItems") + " items");
                int i = 0;
                if (schema.has("items")) for (JsonNode item : value) check(schema.get("items"), item, at + "[" + i++ + "]", problems);
            }
            case "string" -> string(schema, value, at, problems);
            case "integer" -> {
                if (!value.isIntegralNumber()) problems.add(at + " should be an integer: " + brief(value));
                else if ("int32".equals(schema.path("format").asText()) && !value.canConvertToInt()) problems.add(at + " exceeds int32: " + value);
                else bounds(schema, value, at, problems);
            }
            case "number" -> {
                if (!value.isNumber()) problems.add(at + " should be a number: " + brief(value));
                else bounds(schema, value, at, problems);
            }
            case "boolean" -> {
                if (!value.isBoolean()) problems.add(at + " should be a boolean: " + brief(value));
            }
            default -> {
                // no type: any JSON value
            }
        }
    }

    private void object(JsonNode schema, JsonNode value, String at, List<String> problems) {
        if (!value.isObject()) {
            problems.add(at + " should be an object: " + brief(value));
            return;
        }
        for (JsonNode required : schema.path("required")) {
            if (!value.has(required.asText())) problems.add(at + "." + required.asText() + " is required but missing");
        }
        JsonNode properties = schema.path("properties");
        JsonNode additional = schema.get("additionalProperties");
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = at + "." + field.getKey();
            if (properties.has(field.getKey())) {
                check(properties.get(field.getKey()), field.getValue(), name, problems);
            } else if (additional != null && additional.isBoolean() && !additional.asBoolean()) {
                problems.add(name + " is not in the schema (additionalProperties: false)");
            } else if (additional != null && additional.isObject()) {
                check(additional, field.getValue(), name, problems);
            }
        }
        if (schema.has("minProperties") && value.size() < schema.get("minProperties").asInt()) problems.add(at + " has too few properties");
    }

    private static void string(JsonNode schema, JsonNode value, String at, List<String> problems) {
        if (!value.isTextual()) {
            problems.add(at + " should be a string: " + brief(value));
            return;
        }
        String s = value.asText();
        int length = s.codePointCount(0, s.length());
        if (schema.has("minLength") && length < schema.get("minLength").asInt()) problems.add(at + " is shorter than " + schema.get("minLength"));
        if (schema.has("maxLength") && length > schema.get("maxLength").asInt()) problems.add(at + " is longer than " + schema.get("maxLength"));
        if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(s).find()) {
            problems.add(at + " = \"" + s + "\" does not match " + schema.get("pattern").asText());
        }
        try {
            switch (schema.path("format").asText("")) {
                case "date" -> LocalDate.parse(s);
                case "date-time" -> OffsetDateTime.parse(s);
                default -> {
                    // other formats are descriptive only
                }
            }
        } catch (DateTimeParseException e) {
            problems.add(at + " = \"" + s + "\" is not a " + schema.path("format").asText());
        }
    }

    private static void bounds(JsonNode schema, JsonNode value, String at, List<String> problems) {
        BigDecimal v = value.decimalValue();
        if (schema.has("minimum") && v.compareTo(schema.get("minimum").decimalValue()) < 0) problems.add(at + " = " + v + " is below " + schema.get("minimum"));
        if (schema.has("maximum") && v.compareTo(schema.get("maximum").decimalValue()) > 0) problems.add(at + " = " + v + " is above " + schema.get("maximum"));
    }

    private static String brief(JsonNode value) {
        String s = value.toString();
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
