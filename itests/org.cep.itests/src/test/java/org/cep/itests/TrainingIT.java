package org.cep.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Training: versioned modules, sharing with partner courts and province-wide through SHARE grants of the
 * crossing service, drills whose results stay in the taker's court, the case library; every endpoint
 * refuses other courts and the wrong roles.
 */
public class TrainingIT extends CepTestSupport {
    private static final String T = "/training/";

    /** A court's users: name@court is how the audit and the completion records name them. */
    private record Court(String id, String trainer, String admin, String officer, String officerName, String clerk) {
    }

    @Test
    public void aModuleKeepsEveryVersionReadableWithWhoChangedWhat() {
        Court a = court("hlj-daqing-ip");
        Court other = court("hlj-daqing-ip");
        refused(api.post(T + "modules", a.trainer(), module("", "正文", "ACCEPTANCE")), 400, "FIELD_REQUIRED");
        refused(api.post(T + "modules", a.trainer(), module("标题", "正文", "NO_SUCH_STAGE")), 400, "INVALID_STAGE");
        refused(api.post(T + "modules", a.officer(), module("标题", "正文", "ACCEPTANCE")), 403, "ROLE_REQUIRED");
        refused(api.post(T + "modules", a.admin(), module("标题", "正文", "ACCEPTANCE")), 403, "ROLE_REQUIRED");
        assertEquals("refused writes leave nothing", 0, api.get(T + "modules", a.trainer()).json().size());

        JsonNode v1 = created(api.post(T + "modules", a.trainer(), module("财产调查工作规范", "第一步：网络查控。", "PROPERTY_INVESTIGATION")));
        long id = v1.get("id").asLong();
        assertEquals(1, v1.get("version").asInt());
        assertEquals(a.id(), v1.get("courtId").asText());
        assertEquals("财产调查", v1.get("stagesZh").get(0).asText());

        Map<String, Object> edit = module("财产调查工作规范", "第一步：网络查控；第二步：传统查控。", "PROPERTY_INVESTIGATION");
        edit.put("changeNote", "补充传统查控");
        edit.put("baseVersion", 1);
        JsonNode v2 = created(api.post(T + "modules/" + id + "/versions", a.trainer(), edit));
        assertEquals(2, v2.get("version").asInt());
        assertEquals(List.of("bodyZh"), texts(v2.get("changed")));
        refused(api.post(T + "modules/" + id + "/versions", a.trainer(), edit), 409, "STALE_VERSION");
        edit.remove("changeNote");
        edit.put("baseVersion", 2);
        refused(api.post(T + "modules/" + id + "/versions", a.trainer(), edit), 400, "FIELD_REQUIRED");

        assertEquals("第一步：网络查控。", api.get(T + "modules/" + id + "?version=1", a.officer()).json().get("bodyZh").asText());
        assertTrue(api.get(T + "modules/" + id, a.clerk()).json().get("bodyZh").asText().contains("传统查控"));
        JsonNode versions = api.get(T + "modules/" + id + "/versions", a.officer()).json();
        assertEquals(2, versions.size());
        assertEquals("补充传统查控", versions.get(0).get("changeNote").asText());
        assertTrue(versions.get(0).get("author").asText().endsWith("@" + a.id()));
        assertEquals(1, api.get(T + "modules?stage=PROPERTY_INVESTIGATION", a.officer()).json().size());
        assertEquals(0, api.get(T + "modules?stage=LIVE_SEIZURE", a.officer()).json().size());

        // another court sees nothing of it, on any endpoint
        refused(api.get(T + "modules/" + id, other.trainer()), 404, "NOT_FOUND");
        refused(api.get(T + "modules/" + id + "/versions", other.officer()), 404, "NOT_FOUND");
        edit.put("changeNote", "他院改写");
        refused(api.post(T + "modules/" + id + "/versions", other.trainer(), edit), 404, "NOT_FOUND");
        refused(api.get(T + "modules/" + id + "/questions", other.trainer()), 404, "NOT_FOUND");
        refused(api.get(T + "modules/" + id + "/drill", other.officer()), 404, "NOT_FOUND");
        refused(api.get(T + "modules/" + id + "/shares", other.admin()), 404, "NOT_FOUND");
        assertEquals(0, api.get(T + "modules", other.trainer()).json().size());
        refused(api.get(T + "shared/" + a.id() + "/modules/" + id, other.officer()), 403, "GRANT_REQUIRED");
    }

