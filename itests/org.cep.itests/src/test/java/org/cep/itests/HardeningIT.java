package org.cep.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** What an attacker and a careless client tried against the platform: each answer is the one a user may rely on. */
public class HardeningIT extends CepTestSupport {

    private static int port() {
        return Integer.getInteger("cep.it.httpPort");
    }

    @Test
    public void aTokenIsComparedByteForByteOnAKeptAliveConnection() throws IOException {
        String user = unique("clerk");
        createUser("hlj-daoli", user, "clerk");
        String token = login(user, USER_PASSWORD);
        List<String> altered = new ArrayList<>();
        altered.add(token.toUpperCase());
        altered.add(token.toLowerCase());
        StringBuilder swapped = new StringBuilder();
        for (char c : token.toCharArray()) swapped.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
        altered.add(swapped.toString());
        altered.removeIf(token::equals);
        assertFalse(altered.isEmpty());
        try (RawHttp connection = new RawHttp(port())) {
            for (int round = 0; round < 3; round++) {
                RawHttp.Answer ok = connection.send("GET", "/api/v1/auth/me", Map.of("Authorization", "Bearer " + token), null);
                assertEquals("the right token, round " + round + ": " + ok, 200, ok.status());
                for (String wrong : altered) {
                    RawHttp.Answer refused = connection.send("GET", "/api/v1/auth/me", Map.of("Authorization", "Bearer " + wrong), null);
                    assertProblem("a case-altered token on the same connection", 401, "TOKEN_INVALID", refused);
                }
            }
        }
    }

    @Test
    public void everyWriteNeedsABody() {
        String officer = unique("officer");
        createUser("hlj-kedong", officer, "enforcement-officer");
        String token = login(officer, USER_PASSWORD);
        long caseId = api.post("/cases", token, Map.of("caseNumber", "（2024）黑0230执" + ThreadLocalRandom.current().nextInt(1, 9_999_999) + "号",
                "applicant", "某饲料店", "respondent", "某养殖户", "amountOwedFen", 100_000)).json().get("id").asLong();
        for (String body : List.of("", "null")) {
            for (String path : List.of("/live-seizure/cases/" + caseId + "/seizures", "/live-seizure/cases/" + caseId + "/lots",
                    "/live-seizure/cases/" + caseId + "/seizure-assessment", "/cases", "/cases/" + caseId + "/close")) {
                Http.Reply r = api.post(path, token, body);
                assertEquals(path + " with body '" + body + "': " + r, 400, r.status());
                assertEquals("FIELD_REQUIRED", r.code());
            }
        }
        Http.Reply login = api.post("/auth/login", null, "");
        assertEquals(400, login.status());
        assertEquals("FIELD_REQUIRED", login.code());
    }

    @Test
    public void racingForOneNewCaseNumberGivesOneCaseAndConflictsNamingTheField() throws Exception {
        String officer = unique("officer");
        createUser("hlj-kedong", officer, "enforcement-officer");
        String token = login(officer, USER_PASSWORD);
        String number = "（2025）黑0230执" + ThreadLocalRandom.current().nextInt(1, 9_999_999) + "号";
        List<Http.Reply> replies = race(6, () -> api.post("/cases", token,
                Map.of("caseNumber", number, "applicant", "某饲料店", "respondent", "某养殖户", "amountOwedFen", 100_000)));
        assertOneWinner(replies, "CASE_NUMBER_TAKEN", "caseNumber");
    }

