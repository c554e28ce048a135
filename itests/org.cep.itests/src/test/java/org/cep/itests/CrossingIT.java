package org.cep.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Courts' data crosses only through the platform's crossing service: a grant in force for this court,
 * this purpose and this scope, or a supervision relation; every crossing is in both audit chains.
 */
public class CrossingIT extends CepTestSupport {
    private static final String X = "/test-notes/crossing/";

    /** Two basic courts under Daqing and one under Harbin, each with a clerk and a court admin. */
    private record Courts(String a, String b, String outside, String clerkA, String clerkB, String clerkOutside, String adminA) {
    }

    private Courts courts() {
        String a = newCourt("hlj-daqing-ip");
        String b = newCourt("hlj-daqing-ip");
        String outside = newCourt("hlj-harbin-ip");
        return new Courts(a, b, outside, clerk(a), clerk(b), clerk(outside), user(a, "court-admin"));
    }

    @Test
    public void aCapabilityCannotBindACourtItself() {
        Courts c = courts();
        Http.Reply r = api.post(X + "bind-myself", c.clerkA(), Map.of());
        assertEquals(200, r.status());
        assertTrue("the platform handed its binding to a capability: " + r, r.json().get("refused").asBoolean());
    }

    @Test
    public void aFileAccessGrantOpensReadsWithinItsCourtPurposeAndScopeOnly() {
        Courts c = courts();
        assertEquals(201, api.post("/test-notes", c.clerkA(), Map.of("text", "甲院卷宗")).status());
        long grant = grant(c.clerkA(), "FILE_ACCESS", c.b(), "notes", Instant.now().plusSeconds(3600));

        Http.Reply read = api.get(X + c.a() + "/notes?purpose=FILE_ACCESS&grant=" + grant + "&scope=notes", c.clerkB());
        assertEquals(read.toString(), 200, read.status());
        assertEquals("甲院卷宗", read.json().get(0).asText());

        refused(api.get(X + c.a() + "/notes?purpose=FILE_ACCESS&scope=notes", c.clerkB()), 403, "GRANT_REQUIRED");
        refused(api.get(X + c.a() + "/notes?purpose=FILE_ACCESS&grant=" + grant + "&scope=all", c.clerkB()), 403, "GRANT_OUT_OF_SCOPE");
        refused(api.get(X + c.a() + "/notes?purpose=TRANSFER&grant=" + grant + "&scope=notes", c.clerkB()), 403, "GRANT_WRONG_PURPOSE");
        // the grant is B's: another court holding its id gets nothing, and cannot even see it
        refused(api.get(X + c.a() + "/notes?purpose=FILE_ACCESS&grant=" + grant + "&scope=notes", c.clerkOutside()), 403, "GRANT_NOT_FOUND");
        refused(api.get("/crossings/grants/" + grant, c.clerkOutside()), 404, "GRANT_NOT_FOUND");
        assertFalse(api.get("/crossings/grants", c.clerkOutside()).raw().contains("\"id\":" + grant + ","));
        // file access reads: a write is refused, and a write slipped into a read is rolled back
        refused(api.post(X + c.a() + "/notes?purpose=FILE_ACCESS&grant=" + grant + "&scope=notes", c.clerkB(),
                Map.of("text", "乙院写入")), 403, "CROSSING_READ_ONLY");
        assertEquals(200, api.post(X + c.a() + "/notes-under-read?purpose=FILE_ACCESS&grant=" + grant + "&scope=notes", c.clerkB(),
                Map.of("text", "偷偷写入")).status());
        assertFalse(api.get("/test-notes", c.clerkA()).raw().contains("偷偷写入"));
        assertFalse(api.get("/test-notes", c.clerkA()).raw().contains("乙院写入"));

        // the grantee cannot revoke; the owner can, and the next read is refused at once
        refused(api.post("/crossings/grants/" + grant + "/revoke", user(c.b(), "court-admin"), Map.of("reason", "x")), 403, "NOT_GRANTOR");
        Http.Reply revoked = api.post("/crossings/grants/" + grant + "/revoke", c.adminA(), Map.of("reason", "调卷完毕"));
        assertEquals(revoked.toString(), 200, revoked.status());
        assertFalse(revoked.json().get("inForce").asBoolean());
        refused(api.get(X + c.a() + "/notes?purpose=FILE_ACCESS&grant=" + grant + "&scope=notes", c.clerkB()), 403, "GRANT_REVOKED");
        refused(api.post("/crossings/grants/" + grant + "/revoke", c.adminA(), Map.of("reason", "again")), 409, "GRANT_ALREADY_REVOKED");

        // the read is in both chains, naming the reader and the grant; both chains verify
        assertTrue(hasEntry(c.a(), "crossing.in", actor(c.clerkB()), "grant=" + grant));
        assertTrue(hasEntry(c.b(), "crossing.out", actor(c.clerkB()), "grant=" + grant));
        assertTrue(hasEntry(c.a(), "grant.revoked", actor(c.adminA()), "reason="));
        assertTrue(hasEntry(c.b(), "grant.revoked", actor(c.adminA()), "reason="));
        intact(c.a());
        intact(c.b());
    }