    @Test
    public void drillsAreScoredAndTheResultsStayInTheTakersCourt() {
        Court a = court("hlj-qiqihar-ip");
        Court other = court("hlj-qiqihar-ip");
        long id = created(api.post(T + "modules", a.trainer(), module("活查封实务", "查封限度与跟踪监管。", "LIVE_SEIZURE"))).get("id").asLong();
        refused(api.post(T + "modules/" + id + "/attempts", a.officer(), answers()), 409, "DRILL_EMPTY");
        refused(api.post(T + "modules/" + id + "/questions", a.trainer(), question("SINGLE", List.of(0, 1))), 400, "INVALID_ANSWER");
        refused(api.post(T + "modules/" + id + "/questions", a.officer(), question("SINGLE", List.of(0))), 403, "ROLE_REQUIRED");
        long q1 = created(api.post(T + "modules/" + id + "/questions", a.trainer(), question("SINGLE", List.of(1)))).get("id").asLong();
        long q2 = created(api.post(T + "modules/" + id + "/questions", a.trainer(), question("MULTIPLE", List.of(0, 2)))).get("id").asLong();

        JsonNode drill = api.get(T + "modules/" + id + "/drill", a.officer()).json();
        assertEquals(2, drill.get("questions").size());
        assertFalse("the taker does not see the model answers", drill.toString().contains("correct") || drill.toString().contains("explanation"));

        refused(api.post(T + "modules/" + id + "/attempts", a.officer(), answers(answer(999_999_999L, 0))), 400, "UNKNOWN_QUESTION");
        refused(api.post(T + "modules/" + id + "/attempts", a.officer(), answers(answer(q1, 7))), 400, "UNKNOWN_OPTION");
        refused(api.post(T + "modules/" + id + "/attempts", a.trainer(), answers(answer(q1, 1))), 403, "ROLE_REQUIRED");
        assertEquals("refused attempts are not recorded", 0, api.get(T + "completion", a.admin()).json().size());

        JsonNode attempt = created(api.post(T + "modules/" + id + "/attempts", a.officer(), answers(answer(q1, 1), answer(q2, 0))));
        assertEquals(1, attempt.get("score").asInt());
        assertEquals(2, attempt.get("maxScore").asInt());
        assertEquals(50, attempt.get("percent").asInt());
        assertEquals(List.of(0, 2), ints(attempt.get("marks").get(1).get("modelAnswer")));
        assertFalse(attempt.get("marks").get(1).get("explanation").asText().isBlank());
        created(api.post(T + "modules/" + id + "/attempts", a.officer(), answers(answer(q1, 1), answer(q2, 0, 2))));

        JsonNode completion = api.get(T + "completion", a.admin()).json();
        assertEquals(1, completion.size());
        assertEquals(a.officerName(), completion.get(0).get("taker").asText());
        assertEquals(2, completion.get(0).get("attempts").asInt());
        assertEquals(2, completion.get(0).get("bestScore").asInt());
        refused(api.get(T + "completion", a.officer()), 403, "ROLE_REQUIRED");
        assertEquals("another court sees none of these results", 0, api.get(T + "completion", other.admin()).json().size());
        refused(api.post(T + "modules/" + id + "/attempts", other.officer(), answers(answer(q1, 1))), 404, "NOT_FOUND");
        refused(api.post(T + "modules/" + id + "/questions", other.trainer(), question("SINGLE", List.of(0))), 404, "NOT_FOUND");
    }

