package org.cep.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Courts come from tenant-config files and follow edits live, without restart, never losing data. */
public class CourtConfigIT extends CepTestSupport {

    @javax.inject.Inject
    @org.ops4j.pax.exam.util.Filter("(osgi.jndi.service.name=cep)")
    private javax.sql.DataSource dataSource;
    private static final Pattern README_LEVEL_ROW = Pattern.compile("^\\|\\s*`([a-z][a-z0-9-]*)`\\s*\\|\\s*`([a-z]+)`\\s*\\|");

    @Test
    public void exampleCourtsOfHeilongjiangAreListed() {
        Http.Reply r = api.get("/courts", adminToken());
        assertEquals(200, r.status());
        assertTrue(r.json().size() >= 13);
        JsonNode kedong = find(r.json(), "hlj-kedong");
        assertEquals("克东县人民法院", kedong.get("nameZh").asText());
        assertEquals("basic", kedong.get("level").asText());
        assertEquals("hlj-qiqihar-ip", kedong.get("parentId").asText());
        assertEquals("high", find(r.json(), "hlj-high").get("level").asText());

        Http.Reply detail = api.get("/courts/hlj-kedong", adminToken());
        assertEquals(200, detail.status());
        assertTrue("Kedong switched live seizure on with an override: " + detail,
                detail.raw().contains("\"id\":\"live-seizure\",\"enabled\":true,\"levelOverride\":true"));
    }

    @Test
    public void aNewCourtFileAppliesLiveAndAnEditChangesIt() {
        String id = unique("it-live");
        writeCourtFile(id, courtFile(id, "测试法院甲", "hlj-harbin-ip", "standard", "training"));
        waitUntil(id + " appears", () -> api.get("/courts/" + id, adminToken()).status() == 200);

        writeCourtFile(id, courtFile(id, "测试法院甲（改名）", "hlj-harbin-ip", "standard", "training, pairing"));
        waitUntil(id + " gets its new name", () -> api.get("/courts/" + id, adminToken()).raw().contains("测试法院甲（改名）"));
        Http.Reply detail = api.get("/courts/" + id, adminToken());
        assertTrue(detail.raw().contains("\"id\":\"pairing\",\"enabled\":true"));

        // applying the same file again changes nothing: the scan says so, and the court's audit log does not grow
        Http.Reply before = api.get("/admin/courts/" + id + "/audit?limit=500", adminToken());
        assertEquals(before.toString(), 200, before.status());
        assertTrue("creating and editing the court were audited: " + before, before.json().size() >= 2);
        Http.Reply scan = api.post("/admin/tenant-config/scan", adminToken(), "");
        assertEquals(scan.toString(), 200, scan.status());
        assertTrue(scan.toString(), scan.json().get("files").asInt() >= 14);
        assertEquals("nothing applied again: " + scan, 0, scan.json().get("applied").asInt());
        assertEquals(scan.toString(), 0, scan.json().get("deactivated").asInt());
        assertFalse("no problem with the court's file: " + scan, scan.raw().contains(id + ".court"));
        Http.Reply after = api.get("/admin/courts/" + id + "/audit?limit=500", adminToken());
        assertEquals(before.json(), after.json());
    }

    @Test
    public void theExampleCourtsLoadWithoutProblemsAndTheReadmeStatesTheInstalledMinimumLevels() throws IOException {
        Http.Reply report = api.get("/admin/tenant-config", adminToken());
        assertEquals(200, report.status());
        for (JsonNode p : report.json().get("problems")) {
            assertFalse("an example court file has a problem: " + p, p.get("file").asText().startsWith("hlj-"));
        }
        // the README shipped next to the court files is what provincial IT reads for minimum levels
        Map<String, String> documented = new HashMap<>();
        boolean inSection = false;
        for (String line : Files.readAllLines(tenantConfigDir().resolve("README.md"), StandardCharsets.UTF_8)) {
            if (line.startsWith("## ")) inSection = line.contains("Capabilities and minimum levels");
            Matcher m = README_LEVEL_ROW.matcher(line);
            if (inSection && m.find()) documented.put(m.group(1), m.group(2));
        }
        int checked = 0;
        for (JsonNode cap : api.get("/capabilities", adminToken()).json()) {
            String level = documented.get(cap.get("id").asText());
            if (level == null) continue;
            assertEquals("README and the installed capability " + cap.get("id").asText(), level, cap.get("minimumLevel").asText());
            checked++;
        }
        assertTrue("the README documents at least live seizure, which is installed: " + documented, checked >= 1);
    }

