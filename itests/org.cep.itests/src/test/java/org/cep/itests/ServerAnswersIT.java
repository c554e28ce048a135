package org.cep.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Requests that go wrong before, around or beside the application (Jetty's parser, servlet contexts,
 * CXF's transport): every answer is still a problem document with a code, sent as raw bytes where an
 * HTTP client would have cleaned the request up.
 */
public class ServerAnswersIT extends CepTestSupport {
    private static final String UNKNOWN_CHARSET = "application/json; charset=x-unknown";

    private static int port() {
        return Integer.getInteger("cep.it.httpPort");
    }

    /** One request on its own connection: after a malformed request the server closes it. */
    private static RawHttp.Answer once(String method, String target, Map<String, String> headers, String body) throws IOException {
        try (RawHttp c = new RawHttp(port())) {
            return c.send(method, target, headers, body);
        }
    }

    private static RawHttp.Answer onceRaw(String method, byte[] request) throws IOException {
        try (RawHttp c = new RawHttp(port())) {
            return c.sendBytes(method, request);
        }
    }

    private static byte[] bytes(String ascii, byte[] middle, String rest) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(ascii.getBytes(StandardCharsets.US_ASCII));
        b.writeBytes(middle);
        b.writeBytes(rest.getBytes(StandardCharsets.US_ASCII));
        return b.toByteArray();
    }

    @Test
    public void anUnknownCharsetIsRefusedOnEveryEndpointAndChangesNothing() throws IOException {
        String adminOfCourt = tokenOfNewUser("hlj-nehe", "court-admin");
        String clerk = unique("clerk");
        long clerkId = createUser("hlj-nehe", clerk, "clerk");
        String displayName = api.get("/users/" + clerkId, adminOfCourt).json().get("displayName").asText();
        String capabilitiesBefore = api.get("/courts/hlj-nehe", adminToken()).json().get("capabilities").toString();
        String login = "{\"courtId\":\"hlj-nehe\",\"username\":\"" + clerk + "\",\"password\":\"" + USER_PASSWORD + "\"}";

        List<RawHttp.Answer> answers = List.of(
                once("POST", "/api/v1/auth/login", Map.of("Content-Type", UNKNOWN_CHARSET), login),
                once("POST", "/api/v1/auth/login", Map.of("Content-Type", UNKNOWN_CHARSET, "Accept", "application/json"), login),
                once("POST", "/api/v1/auth/login", Map.of("Content-Type", "application/json; Charset=\"x-unknown\""), login),
                once("PATCH", "/api/v1/users/" + clerkId, Map.of("Content-Type", UNKNOWN_CHARSET, "Authorization", "Bearer " + adminOfCourt),
                        "{\"displayName\":\"改过的名字\"}"),
                once("PUT", "/api/v1/courts/hlj-nehe/capabilities/test-notes", Map.of("Content-Type", UNKNOWN_CHARSET,
                        "Authorization", "Bearer " + adminToken()), "{\"enabled\":true,\"reason\":\"charset test\"}"),
                once("DELETE", "/api/v1/users/" + clerkId, Map.of("Content-Type", UNKNOWN_CHARSET, "Authorization", "Bearer " + adminOfCourt),
                        null),
                once("GET", "/api/v1/health", Map.of("Content-Type", UNKNOWN_CHARSET), null));
        for (RawHttp.Answer a : answers) {
            JsonNode problem = assertProblem("an unknown charset", 415, "UNSUPPORTED_CHARSET", a);
            assertTrue(a.toString(), problem.get("messageZh").asText().contains("UTF-8"));
            assertTrue(a.toString(), problem.get("messageEn").asText().contains("UTF-8"));
            assertFalse("no login happened: " + a, a.body().contains("token"));
        }
        // nothing was changed, deleted or switched
        Http.Reply user = api.get("/users/" + clerkId, adminOfCourt);
        assertEquals(user.toString(), 200, user.status());
        assertEquals(displayName, user.json().get("displayName").asText());
        assertEquals(capabilitiesBefore, api.get("/courts/hlj-nehe", adminToken()).json().get("capabilities").toString());
        // a charset the server knows still works
        RawHttp.Answer utf8 = once("POST", "/api/v1/auth/login", Map.of("Content-Type", "application/json; charset=UTF-8"), login);
        assertEquals(utf8.toString(), 200, utf8.status());
    }

    @Test
    public void malformedRequestsGetProblemDetailsWhicheverLayerRefusesThem() throws IOException {
        assertProblem("NUL in the path", 400, "BAD_REQUEST", once("GET", "/api/v1/health%00", Map.of(), null));
        assertProblem("NUL inside a path segment", 400, "BAD_REQUEST", once("GET", "/api/v1/courts/%00x", Map.of(), null));
        assertProblem("overlong UTF-8 in the path", 400, "BAD_REQUEST", onceRaw("GET",
                bytes("GET /api/v1/", new byte[] {(byte) 0xC0, (byte) 0xAE, (byte) 0xC0, (byte) 0xAE}, "/health HTTP/1.1\r\nHost: localhost\r\n\r\n")));
        assertProblem("a 20,000-character URI", 414, "URI_TOO_LONG", once("GET", "/api/v1/" + "a".repeat(20_000), Map.of(), null));
        assertProblem("a 10 KB header", 431, "HEADERS_TOO_LARGE", once("GET", "/api/v1/health", Map.of("X-Padding", "a".repeat(10_240)), null));
        assertProblem("an unknown HTTP version", 505, "HTTP_VERSION_NOT_SUPPORTED", onceRaw("GET",
                "GET /api/v1/health HTTP/9.9\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
        assertProblem("a broken chunked body", 400, "BODY_UNREADABLE", onceRaw("POST",
                ("POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\nZZ\r\n").getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    public void pathsNothingServesAndRefusedMethodsGetProblemDetails() throws IOException {
        for (String path : List.of("/api/v1/..%2F..%2Fetc/passwd", "/api/..%2Fv1/health", "/api/v1%2F..%2Fnope", "/api/v1/no-such-thing",
                "/api/nope", "/api", "/api/", "/api/services", "/nope", "/")) {
            assertProblem("GET " + path, 404, "NOT_FOUND", once("GET", path, Map.of(), null));
        }
        assertProblem("PATCH outside the API", 404, "NOT_FOUND", once("PATCH", "/nope", Map.of("Content-Type", "application/json"), "{}"));
        assertProblem("DELETE outside the API", 404, "NOT_FOUND", once("DELETE", "/api/nope", Map.of(), null));
        for (String path : List.of("/api/v1/health", "/api/v1/auth/me", "/")) {
            assertProblem("TRACE " + path, 405, "METHOD_NOT_ALLOWED", once("TRACE", path, Map.of(), null));
        }
        assertProblem("DELETE of a read-only endpoint", 405, "METHOD_NOT_ALLOWED", once("DELETE", "/api/v1/health", Map.of(), null));
    }
}