    @Test
    public void aPartnerCourtReadsAdoptsAndDrillsASharedModuleUntilItIsUnshared() {
        Court a = court("hlj-daqing-ip");
        Court b = court("hlj-daqing-ip");
        Court outside = court("hlj-harbin-ip");
        long id = created(api.post(T + "modules", a.trainer(), module("交叉执行移送规范", "第一版正文。", "CROSS_ENFORCEMENT"))).get("id").asLong();
        long q = created(api.post(T + "modules/" + id + "/questions", a.trainer(), question("SINGLE", List.of(1)))).get("id").asLong();

        refused(api.post(T + "modules/" + id + "/shares", a.trainer(), Map.of("courtIds", List.of(b.id()))), 403, "ROLE_REQUIRED");
        refused(api.post(T + "modules/" + id + "/shares", a.officer(), Map.of("courtIds", List.of(b.id()))), 403, "ROLE_REQUIRED");
        refused(api.post(T + "modules/" + id + "/shares", a.admin(), Map.of("courtIds", List.of(b.id(), "hlj-nowhere"))), 404, "COURT_NOT_FOUND");
        refused(api.post(T + "modules/" + id + "/shares", a.admin(), Map.of("courtIds", List.of(a.id()))), 400, "SAME_COURT");
        refused(api.post(T + "modules/" + id + "/shares", b.admin(), Map.of("courtIds", List.of(outside.id()))), 404, "NOT_FOUND");
        assertEquals("a refused share grants nothing", 0, api.get(T + "modules/" + id + "/shares", a.admin()).json().size());
        assertEquals(0, api.get(T + "shared", b.officer()).json().size());

        JsonNode shares = created(api.post(T + "modules/" + id + "/shares", a.admin(), Map.of("courtIds", List.of(b.id()))));
        assertEquals(1, shares.size());
        long grant = shares.get(0).get("grantId").asLong();
        assertEquals("sharing again adds no second grant", 0,
                created(api.post(T + "modules/" + id + "/shares", a.admin(), Map.of("courtIds", List.of(b.id())))).size());

        JsonNode mine = api.get(T + "shared", b.officer()).json();
        assertEquals(1, mine.size());
        assertEquals(a.id(), mine.get(0).get("ownerCourtId").asText());
        assertEquals(id, mine.get(0).get("moduleId").asLong());
        assertEquals("交叉执行移送规范", mine.get(0).get("titleZh").asText());

        String shared = T + "shared/" + a.id() + "/modules/" + id;
        JsonNode read = api.get(shared + "?grant=" + grant, b.officer()).json();
        assertEquals(a.id(), read.get("ownerCourtId").asText());
        assertEquals(1, read.get("module").get("version").asInt());
        assertTrue(read.get("module").get("author").asText().endsWith("@" + a.id()));
        // the grant is B's, and for this module only
        refused(api.get(shared + "?grant=" + grant, outside.officer()), 403, "GRANT_NOT_FOUND");
        refused(api.get(shared, outside.officer()), 403, "GRANT_REQUIRED");
        long otherModule = created(api.post(T + "modules", a.trainer(), module("未共享的模块", "不外传。", "ACCEPTANCE"))).get("id").asLong();
        refused(api.get(T + "shared/" + a.id() + "/modules/" + otherModule + "?grant=" + grant, b.officer()), 403, "GRANT_OUT_OF_SCOPE");
        refused(api.get(T + "shared/" + a.id() + "/modules/" + otherModule + "/drill?grant=" + grant, b.officer()), 403, "GRANT_OUT_OF_SCOPE");
        refused(api.get(T + "shared/hlj-nowhere/modules/" + id + "?grant=" + grant, b.officer()), 404, "COURT_NOT_FOUND");

        refused(api.post(shared + "/adopt?grant=" + grant, b.officer(), Map.of()), 403, "ROLE_REQUIRED");
        JsonNode adopted = api.post(shared + "/adopt?grant=" + grant, b.admin(), Map.of()).json();
        assertEquals(1, adopted.get("adoptedVersion").asInt());
        assertFalse(adopted.get("newerVersionAvailable").asBoolean());

        Map<String, Object> edit = module("交叉执行移送规范", "第二版正文：增加查控结果移交。", "CROSS_ENFORCEMENT");
        edit.put("changeNote", "增加查控结果移交");
        created(api.post(T + "modules/" + id + "/versions", a.trainer(), edit));
        JsonNode told = api.get(T + "adoptions", b.officer()).json().get(0);
        assertTrue("the receiving court is told of the newer version: " + told, told.get("newerVersionAvailable").asBoolean());
        assertEquals(2, told.get("latestVersion").asInt());
        assertTrue(api.get(shared + "?grant=" + grant, b.officer()).json().get("newerVersionAvailable").asBoolean());
        assertEquals("第一版正文。", api.get(shared + "?grant=" + grant + "&version=1", b.officer()).json().get("module").get("bodyZh").asText());
        JsonNode updated = api.post(shared + "/adopt?grant=" + grant, b.admin(), Map.of()).json();
        assertEquals(2, updated.get("adoptedVersion").asInt());
        assertFalse(updated.get("newerVersionAvailable").asBoolean());

        // B's officer drills; the result is B's, not A's
        JsonNode drill = api.get(shared + "/drill?grant=" + grant, b.officer()).json();
        assertEquals(1, drill.get("questions").size());
        refused(api.get(shared + "/drill?grant=" + grant, b.admin()), 403, "ROLE_REQUIRED");
        JsonNode attempt = created(api.post(shared + "/attempts?grant=" + grant, b.officer(), answers(answer(q, 1))));
        assertEquals(1, attempt.get("score").asInt());
        assertEquals(a.id(), attempt.get("ownerCourtId").asText());
        refused(api.post(shared + "/attempts?grant=" + grant, b.officer(), answers(answer(q + 100_000, 1))), 400, "UNKNOWN_QUESTION");
        JsonNode bCompletion = api.get(T + "completion", b.admin()).json();
        assertEquals(1, bCompletion.size());
        assertEquals(b.officerName(), bCompletion.get(0).get("taker").asText());
        assertEquals(0, api.get(T + "completion", a.admin()).json().size());

        // unsharing: only A's admin; B loses access at once and keeps its completion records
        refused(api.post(T + "modules/" + id + "/shares/revoke", a.trainer(), Map.of("reason", "停止共享")), 403, "ROLE_REQUIRED");
        refused(api.post(T + "modules/" + id + "/shares/revoke", a.admin(), Map.of()), 400, "FIELD_REQUIRED");
        JsonNode revoked = api.post(T + "modules/" + id + "/shares/revoke", a.admin(), Map.of("reason", "内容重写中")).json();
        assertEquals(1, revoked.size());
        assertFalse(revoked.get(0).path("revokedAt").asText().isBlank());
        refused(api.get(shared + "?grant=" + grant, b.officer()), 403, "GRANT_REVOKED");
        refused(api.post(shared + "/attempts?grant=" + grant, b.officer(), answers(answer(q, 1))), 403, "GRANT_REVOKED");
        assertEquals(0, api.get(T + "shared", b.officer()).json().size());
        assertFalse(api.get(T + "adoptions", b.admin()).json().get(0).get("accessOpen").asBoolean());
        assertEquals(1, api.get(T + "completion", b.admin()).json().size());

        // audited in both courts
        assertTrue(hasEntry(a.id(), "crossing.in", "grant=" + grant));
        assertTrue(hasEntry(b.id(), "crossing.out", "grant=" + grant));
        assertTrue(hasEntry(b.id(), "training.module.adopted", "previous=1"));
        assertTrue(hasEntry(a.id(), "training.module.unshared", "reason=内容重写中"));
    }

