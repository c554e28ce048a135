package org.cep.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Map;

import org.junit.Before;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A capability plugs in as its own bundle, is switched per court, and the data of one court can
 * never be reached by another court's users, whatever path they try.
 */
public class CapabilityIsolationIT extends CepTestSupport {
    private String courtA;
    private String courtB;
    private String clerkA;
    private String clerkB;
    private String adminB;

    @Before
    public void twoCourtsWithTheTestCapability() {
        courtA = unique("it-a");
        courtB = unique("it-b");
        writeCourtFile(courtA, courtFile(courtA, "甲法院", "hlj-harbin-ip", "standard", "test-notes"));
        writeCourtFile(courtB, courtFile(courtB, "乙法院", "hlj-harbin-ip", "standard", "test-notes"));
        waitUntil("both courts exist", () -> api.get("/courts/" + courtA, adminToken()).status() == 200
                && api.get("/courts/" + courtB, adminToken()).status() == 200);
        String a = unique("clerk-a");
        String b = unique("clerk-b");
        String ab = unique("admin-b");
        createUser(courtA, a, "clerk");
        createUser(courtB, b, "clerk");
        createUser(courtB, ab, "court-admin");
        clerkA = login(a, USER_PASSWORD);
        clerkB = login(b, USER_PASSWORD);
        adminB = login(ab, USER_PASSWORD);
    }

    @Test
    public void anotherCourtCannotReadChangeOrDeleteTheData() {
        Http.Reply created = api.post("/test-notes", clerkA, Map.of("text", "甲院的执行笔记"));
        assertEquals(created.toString(), 201, created.status());
        long id = created.json().get("id").asLong();

        assertEquals(404, api.get("/test-notes/" + id, clerkB).status());
        assertEquals(0, api.get("/test-notes", clerkB).json().size());
        assertEquals(404, api.put("/test-notes/" + id, clerkB, Map.of("text", "篡改")).status());
        assertEquals(404, api.delete("/test-notes/" + id, clerkB).status());
        // naming the other court in a header or a parameter changes nothing
        Http.Reply viaHeader = api.send("GET", "/test-notes", clerkB, null, Map.of("X-Court-Id", courtA, "X-Tenant-Id", courtA));
        assertEquals(0, viaHeader.json().size());
        assertEquals(0, api.get("/test-notes?courtId=" + courtA + "&tenant=" + courtA, clerkB).json().size());

        Http.Reply still = api.get("/test-notes/" + id, clerkA);
        assertEquals(200, still.status());
        assertEquals("甲院的执行笔记", still.json().get("text").asText());
        assertEquals(1, still.json().get("version").asLong());
    }

    @Test
    public void anotherCourtsAdminCannotReachItsUsersAuditOrSwitches() {
        long userA = createUser(courtA, unique("officer-a"), "enforcement-officer");
        assertEquals(404, api.get("/users/" + userA, adminB).status());
        assertEquals(404, api.patch("/users/" + userA, adminB, Map.of("displayName", "改名")).status());
        assertEquals(404, api.delete("/users/" + userA, adminB).status());
        assertEquals("ROLE_REQUIRED", api.get("/admin/courts/" + courtA + "/users", adminB).code());
        assertEquals("ROLE_REQUIRED", api.get("/admin/courts/" + courtA + "/audit", adminB).code());
        Http.Reply sw = api.put("/courts/" + courtA + "/capabilities/test-notes", adminB, Map.of("enabled", false));
        assertEquals(403, sw.status());
        assertEquals("OTHER_COURT", sw.code());
        for (JsonNode u : api.get("/users", adminB).json()) {
            assertEquals(courtB, u.get("courtId").asText());
        }
        for (JsonNode e : api.get("/audit?limit=500", adminB).json()) {
            assertEquals(courtB, e.get("courtId").asText());
        }
        assertTrue(api.get("/test-notes", clerkA).status() == 200);
    }