    @Test
    public void aCaseNumberTheCourtAlreadyHasIsRefusedWhateverItsBracketsAndNothingIsWritten() throws IOException {
        String officer = unique("officer");
        createUser("hlj-kedong", officer, "enforcement-officer");
        String token = login(officer, USER_PASSWORD);
        int sequence = ThreadLocalRandom.current().nextInt(1, 9_999_999);
        Map<String, Object> first = Map.of("caseNumber", "（2025）黑0230执" + sequence + "号", "applicant", "某饲料店",
                "respondent", "某养殖户", "amountOwedFen", 100_000);
        assertEquals(201, api.post("/cases", token, first).status());
        Http.Reply again = api.post("/cases", token, Map.of("caseNumber", "(2025)黑0230执" + sequence + "号", "applicant", "另一人",
                "respondent", "某养殖户", "amountOwedFen", 5));
        assertEquals(again.toString(), 409, again.status());
        assertEquals("CASE_NUMBER_TAKEN", again.code());
        assertEquals("caseNumber", again.json().get("field").asText());
        long stored = 0;
        for (JsonNode c : api.get("/cases", token).json()) {
            if (c.get("caseNumber").asText().equals("（2025）黑0230执" + sequence + "号")) {
                stored++;
                assertEquals("某饲料店", c.get("applicant").asText());
            }
        }
        assertEquals(1, stored);
        // the refused insert leaves the court able to write
        assertEquals(201, api.post("/cases", token, Map.of("caseNumber", "（2025）黑0230执" + (sequence + 1) + "号",
                "applicant", "某饲料店", "respondent", "某养殖户", "amountOwedFen", 100_000)).status());

        // a refusal is the user's business, not the operator's: no warning, no stack trace in the log for it
        Http.Reply unknown = api.post("/cases/" + Long.MAX_VALUE / 2 + "/close", token, Map.of("reason", "结案"));
        assertEquals(404, unknown.status());
        for (Http.Reply refused : List.of(again, unknown)) {
            String marker = "req=" + refused.json().get("requestId").asText();
            for (String line : Files.readAllLines(Paths.get(System.getProperty("karaf.data"), "log", "karaf.log"))) {
                assertFalse(line, line.contains(marker) && (line.contains("WARN") || line.contains("ERROR") || line.toLowerCase().contains("exception")));
            }
        }
    }

    @Test
    public void racingForOneNewUserNameGivesOneUserAndConflictsNamingTheField() throws Exception {
        String token = tokenOfNewUser("hlj-nehe", "court-admin");
        String name = unique("twin");
        List<Http.Reply> replies = race(6, () -> api.post("/users", token,
                Map.of("username", name, "displayName", "同名", "password", USER_PASSWORD, "roles", List.of("clerk"))));
        assertOneWinner(replies, "USERNAME_TAKEN", "username");
    }

    /** One 201; every other racer 409 with the code and the field at fault. */
    private static void assertOneWinner(List<Http.Reply> replies, String code, String field) {
        assertEquals(replies.toString(), 1, replies.stream().filter(r -> r.status() == 201).count());
        for (Http.Reply r : replies) {
            if (r.status() == 201) continue;
            assertEquals(r.toString(), 409, r.status());
            assertEquals(code, r.code());
            assertEquals(field, r.json().get("field").asText());
        }
    }