    @Test
    public void theHighCourtSharesProvinceWide() {
        Court basic = court("hlj-harbin-ip");
        String highTrainer = newUser("hlj-high", "trainer")[0];
        String highAdmin = newUser("hlj-high", "court-admin")[0];
        long id = created(api.post(T + "modules", highTrainer, module("全省统一立案标准", "立案审查要点。", "ACCEPTANCE"))).get("id").asLong();
        JsonNode shares = created(api.post(T + "modules/" + id + "/shares", highAdmin, Map.of("provinceWide", true)));
        assertTrue("every court of the province with training on gets a grant: " + shares, shares.size() >= 2);
        JsonNode toBasic = null;
        for (JsonNode s : shares) {
            assertTrue(s.get("provinceWide").asBoolean());
            assertFalse("not to itself", "hlj-high".equals(s.get("granteeCourtId").asText()));
            if (s.get("granteeCourtId").asText().equals(basic.id())) toBasic = s;
        }
        assertTrue(basic.id() + " is in the province", toBasic != null);
        long grant = toBasic.get("grantId").asLong();
        assertTrue(api.get(T + "shared", basic.officer()).raw().contains("\"grantId\":" + grant));
        JsonNode read = api.get(T + "shared/hlj-high/modules/" + id + "?grant=" + grant, basic.officer()).json();
        assertEquals("hlj-high", read.get("ownerCourtId").asText());
        assertEquals("黑龙江省高级人民法院", read.get("ownerCourtNameZh").asText());
    }