    @Test
    public void switchingOffRefusesAtOnceAndSwitchingOnShowsTheSameData() {
        long id = api.post("/test-notes", clerkA, Map.of("text", "保留的数据")).json().get("id").asLong();
        switchCapability(courtA, "test-notes", false);

        Http.Reply refused = api.get("/test-notes", clerkA);
        assertEquals(403, refused.status());
        assertEquals("CAPABILITY_DISABLED", refused.code());
        assertTrue(refused.contentType().startsWith("application/problem+json"));
        assertEquals(403, api.post("/test-notes", clerkA, Map.of("text", "不应写入")).status());
        assertEquals("court B is not affected", 200, api.get("/test-notes", clerkB).status());

        switchCapability(courtA, "test-notes", true);
        JsonNode list = api.get("/test-notes", clerkA).json();
        assertEquals(1, list.size());
        assertEquals(id, list.get(0).get("id").asLong());
        assertEquals("保留的数据", list.get(0).get("text").asText());
    }

    @Test
    public void aCourtBelowTheMinimumLevelNeedsAnExplicitProvincialOverride() {
        String courtC = unique("it-c");
        writeCourtFile(courtC, courtFile(courtC, "丙法院", "hlj-qiqihar-ip", "basic", "training"));
        waitUntil(courtC + " exists", () -> api.get("/courts/" + courtC, adminToken()).status() == 200);
        String adminC = unique("admin-c");
        createUser(courtC, adminC, "court-admin");
        String tokenC = login(adminC, USER_PASSWORD);

        Http.Reply low = api.put("/courts/" + courtC + "/capabilities/test-notes", tokenC, Map.of("enabled", true));
        assertEquals(409, low.status());
        assertEquals("CAPABILITY_LEVEL_TOO_LOW", low.code());
        assertEquals("COURT_ADMIN may not override", "OVERRIDE_NOT_ALLOWED",
                api.put("/courts/" + courtC + "/capabilities/test-notes", tokenC, Map.of("enabled", true, "override", true)).code());

        Http.Reply ok = api.put("/courts/" + courtC + "/capabilities/test-notes", adminToken(),
                Map.of("enabled", true, "override", true, "reason", "pairing support"));
        assertEquals(200, ok.status());
        assertTrue(ok.json().get("levelOverride").asBoolean());
        assertTrue(api.get("/admin/courts/" + courtC + "/audit?limit=500", adminToken()).raw().contains("LEVEL OVERRIDE"));
    }

    @Test
    public void theProvinceMatrixShowsEveryCourtsSwitchesToProvincialItAndSupervisorsOnly() {
        switchCapability(courtA, "test-notes", false);
        JsonNode m = api.get("/capabilities/matrix", adminToken()).json();
        JsonNode a = null, b = null;
        for (JsonNode row : m.get("courts")) {
            if (row.get("courtId").asText().equals(courtA)) a = row;
            if (row.get("courtId").asText().equals(courtB)) b = row;
        }
        assertTrue(m.toString(), a != null && b != null);
        assertFalse(a.get("enabled").toString().contains("\"test-notes\""));
        assertTrue(b.get("enabled").toString().contains("\"test-notes\""));
        assertTrue("always-on capabilities count as on", a.get("enabled").toString().contains("\"cases\""));
        assertTrue(m.get("capabilities").toString().contains("\"test-notes\""));
        assertEquals(200, api.get("/capabilities/matrix", tokenOfNewUser("hlj-high", "supervisor")).status());
        refused(api.get("/capabilities/matrix", clerkA), 403, "ROLE_REQUIRED");
        refused(api.get("/capabilities/matrix", adminB), 403, "ROLE_REQUIRED");
        switchCapability(courtA, "test-notes", true);
    }

    @Test
    public void aCapabilityThatIsNotInstalledAnswers404() {
        Http.Reply sw = api.put("/courts/" + courtA + "/capabilities/no-such-capability", adminToken(), Map.of("enabled", true));
        assertEquals(404, sw.status());
        assertEquals("CAPABILITY_NOT_INSTALLED", sw.code());
        Http.Reply path = api.get("/no-such-capability/items", clerkA);
        assertEquals(404, path.status());
        assertEquals("NOT_FOUND", path.code());
    }
}