    @Test
    public void anExpiredGrantStopsWorkingAndBadGrantsAreRefused() throws InterruptedException {
        Courts c = courts();
        long grant = grant(c.clerkA(), "FILE_ACCESS", c.b(), "notes", Instant.now().plusSeconds(3));
        Thread.sleep(3500);
        refused(api.get(X + c.a() + "/notes?purpose=FILE_ACCESS&grant=" + grant + "&scope=notes", c.clerkB()), 403, "GRANT_EXPIRED");

        refused(grantReply(c.clerkA(), "FILE_ACCESS", c.b(), "notes", Instant.now().minusSeconds(60)), 400, "INVALID_VALIDITY");
        refused(grantReply(c.clerkA(), "FILE_ACCESS", c.a(), "notes", Instant.now().plusSeconds(60)), 400, "SAME_COURT");
        refused(grantReply(c.clerkA(), "FILE_ACCESS", "hlj-nowhere", "notes", Instant.now().plusSeconds(60)), 404, "COURT_NOT_FOUND");
        refused(grantReply(c.clerkA(), "SUPERVISION", c.b(), "notes", Instant.now().plusSeconds(60)), 400, "GRANT_NOT_NEEDED");
        refused(api.get(X + c.a() + "/notes?purpose=FILE_ACCESS&grant=1&scope=notes", c.clerkA()), 400, "CROSSING_TO_OWN_COURT");
        refused(api.get(X + "hlj-nowhere/notes?purpose=SUPERVISION&scope=notes", c.clerkA()), 404, "COURT_NOT_FOUND");
    }

    @Test
    public void aHigherCourtSupervisesItsJurisdictionOnlyAndDirectsInto() {
        Courts c = courts();
        switchCapability("hlj-daqing-ip", "test-notes", true);
        switchCapability("hlj-high", "test-notes", true);
        assertEquals(201, api.post("/test-notes", c.clerkA(), Map.of("text", "基层案卷")).status());
        String daqing = user("hlj-daqing-ip", "supervisor");
        String high = user("hlj-high", "supervisor");

        assertEquals(200, api.get(X + c.a() + "/notes?purpose=SUPERVISION&scope=notes", daqing).status());
        assertEquals("two levels down is still the jurisdiction", 200,
                api.get(X + c.a() + "/notes?purpose=SUPERVISION&scope=notes", high).status());
        refused(api.get(X + c.outside() + "/notes?purpose=SUPERVISION&scope=notes", daqing), 403, "NOT_IN_JURISDICTION");
        refused(api.get(X + "hlj-daqing-ip/notes?purpose=SUPERVISION&scope=notes", c.clerkA()), 403, "NOT_IN_JURISDICTION");
        refused(api.post(X + c.a() + "/notes?purpose=SUPERVISION&scope=notes", daqing, Map.of("text", "x")), 403, "CROSSING_READ_ONLY");

        Http.Reply directed = api.post(X + c.a() + "/notes?purpose=DIRECTION&scope=order", daqing, Map.of("text", "督促执行通知"));
        assertEquals(directed.toString(), 200, directed.status());
        assertTrue(api.get("/test-notes", c.clerkA()).raw().contains("督促执行通知"));
        String daqingUser = actor(daqing);
        assertTrue(hasEntry(c.a(), "test-note.created", daqingUser, "by " + daqingUser));
        assertTrue(hasEntry(c.a(), "crossing.in", daqingUser, "purpose=DIRECTION"));
        assertTrue(hasEntry("hlj-daqing-ip", "crossing.out", daqingUser, "purpose=DIRECTION"));
        intact(c.a());
        intact("hlj-daqing-ip");
    }