    @Test
    public void theCaseLibraryShipsTheThreeSourceCases() {
        Court a = court("hlj-qiqihar-ip");
        JsonNode cases = api.get(T + "cases", a.officer()).json();
        assertEquals(3, cases.size());
        assertTrue(api.get(T + "cases?stage=LIVE_SEIZURE", a.clerk()).raw().contains("kedong-live-seizure"));
        assertEquals(1, api.get(T + "cases?stage=CONDUCT_ENFORCEMENT", a.clerk()).json().size());
        JsonNode kedong = api.get(T + "cases/kedong-live-seizure", a.trainer()).json();
        assertTrue(kedong.get("actionZh").asText().contains("40 头"));
        refused(api.get(T + "cases/no-such-case", a.trainer()), 404, "NOT_FOUND");
        refused(api.get(T + "cases?stage=BOGUS", a.trainer()), 400, "INVALID_STAGE");
    }

    @Test
    public void theApplicableStandardIsTheCourtsOwnElseTheNearestHigherCourtsElseTheProvinces() {
        String mid = unique("it-trm");
        writeCourtFile(mid, courtFile(mid, "培训测试中院", "hlj-high", "basic", "training").replace("level = basic", "level = intermediate"));
        waitUntil(mid + " exists", () -> api.get("/courts/" + mid, adminToken()).status() == 200);
        Court b1 = court(mid);
        Court b2 = court(mid);
        String midAdmin = newUser(mid, "court-admin")[0];
        String highAdmin = newUser("hlj-high", "court-admin")[0];
        String stage = "/training/standards/SETTLEMENT";

        refused(api.put(stage, b1.officer(), standard("本院和解规范")), 403, "ROLE_REQUIRED");
        refused(api.put(stage, b1.admin(), standard("")), 400, "FIELD_REQUIRED");
        refused(api.put("/training/standards/BOGUS", b1.admin(), standard("x")), 400, "INVALID_STAGE");
        refused(api.get(stage + "/applicable", b1.officer()), 404, "NO_STANDARD");

        assertEquals(200, api.put(stage, highAdmin, standard("全省执行和解统一流程")).status());
        JsonNode province = api.get(stage + "/applicable", b1.officer()).json();
        assertEquals("PROVINCE", province.get("source").asText());
        assertEquals("hlj-high", province.get("courtId").asText());
        assertEquals("全省执行和解统一流程", province.get("standard").get("titleZh").asText());

        JsonNode midStandard = api.put(stage, midAdmin, standard("本市执行和解流程")).json();
        assertEquals(1, midStandard.get("revision").asInt());
        assertEquals("HIGHER_COURT", api.get(stage + "/applicable", b2.clerk()).json().get("source").asText());
        assertEquals(mid, api.get(stage + "/applicable", b1.officer()).json().get("courtId").asText());

        assertEquals(200, api.put(stage, b1.trainer(), standard("本院执行和解流程")).status());
        JsonNode own = api.get(stage + "/applicable", b1.officer()).json();
        assertEquals("OWN", own.get("source").asText());
        assertEquals(b1.id(), own.get("courtId").asText());
        assertEquals("本市执行和解流程", api.get(stage + "/applicable", b2.officer()).json().get("standard").get("titleZh").asText());
        assertEquals(2, api.put(stage, b1.trainer(), standard("本院执行和解流程（修订）")).json().get("revision").asInt());
        assertEquals(1, api.get("/training/standards", b1.clerk()).json().size());
        assertEquals("another court's own standards are not in its list", 0, api.get("/training/standards", b2.clerk()).json().size());
        // a stage whose name holds '_' (a LIKE wildcard) is found through its own grant only
        assertEquals(200, api.put("/training/standards/LIVE_SEIZURE", highAdmin, standard("全省活查封统一流程")).status());
        JsonNode live = api.get("/training/standards/LIVE_SEIZURE/applicable", b1.officer()).json();
        assertEquals("PROVINCE", live.get("source").asText());
        assertEquals("全省活查封统一流程", live.get("standard").get("titleZh").asText());
        refused(api.get("/training/standards/CROSS_ENFORCEMENT/applicable", b1.officer()), 404, "NO_STANDARD");
    }

