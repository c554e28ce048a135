package org.cep.console.itests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The REST API for setting up what the browser then looks at (and for the answers it must show). */
final class Api {
    static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    Api(String base) {
        this.base = base + "/api/v1";
    }

    record Reply(int status, JsonNode body) {
    }

    String login(String court, String user, String password) throws Exception {
        Reply r = call("POST", "/auth/login", null, JSON.createObjectNode().put("courtId", court).put("username", user).put("password", password));
        if (r.status() != 200) throw new IllegalStateException("login " + court + "/" + user + ": " + r);
        return r.body().get("token").asText();
    }

    Reply call(String method, String path, String token, Object body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (token != null) b.header("Authorization", "Bearer " + token);
        if (body != null) {
            b.header("Content-Type", "application/json");
            b.method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = r.body().isEmpty() ? null : JSON.readTree(r.body());
        return new Reply(r.statusCode(), json);
    }

    JsonNode ok(String method, String path, String token, Object body) throws Exception {
        Reply r = call(method, path, token, body);
        if (r.status() / 100 != 2) throw new IllegalStateException(method + " " + path + ": " + r);
        return r.body();
    }
}