    private static List<Http.Reply> race(int n, Callable<Http.Reply> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Http.Reply>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) futures.add(pool.submit(call));
            List<Http.Reply> replies = new ArrayList<>();
            for (Future<Http.Reply> f : futures) replies.add(f.get());
            return replies;
        } finally {
            pool.shutdown();
        }
    }

    @Test
    public void oneCourtCannotLearnAnotherCourtsUserNames() {
        String taken = unique("zhang");
        createUser("hlj-kedong", taken, "clerk");
        String admin = unique("court-admin");
        createUser("hlj-daoli", admin, "court-admin");
        String token = login(admin, USER_PASSWORD);
        // the same name in another court is simply another user
        Http.Reply same = api.post("/users", token, Map.of("username", taken, "displayName", "同名不同院", "password", USER_PASSWORD,
                "roles", List.of("clerk")));
        assertEquals(same.toString(), 201, same.status());
        assertEquals("hlj-daoli", same.json().get("courtId").asText());

        // failed logins look the same for an existing and an unknown name, lock-out included
        String unknown = unique("nobody");
        List<Http.Reply> existing = new ArrayList<>(), missing = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            existing.add(api.post("/auth/login", null, Map.of("courtId", "hlj-kedong", "username", taken, "password", "Wrong#Pass2026x")));
            missing.add(api.post("/auth/login", null, Map.of("courtId", "hlj-kedong", "username", unknown, "password", "Wrong#Pass2026x")));
        }
        for (int i = 0; i < 6; i++) {
            assertEquals("attempt " + (i + 1), existing.get(i).status(), missing.get(i).status());
            assertEquals("attempt " + (i + 1), existing.get(i).code(), missing.get(i).code());
        }
        assertEquals(401, existing.get(0).status());
        assertEquals("ACCOUNT_LOCKED", missing.get(5).code());
    }

    @Test
    public void aNewPasswordOrOtherRolesEndEverySessionOfTheUser() {
        String admin = unique("court-admin");
        createUser("hlj-nehe", admin, "court-admin");
        String adminToken = login(admin, USER_PASSWORD);
        String user = unique("clerk");
        long id = createUser("hlj-nehe", user, "clerk");

        String first = login(user, USER_PASSWORD);
        assertEquals(200, api.get("/auth/me", first).status());
        assertEquals(200, api.patch("/users/" + id, adminToken, Map.of("password", "Reset#Nehe-2026q")).status());
        assertEquals("a password reset ends the old session", 401, api.get("/auth/me", first).status());

        String second = login(user, "Reset#Nehe-2026q");
        assertEquals(200, api.patch("/users/" + id, adminToken, Map.of("roles", List.of("supervisor"))).status());
        assertEquals("other roles end the old session", 401, api.get("/auth/me", second).status());

        String third = login(user, "Reset#Nehe-2026q");
        assertEquals(200, api.delete("/users/" + id, adminToken).status());
        assertEquals(401, api.get("/auth/me", third).status());
    }

    @Test
    public void commonPasswordsAreRefusedWithTheReason() {
        for (String common : List.of("Password123!", "Qwerty123456", "<script>alert(1)</script>")) {
            Http.Reply r = api.post("/admin/courts/hlj-nehe/users", adminToken(), Map.of("username", unique("weak"), "displayName", "弱密码",
                    "password", common, "roles", List.of("clerk")));
            assertEquals(common + ": " + r, 400, r.status());
            assertEquals("WEAK_PASSWORD", r.code());
            assertTrue(r.toString(), r.json().get("messageZh").asText().contains("常见"));
            assertTrue(r.toString(), r.json().get("messageEn").asText().contains("common"));
        }
    }

    @Test
    public void wadlIsNotServed() throws IOException {
        try (RawHttp c = new RawHttp(port())) {
            for (String path : List.of("/api/v1/health?_wadl", "/api/v1/courts?_wadl", "/api/v1/cases?_wadl")) {
                RawHttp.Answer a = c.send("GET", path, Map.of(), null);
                assertFalse(path + " must not describe the API: " + a, a.body().contains("<application") || a.body().contains("wadl")
                        || a.body().contains("resource path"));
                // the parameter means nothing: the operation answers as documented (no login → 401)
                assertEquals(path + ": " + a, path.contains("health") ? 200 : 401, a.status());
                assertTrue(path + ": " + a, a.contentType().contains("json"));
            }
        }
    }

    @Test
    public void locationHeadersAreOursAndAnswer() throws IOException {
        String admin = unique("court-admin");
        createUser("hlj-nehe", admin, "court-admin");
        String token = login(admin, USER_PASSWORD);
        try (RawHttp c = new RawHttp(port())) {
            RawHttp.Answer created = c.send("POST", "/api/v1/users", Map.of("Host", "evil.example", "Content-Type", "application/json",
                    "Authorization", "Bearer " + token), "{\"username\":\"" + unique("loc") + "\",\"displayName\":\"位置\",\"password\":\""
                    + USER_PASSWORD + "\",\"roles\":[\"clerk\"]}");
            assertEquals(created.toString(), 201, created.status());
            String location = created.headers().get("location");
            assertNotNull(location);
            assertFalse("Location from a forged Host: " + location, location.contains("evil.example"));
            assertEquals(200, api.get(location.replaceFirst("^.*/api/v1", ""), token).status());
        }
        Http.Reply byAdmin = api.post("/admin/courts/hlj-nehe/users", adminToken(), Map.of("username", unique("loc"), "displayName", "位置",
                "password", USER_PASSWORD, "roles", List.of("clerk")));
        assertEquals(201, byAdmin.status());
        // the Location of a user made by provincial IT answers too
        long id = byAdmin.json().get("id").asLong();
        Http.Reply followed = api.get("/admin/courts/hlj-nehe/users/" + id, adminToken());
        assertEquals(followed.toString(), 200, followed.status());
        assertEquals(id, followed.json().get("id").asLong());
        // the user is not found under another court's path
        Http.Reply elsewhere = api.get("/admin/courts/hlj-daoli/users/" + id, adminToken());
        assertEquals(elsewhere.toString(), 404, elsewhere.status());
        assertEquals("USER_NOT_FOUND", elsewhere.code());
        // and the endpoint is provincial IT's alone: every court role is refused, the court's own admin included
        for (String role : List.of("court-admin", "enforcement-officer", "clerk", "supervisor", "trainer")) {
            String user = unique(role.replace("-", ""));
            createUser("hlj-nehe", user, role);
            Http.Reply refused = api.get("/admin/courts/hlj-nehe/users/" + id, login(user, USER_PASSWORD));
            assertEquals(role + ": " + refused, 403, refused.status());
            assertEquals("ROLE_REQUIRED", refused.code());
        }
    }

    @Test
    public void controlCharactersInTextAreRefusedAndNothingIsWritten() {
        String officer = unique("officer");
        createUser("hlj-kedong", officer, "enforcement-officer");
        String token = login(officer, USER_PASSWORD);
        int before = api.get("/cases", token).json().size();
        Map<String, Object> body = new HashMap<>(Map.of("caseNumber", "（2024）黑0230执" + ThreadLocalRandom.current().nextInt(1, 9_999_999) + "号",
                "applicant", "某\u0000饲料店", "respondent", "某养殖户", "amountOwedFen", 100_000));
        Http.Reply r = api.post("/cases", token, body);
        assertEquals(r.toString(), 400, r.status());
        assertEquals("INVALID_CHARACTERS", r.code());
        assertEquals("applicant", r.json().get("field").asText());
        body.put("applicant", "某饲料店\u001b[31m");
        assertEquals(400, api.post("/cases", token, body).status());
        assertEquals(before, api.get("/cases", token).json().size());
    }

    @Test
    public void authenticatedAnswersAreNotSniffedOrCachedAndCasesAreAlwaysOn() {
        String user = unique("clerk");
        createUser("hlj-daoli", user, "clerk");
        String token = login(user, USER_PASSWORD);
        RawHttp.Answer a;
        try (RawHttp c = new RawHttp(port())) {
            a = c.send("GET", "/api/v1/capabilities", Map.of("Authorization", "Bearer " + token), null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        assertEquals(200, a.status());
        assertEquals("nosniff", a.headers().get("x-content-type-options"));
        assertTrue(a.toString(), a.headers().getOrDefault("cache-control", "").contains("no-store"));
        for (var cap : api.get("/capabilities", token).json()) {
            if (cap.get("id").asText().equals("cases")) {
                assertTrue("the always-on cases are on for every court: " + cap, cap.get("enabledForMyCourt").asBoolean());
                return;
            }
        }
        throw new AssertionError("cases not listed");
    }
}