    @Test
    public void anExportedScormPackageImportsIntoAnotherCourtWithItsDrill() throws Exception {
        Court a = court("hlj-daqing-ip");
        Court b = court("hlj-harbin-ip");
        Map<String, Object> m = module("活查封清点规范", "逐栏清点数量、月龄与健康状况。\n<b>不是标记</b>", "LIVE_SEIZURE");
        m.put("titleEn", "Live seizure: the inventory");
        long id = created(api.post(T + "modules", a.trainer(), m)).get("id").asLong();
        created(api.post(T + "modules/" + id + "/questions", a.trainer(), question("SINGLE", List.of(1))));
        created(api.post(T + "modules/" + id + "/questions", a.trainer(), question("MULTIPLE", List.of(0, 2))));
        String export = T + "modules/" + id + "/package";
        assertEquals(403, api.bytes("GET", export, a.officer(), null, null).status());
        assertEquals(403, api.bytes("GET", export, a.admin(), null, null).status());
        assertEquals("another court cannot export it", 404, api.bytes("GET", export, b.trainer(), null, null).status());
        Http.Binary zip = api.bytes("GET", export, a.trainer(), null, null);
        assertEquals(200, zip.status());
        assertEquals("application/zip", zip.contentType());
        Map<String, String> files = unzip(zip.body());
        assertTrue(files.get("imsmanifest.xml").contains("<schemaversion>1.2</schemaversion>"));
        assertTrue("texts are escaped in the pages", files.get("index.html").contains("&lt;b&gt;不是标记&lt;/b&gt;"));
        assertTrue(hasEntry(a.id(), "training.module.exported", "format=SCORM-1.2"));

        // refused imports write nothing
        String imp = T + "module-packages";
        assertPackageRefused(api.bytes("POST", imp, b.officer(), zip.body(), "application/zip"), 403, "ROLE_REQUIRED");
        assertPackageRefused(api.bytes("POST", imp, b.admin(), zip.body(), "application/zip"), 403, "ROLE_REQUIRED");
        assertPackageRefused(api.bytes("POST", imp, b.trainer(), "这不是程序包".getBytes("UTF-8"), "application/zip"), 400, "INVALID_PACKAGE");
        assertPackageRefused(api.bytes("POST", imp, b.trainer(), zip.body(), "text/html"), 415, "UNSUPPORTED_MEDIA_TYPE");
        assertPackageRefused(api.bytes("POST", imp, b.trainer(), new byte[262_144 + 1], "application/zip"), 413, "PACKAGE_TOO_LARGE");
        Map<String, String> noManifest = new java.util.LinkedHashMap<>(files);
        noManifest.remove("imsmanifest.xml");
        assertPackageRefused(api.bytes("POST", imp, b.trainer(), zip(noManifest), "application/zip"), 400, "INVALID_MANIFEST");
        Map<String, String> badAnswer = new java.util.LinkedHashMap<>(files);
        badAnswer.put("cep-module.json", files.get("cep-module.json").replaceFirst("\"correct\" : \\[ 1 \\]", "\"correct\" : [ 9 ]"));
        JsonNode problem = assertPackageRefused(api.bytes("POST", imp, b.trainer(), zip(badAnswer), "application/zip"), 400, "INVALID_ANSWER");
        assertEquals("questions[0].correct", problem.get("field").asText());
        Map<String, String> noTitle = new java.util.LinkedHashMap<>(files);
        noTitle.put("cep-module.json", files.get("cep-module.json").replace("活查封清点规范", " "));
        assertPackageRefused(api.bytes("POST", imp, b.trainer(), zip(noTitle), "application/zip"), 400, "FIELD_REQUIRED");
        assertEquals("refused imports leave nothing", 0, api.get(T + "modules", b.trainer()).json().size());

        Http.Binary imported = api.bytes("POST", imp, b.trainer(), zip.body(), "application/zip");
        assertEquals(new String(imported.body(), "UTF-8"), 201, imported.status());
        JsonNode copy = Http.JSON.readTree(imported.body());
        long copyId = copy.get("id").asLong();
        assertEquals(b.id(), copy.get("courtId").asText());
        assertEquals(1, copy.get("version").asInt());
        assertEquals("活查封清点规范", copy.get("titleZh").asText());
        assertEquals("Live seizure: the inventory", copy.get("titleEn").asText());
        assertTrue(copy.get("bodyZh").asText().endsWith("<b>不是标记</b>"));
        assertEquals(List.of("LIVE_SEIZURE"), texts(copy.get("stages")));
        assertTrue(copy.get("changeNote").asText().contains("SCORM 1.2"));
        JsonNode questions = api.get(T + "modules/" + copyId + "/questions", b.trainer()).json();
        assertEquals(2, questions.size());
        assertEquals(List.of(0, 2), ints(questions.get(1).get("correct")));
        assertTrue(hasEntry(b.id(), "training.module.imported", "from=" + a.id() + "/" + id));

        // the copy is the receiving court's own: its officers drill it, and it exports to the same module again
        long q1 = questions.get(0).get("id").asLong();
        long q2 = questions.get(1).get("id").asLong();
        JsonNode attempt = created(api.post(T + "modules/" + copyId + "/attempts", b.officer(), answers(answer(q1, 1), answer(q2, 0, 2))));
        assertEquals(2, attempt.get("score").asInt());
        assertEquals(b.id(), attempt.get("ownerCourtId").asText());
        Map<String, String> again = unzip(api.bytes("GET", T + "modules/" + copyId + "/package", b.trainer(), null, null).body());
        JsonNode first = Http.JSON.readTree(files.get("cep-module.json"));
        JsonNode second = Http.JSON.readTree(again.get("cep-module.json"));
        for (String f : List.of("titleZh", "titleEn", "bodyZh", "bodyEn", "stages", "questions")) {
            assertEquals("round trip of " + f, first.get(f), second.get(f));
        }
        assertEquals("a still sees only its own module", 1, api.get(T + "modules", a.trainer()).json().size());
    }