    @Test
    public void theHierarchyIsInTheApi() {
        String token = user(newCourt("hlj-daqing-ip"), "clerk");
        JsonNode high = api.get("/courts/hlj-high/hierarchy", token).json();
        assertTrue(high.get("parent") == null || high.get("parent").isNull());
        assertTrue(ids(high.get("children")).contains("hlj-daqing-ip"));
        assertFalse(ids(high.get("children")).contains("hlj-saertu"));
        assertTrue(ids(high.get("jurisdiction")).containsAll(List.of("hlj-daqing-ip", "hlj-saertu", "hlj-kedong")));
        JsonNode kedong = api.get("/courts/hlj-kedong/hierarchy", token).json();
        assertEquals("hlj-qiqihar-ip", kedong.get("parent").get("id").asText());
        assertEquals(0, kedong.get("jurisdiction").size());
        refused(api.get("/courts/hlj-nowhere/hierarchy", token), 404, "COURT_NOT_FOUND");
    }

    @Test
    public void grantsAreRefusedToRolesThatMayNotSeeThem() {
        Courts c = courts();
        long grant = grant(c.clerkA(), "FILE_ACCESS", c.b(), "notes", Instant.now().plusSeconds(600));
        refused(api.get("/crossings/grants", user(c.a(), "trainer")), 403, "ROLE_REQUIRED");
        refused(api.get("/crossings/grants", adminToken()), 403, "ROLE_REQUIRED");
        refused(api.post("/crossings/grants/" + grant + "/revoke", c.clerkA(), Map.of("reason", "x")), 403, "ROLE_REQUIRED");
        assertTrue(api.get("/crossings/grants", c.clerkB()).raw().contains("\"id\":" + grant + ","));
    }

    @Test
    public void aJobVisitsEachCourtAsTheSystem() {
        Courts c = courts();
        Http.Reply run = api.post(X + "job", c.adminA(), Map.of());
        assertEquals(run.toString(), 200, run.status());
        boolean ranInA = false;
        for (JsonNode o : run.json()) {
            if (o.get("courtId").asText().equals(c.a())) ranInA = "ran".equals(o.get("result").asText());
        }
        assertTrue(run.toString(), ranInA);
        assertTrue(api.get("/test-notes", c.clerkA()).raw().contains("job ran in " + c.a()));
        assertTrue(hasEntry(c.a(), "test-note.created", "system:test-notes-job@" + c.a(), ""));
    }

    // ---- helpers ----

    private String newCourt(String parent) {
        String id = unique("it-x");
        writeCourtFile(id, courtFile(id, "跨院测试法院", parent, "advanced", "test-notes"));
        waitUntil(id + " exists", () -> api.get("/courts/" + id, adminToken()).status() == 200);
        return id;
    }

    private final Map<String, String> actorOfToken = new java.util.HashMap<>();

    private String clerk(String court) {
        return user(court, "clerk");
    }

    /** Logs in a new user of the court and remembers "name@court" as the audit names it. */
    private String user(String court, String role) {
        String name = unique(role);
        createUser(court, name, role);
        String token = login(name, USER_PASSWORD);
        actorOfToken.put(token, name + "@" + court);
        return token;
    }

    /** "name@court": the audit's actor for the user behind the token. */
    private String actor(String token) {
        return actorOfToken.get(token);
    }

    private long grant(String token, String purpose, String grantee, String scope, Instant until) {
        Http.Reply r = grantReply(token, purpose, grantee, scope, until);
        assertEquals(r.toString(), 200, r.status());
        return r.json().get("id").asLong();
    }

    private Http.Reply grantReply(String token, String purpose, String grantee, String scope, Instant until) {
        return api.post(X + "grants", token, Map.of("purpose", purpose, "granteeCourtId", grantee, "scope", scope,
                "validUntil", until.toString()));
    }


    private boolean hasEntry(String court, String action, String actor, String detailPart) {
        for (JsonNode e : api.get("/admin/courts/" + court + "/audit?limit=500", adminToken()).json()) {
            if (e.get("action").asText().equals(action) && e.get("actor").asText().equals(actor)
                    && e.path("detail").asText("").contains(detailPart)) return true;
        }
        return false;
    }

    private void intact(String court) {
        JsonNode v = api.get("/admin/courts/" + court + "/audit/verify", adminToken()).json();
        assertTrue(court + ": " + v, v.get("intact").asBoolean());
    }

    private static List<String> ids(JsonNode courts) {
        List<String> ids = new ArrayList<>();
        for (JsonNode c : courts) ids.add(c.get("id").asText());
        return ids;
    }
}
