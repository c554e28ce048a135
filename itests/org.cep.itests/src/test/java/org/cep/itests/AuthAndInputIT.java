package org.cep.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.Test;

/** Login failures, tokens, roles, and bad input: always a problem document, never a partial write. */
public class AuthAndInputIT extends CepTestSupport {

    @Test
    public void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() {
        String user = unique("clerk");
        createUser("hlj-daoli", user, "clerk");
        Http.Reply wrong = api.post("/auth/login", null, Map.of("courtId", "hlj-daoli", "username", user, "password", "Wrong#Pass2026x"));
        Http.Reply unknown = api.post("/auth/login", null, Map.of("courtId", "hlj-daoli", "username", unique("nobody"), "password", "Wrong#Pass2026x"));
        Http.Reply otherCourt = api.post("/auth/login", null, Map.of("courtId", "hlj-kedong", "username", user, "password", USER_PASSWORD));
        Http.Reply noCourt = api.post("/auth/login", null, Map.of("courtId", "no-such-court", "username", user, "password", USER_PASSWORD));
        for (Http.Reply r : new Http.Reply[] {wrong, unknown, otherCourt, noCourt}) {
            assertEquals(r.toString(), 401, r.status());
            assertEquals("INVALID_CREDENTIALS", r.code());
            assertEquals(wrong.json().get("messageZh"), r.json().get("messageZh"));
            assertEquals(wrong.json().get("messageEn"), r.json().get("messageEn"));
        }
        assertTrue(wrong.contentType().startsWith("application/problem+json"));
    }

    @Test
    public void repeatedFailuresLockTheAccountEvenForTheRightPassword() {
        String user = unique("officer");
        createUser("hlj-daoli", user, "enforcement-officer");
        Http.Reply last = null;
        for (int i = 0; i < 5; i++) {
            last = api.post("/auth/login", null, Map.of("courtId", "hlj-daoli", "username", user, "password", "Wrong#Pass2026x"));
        }
        assertEquals(429, last.status());
        assertEquals("ACCOUNT_LOCKED", last.code());
        Http.Reply right = api.post("/auth/login", null, Map.of("courtId", "hlj-daoli", "username", user, "password", USER_PASSWORD));
        assertEquals(429, right.status());
        assertTrue(api.get("/admin/courts/hlj-daoli/audit?limit=500", adminToken()).raw().contains("auth.login-failed"));
    }

    @Test
    public void requestsWithoutAValidTokenAreRefused() {
        Http.Reply none = api.get("/courts", null);
        assertEquals(401, none.status());
        assertEquals("AUTH_REQUIRED", none.code());
        assertEquals("TOKEN_INVALID", api.get("/courts", "not-a-real-token-000000000000").code());

        String user = unique("clerk");
        createUser("hlj-daoli", user, "clerk");
        String token = login(user, USER_PASSWORD);
        assertEquals(200, api.get("/auth/me", token).status());
        assertEquals(204, api.post("/auth/logout", token, "").status());
        assertEquals("TOKEN_INVALID", api.get("/auth/me", token).code());
    }

    @Test
    public void rolesDecideWhatAUserMayDo() {
        String clerk = unique("clerk");
        createUser("hlj-nangang", clerk, "clerk");
        String clerkToken = login(clerk, USER_PASSWORD);
        assertEquals("ROLE_REQUIRED", api.get("/users", clerkToken).code());
        assertEquals("ROLE_REQUIRED", api.get("/admin/tenant-config", clerkToken).code());

        String courtAdmin = unique("court-admin");
        createUser("hlj-nangang", courtAdmin, "court-admin");
        String adminToken = login(courtAdmin, USER_PASSWORD);
        Http.Reply grant = api.post("/users", adminToken, Map.of("username", unique("x"), "displayName", "越权",
                "password", USER_PASSWORD, "roles", List.of("provincial-admin")));
        assertEquals(403, grant.status());
        assertEquals("ROLE_NOT_GRANTABLE", grant.code());
        Http.Reply ok = api.post("/users", adminToken, Map.of("username", unique("clerk2"), "displayName", "书记员",
                "password", USER_PASSWORD, "roles", List.of("clerk")));
        assertEquals(201, ok.status());
        assertEquals("hlj-nangang", ok.json().get("courtId").asText());
    }

    @Test
    public void badInputGetsAProblemDocumentAndWritesNothing() {
        String token = adminToken();
        int usersBefore = api.get("/admin/courts/hlj-baiquan/users", token).json().size();

        Http.Reply malformed = api.post("/admin/courts/hlj-baiquan/users", token, "{\"username\": \"abc\",");
        assertEquals(400, malformed.status());
        assertEquals("MALFORMED_JSON", malformed.code());
        assertTrue(malformed.contentType().startsWith("application/problem+json"));
        assertTrue(malformed.json().has("messageZh") && malformed.json().has("messageEn"));

        Http.Reply wrongType = api.post("/admin/courts/hlj-baiquan/users", token,
                "{\"username\":\"abc-def\",\"displayName\":\"x\",\"password\":\"" + USER_PASSWORD + "\",\"roles\":{\"a\":1}}");
        assertEquals(400, wrongType.status());
        assertEquals("INVALID_FIELD_TYPE", wrongType.code());
        assertEquals("roles", wrongType.json().get("field").asText());

        Http.Reply weak = api.post("/admin/courts/hlj-baiquan/users", token,
                Map.of("username", unique("weak"), "displayName", "弱密码", "password", "123", "roles", List.of("clerk")));
        assertEquals(400, weak.status());
        assertEquals("WEAK_PASSWORD", weak.code());
        assertEquals("password", weak.json().get("field").asText());

        Http.Reply badRole = api.post("/admin/courts/hlj-baiquan/users", token,
                Map.of("username", unique("role"), "displayName", "角色", "password", USER_PASSWORD, "roles", List.of("judge-dredd")));
        assertEquals("UNKNOWN_ROLE", badRole.code());

        Http.Reply textPlain = api.send("POST", "/admin/courts/hlj-baiquan/users", token, "hello", Map.of("Content-Type", "text/plain"));
        assertEquals(415, textPlain.status());

        assertEquals(usersBefore, api.get("/admin/courts/hlj-baiquan/users", token).json().size());

        Http.Reply unknownCourt = api.get("/courts/no-such-court", token);
        assertEquals(404, unknownCourt.status());
        assertEquals("COURT_NOT_FOUND", unknownCourt.code());
        assertEquals("COURT_NOT_FOUND", api.post("/admin/courts/no-such-court/users", token,
                Map.of("username", unique("u"), "displayName", "x", "password", USER_PASSWORD, "roles", List.of("clerk"))).code());
        assertEquals("INVALID_LIMIT", api.get("/audit?limit=0", token).code());
        Http.Reply notNumber = api.get("/users/abc", token);
        assertTrue(notNumber.status() == 404 && notNumber.json().has("code"));
        assertTrue(!malformed.raw().contains("Exception") && !wrongType.raw().contains("at org."));
    }
}