    @Test
    public void everyTrainingEndpointRefusesEveryRoleItDoesNotName() throws Exception {
        Court a = court("hlj-qiqihar-ip");
        Map<String, String> tokens = new java.util.LinkedHashMap<>();
        tokens.put("trainer", a.trainer());
        tokens.put("court-admin", a.admin());
        tokens.put("enforcement-officer", a.officer());
        tokens.put("clerk", a.clerk());
        for (String role : List.of("supervisor", "enforcement-judge", "trial-judge")) tokens.put(role, newUser(a.id(), role)[0]);
        tokens.put("provincial-admin", adminToken());
        List<String> read = List.of("trainer", "court-admin", "enforcement-officer", "clerk");
        String shared = "shared/hlj-high/modules/1";
        Object[][] endpoints = {
            {"POST", "modules", List.of("trainer")}, {"GET", "modules", read}, {"GET", "modules/1", read},
            {"GET", "modules/1/versions", read}, {"POST", "modules/1/versions", List.of("trainer")},
            {"POST", "modules/1/questions", List.of("trainer")}, {"GET", "modules/1/questions", List.of("trainer")},
            {"GET", "modules/1/drill", List.of("enforcement-officer", "clerk", "trainer")},
            {"POST", "modules/1/attempts", List.of("enforcement-officer", "clerk")}, {"GET", "completion", List.of("court-admin", "trainer")},
            {"GET", "cases", read}, {"GET", "cases/kedong-live-seizure", read},
            {"POST", "modules/1/shares", List.of("court-admin")}, {"GET", "modules/1/shares", List.of("court-admin", "trainer")},
            {"POST", "modules/1/shares/revoke", List.of("court-admin")}, {"GET", "shared", read}, {"GET", shared + "?grant=1", read},
            {"POST", shared + "/adopt?grant=1", List.of("court-admin", "trainer")}, {"GET", "adoptions", read},
            {"GET", shared + "/drill?grant=1", List.of("enforcement-officer", "clerk")},
            {"POST", shared + "/attempts?grant=1", List.of("enforcement-officer", "clerk")},
            {"PUT", "standards/SETTLEMENT", List.of("court-admin", "trainer")}, {"GET", "standards", read},
            {"GET", "standards/SETTLEMENT/applicable", read}, {"GET", "modules/1/package", List.of("trainer")},
            {"POST", "module-packages", List.of("trainer")},
        };
        int checked = 0;
        for (Object[] e : endpoints) {
            String method = (String) e[0];
            String path = T + e[1];
            @SuppressWarnings("unchecked") List<String> allowed = (List<String>) e[2];
            for (Map.Entry<String, String> role : tokens.entrySet()) {
                if (allowed.contains(role.getKey())) continue;
                String what = method + " " + path + " as " + role.getKey();
                if (path.endsWith("/package") || path.endsWith("module-packages")) {
                    Http.Binary r = api.bytes(method, path, role.getValue(), method.equals("POST") ? new byte[] {'P', 'K'} : null,
                            method.equals("POST") ? "application/zip" : null);
                    assertEquals(what, 403, r.status());
                    assertEquals(what, "ROLE_REQUIRED", Http.JSON.readTree(r.body()).get("code").asText());
                } else {
                    Http.Reply r = api.send(method, path, role.getValue(), method.equals("GET") ? null : Map.of(), Map.of());
                    assertEquals(what + ": " + r, 403, r.status());
                    assertEquals(what, "ROLE_REQUIRED", r.code());
                }
                checked++;
            }
        }
        assertTrue("refusals checked: " + checked, checked > 100);
        assertEquals("nothing was written by the refused calls", 0, api.get(T + "modules", a.trainer()).json().size());
    }