    @Test
    public void aMalformedFileIsReportedWithNameAndLineAndOtherCourtsStayUntouched() {
        String id = unique("it-broken");
        writeCourtFile(id, "id = " + id + "\nname.zh = 坏文件\nname.en = Broken\nlevel = county\nparent = hlj-harbin-ip\n"
                + "region = 黑龙江\ncomputerization = standard\n");
        waitUntil("the scan reports the broken file", () ->
                api.get("/admin/tenant-config", adminToken()).raw().contains(id + ".court"));
        Http.Reply report = api.get("/admin/tenant-config", adminToken());
        JsonNode problem = null;
        for (JsonNode p : report.json().get("problems")) {
            if (p.get("file").asText().equals(id + ".court")) problem = p;
        }
        assertEquals(4, problem.get("line").asInt());
        assertEquals("level", problem.get("key").asText());
        assertEquals(404, api.get("/courts/" + id, adminToken()).status());
        assertEquals(200, api.get("/courts/hlj-kedong", adminToken()).status());
        deleteCourtFile(id);
    }

    @Test
    public void aFileOlderThanTheOneAnotherNodeAppliedIsNotAppliedAndANewerOneIs() throws Exception {
        String id = unique("it-nodes");
        writeCourtFile(id, courtFile(id, "两节点法院", "hlj-daqing-ip", "standard", "training"));
        waitUntil(id + " appears", () -> api.get("/courts/" + id, adminToken()).status() == 200);
        // another node, whose folder holds a newer file for this court, applied it an hour from now
        long newer = System.currentTimeMillis() + 3_600_000L;
        try (java.sql.Connection c = dataSource.getConnection();
             java.sql.PreparedStatement s = c.prepareStatement("UPDATE court SET name_zh = ?, config_hash = ?, config_modified_millis = ? WHERE id = ?")) {
            s.setString(1, "另一节点的名称");
            s.setString(2, "0".repeat(64));
            s.setLong(3, newer);
            s.setString(4, id);
            assertEquals(1, s.executeUpdate());
            if (!c.getAutoCommit()) c.commit();
        }
        // this node's file (older) changes: it must not flip the court back, and says why
        writeCourtFile(id, courtFile(id, "本节点的旧名称", "hlj-daqing-ip", "standard", "training"));
        waitUntil("the scan reports the older file", () -> api.get("/admin/tenant-config", adminToken()).raw().contains("older than the applied one"));
        assertEquals("另一节点的名称", api.get("/courts/" + id, adminToken()).json().get("nameZh").asText());
        // once this node's file is the newest, it wins
        Path file = tenantConfigDir().resolve(id + ".court");
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(newer + 60_000));
        waitUntil("the newer file applies", () -> "本节点的旧名称".equals(api.get("/courts/" + id, adminToken()).json().get("nameZh").asText()));
        deleteCourtFile(id);
    }

    @Test
    public void removingACourtFileDeactivatesItAndKeepsItsUsersAndAudit() {
        String id = unique("it-removed");
        writeCourtFile(id, courtFile(id, "将被移除的法院", "hlj-daqing-ip", "standard", "training"));
        waitUntil(id + " appears", () -> api.get("/courts/" + id, adminToken()).status() == 200);
        String user = unique("clerk");
        createUser(id, user, "clerk");
        login(user, USER_PASSWORD);

        deleteCourtFile(id);
        waitUntil(id + " becomes inactive", () -> !api.get("/courts/" + id, adminToken()).json().get("active").asBoolean());
        Http.Reply refused = api.post("/auth/login", null, Map.of("courtId", id, "username", user, "password", USER_PASSWORD));
        assertEquals(403, refused.status());
        assertEquals("ACCOUNT_DISABLED", refused.code());
        assertEquals(1, api.get("/admin/courts/" + id + "/users", adminToken()).json().size());

        writeCourtFile(id, courtFile(id, "将被移除的法院", "hlj-daqing-ip", "standard", "training"));
        waitUntil(id + " is active again", () -> api.get("/courts/" + id, adminToken()).json().get("active").asBoolean());
        login(user, USER_PASSWORD);
    }

    @Test
    public void shellCommandsListShowAndSwitch() {
        String list = shell("court:tenant-list");
        assertTrue(list, list.contains("hlj-kedong") && list.contains("克东县人民法院"));
        String show = shell("court:tenant-show hlj-high");
        assertTrue(show, show.contains("黑龙江省高级人民法院"));
        String on = shell("court:capability-enable --reason shell-test hlj-nehe test-notes");
        assertTrue(on, on.contains("hlj-nehe test-notes: ON"));
        assertTrue(api.get("/courts/hlj-nehe", adminToken()).raw().contains("\"id\":\"test-notes\",\"enabled\":true"));
        String off = shell("court:capability-disable --reason shell-test hlj-nehe test-notes");
        assertTrue(off, off.contains("hlj-nehe test-notes: off"));
        assertTrue(api.get("/courts/hlj-nehe", adminToken()).raw().contains("\"id\":\"test-notes\",\"enabled\":false"));
        String low = shell("court:capability-enable hlj-keshan test-notes");
        assertTrue(low, low.contains("CAPABILITY_LEVEL_TOO_LOW"));
        String missing = shell("court:capability-enable hlj-nehe no-such-capability");
        assertTrue(missing, missing.contains("CAPABILITY_NOT_INSTALLED"));
        String verify = shell("court:audit-verify hlj-nehe");
        assertTrue(verify, verify.contains("hlj-nehe: OK"));
    }

    @Test
    public void theContainerShipsHardened() throws IOException {
        Path etc = Paths.get(System.getProperty("karaf.etc"));
        for (String line : Files.readAllLines(etc.resolve("users.properties"), StandardCharsets.ISO_8859_1)) {
            assertFalse("no karaf user may ship: " + line, line.trim().startsWith("karaf"));
        }
        assertEquals("admin", System.getProperty("karaf.secured.command.compulsory.roles"));
        String shellCfg = Files.readString(etc.resolve("org.apache.karaf.shell.cfg"));
        assertTrue(shellCfg, shellCfg.matches("(?s).*\\bsshHost\\s*=\\s*127\\.0\\.0\\.1\\b.*"));
        // the first admin has the password it was given, not a well-known default
        for (String guess : List.of("admin", "karaf", "password")) {
            Http.Reply r = api.post("/auth/login", null, Map.of("courtId", ADMIN_COURT, "username", ADMIN, "password", guess));
            assertEquals(guess + ": " + r, 401, r.status());
            assertEquals("INVALID_CREDENTIALS", r.code());
        }
        login(ADMIN, ADMIN_PASSWORD); // and a success clears the failures, so the suite's admin is never locked out
        Http.Reply health = api.get("/health", null);
        assertEquals(200, health.status());
        assertEquals("UP", health.json().path("database").path("status").asText());
        // an anonymous caller learns the status only, not which database product runs behind it
        assertFalse(health.raw(), health.raw().contains("H2") || health.raw().contains("MySQL") || health.raw().contains("MariaDB")
                || health.json().path("database").has("product"));
    }

    @Test
    public void theOpenApiDocumentDescribesPlatformAndCapabilityEndpoints() {
        Http.Reply doc = api.get("/openapi.json", null);
        assertEquals(200, doc.status());
        JsonNode paths = doc.json().get("paths");
        for (String p : new String[] {"/health", "/auth/login", "/courts/{courtId}", "/courts/{courtId}/capabilities/{capabilityId}",
                "/users/{id}", "/audit/verify", "/admin/tenant-config", "/test-notes/{id}"}) {
            assertTrue("OpenAPI lacks " + p, paths.has(p));
        }
    }

    private static void deleteCourtFile(String id) {
        try {
            Files.deleteIfExists(tenantConfigDir().resolve(id + ".court"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode find(JsonNode array, String id) {
        for (JsonNode n : array) {
            if (n.get("id").asText().equals(id)) return n;
        }
        throw new AssertionError("no " + id + " in " + array);
    }
}