    // ---- helpers ----

    private Court court(String parent) {
        String id = unique("it-tr");
        writeCourtFile(id, courtFile(id, "培训测试法院", parent, "basic", "training"));
        waitUntil(id + " exists", () -> api.get("/courts/" + id, adminToken()).status() == 200);
        String[] officer = newUser(id, "enforcement-officer");
        return new Court(id, newUser(id, "trainer")[0], newUser(id, "court-admin")[0], officer[0], officer[1],
                newUser(id, "clerk")[0]);
    }

    /** {token, "name@court"}. */
    private String[] newUser(String court, String role) {
        String name = unique(role.replace("-", ""));
        createUser(court, name, role);
        return new String[] {login(name, USER_PASSWORD), name + "@" + court};
    }

    private static Map<String, Object> module(String title, String body, String stage) {
        Map<String, Object> m = new HashMap<>();
        m.put("titleZh", title);
        m.put("bodyZh", body);
        m.put("stages", List.of(stage));
        return m;
    }

    private static Map<String, Object> question(String kind, List<Integer> correct) {
        return Map.of("kind", kind, "prompt", "动产查封的最长期限是？", "options", List.of("一年", "两年", "三年"), "correct", correct,
                "explanation", "动产查封期限不超过两年，期满前须续行查封。");
    }

    private static Map<String, Object> standard(String title) {
        return Map.of("titleZh", title, "steps", List.of("审查和解协议", "登记履行期限"), "requiredDocuments", List.of("和解协议"),
                "deadlines", List.of("约定期限届满后 3 日内核查履行"));
    }

    private static Map<String, Object> answer(long question, Integer... chosen) {
        return Map.of("questionId", question, "chosen", List.of(chosen));
    }

    @SafeVarargs
    private static Map<String, Object> answers(Map<String, Object>... answers) {
        return Map.of("answers", List.of(answers));
    }

    private static JsonNode created(Http.Reply r) {
        assertEquals(r.toString(), 201, r.status());
        return r.json();
    }


    private boolean hasEntry(String court, String action, String detailPart) {
        for (JsonNode e : api.get("/admin/courts/" + court + "/audit?limit=500", adminToken()).json()) {
            if (e.get("action").asText().equals(action) && e.path("detail").asText("").contains(detailPart)) return true;
        }
        return false;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asInt()));
        return out;
    }
    private static JsonNode assertPackageRefused(Http.Binary r, int status, String code) throws java.io.IOException {
        String text = new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(text, status, r.status());
        JsonNode problem = Http.JSON.readTree(r.body());
        assertEquals(text, code, problem.get("code").asText());
        assertFalse(text, problem.get("messageZh").asText().isBlank() || problem.get("messageEn").asText().isBlank());
        return problem;
    }

    private static Map<String, String> unzip(byte[] zip) throws java.io.IOException {
        Map<String, String> files = new java.util.LinkedHashMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) files.put(e.getName(), new String(in.readAllBytes(), "UTF-8"));
        }
        return files;
    }

    private static byte[] zip(Map<String, String> files) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
            for (Map.Entry<String, String> f : files.entrySet()) {
                z.putNextEntry(new java.util.zip.ZipEntry(f.getKey()));
                z.write(f.getValue().getBytes("UTF-8"));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
