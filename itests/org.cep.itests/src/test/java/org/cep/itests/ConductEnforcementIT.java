package org.cep.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 行为执行 and the sanctions ladder end to end: an IP judgment with three obligations, two complied and one
 * not; a fine; a repeat-infringement report reopening a complied obligation; substitute performance charged
 * to the respondent; a blacklist entry published and lifted after performance; the respondent's history
 * across the court's cases with the next step. Then bad input, another court, and every role that must be refused.
 */
public class ConductEnforcementIT extends CepTestSupport {
    private static final String CD = "/conduct-enforcement/";
    private static final String SANCTIONS = "/sanctions/";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private record Setup(String court, String other, String officer, String clerk, String judge, String officerB, String judgeB,
                         long caseId, String respondent) {
    }

    private Setup setup() {
        String court = court("conduct-enforcement");
        String other = court("conduct-enforcement");
        String officer = tokenOfNewUser(court, "enforcement-officer");
        String respondent = "某鞋业有限公司" + ThreadLocalRandom.current().nextInt(1, 9_999_999);
        long caseId = newCase(officer, respondent);
        return new Setup(court, other, officer, tokenOfNewUser(court, "clerk"), tokenOfNewUser(court, "enforcement-judge"),
                tokenOfNewUser(other, "enforcement-officer"), tokenOfNewUser(other, "enforcement-judge"), caseId, respondent);
    }

    @Test
    public void anIpJudgmentIsEnforcedItemByItemWithTheLadder() {
        Setup s = setup();
        LocalDate today = LocalDate.now(SHANGHAI);
        LocalDate deadline = today.plusDays(1);
        long stop = obligation(s, 1, "ABSTAIN", "立即停止制造、销售侵害第 ZL201810000000.1 号专利权的鞋底", deadline);
        long destroy = obligation(s, 2, "ACT", "销毁库存侵权产品及专用模具", deadline);
        long apology = obligation(s, 3, "ACT", "在《法治日报》刊登声明，消除影响", deadline);
        // a deadline in the past is refused and records nothing
        refused(api.post(CD + "cases/" + s.caseId() + "/obligations", s.clerk(), obligationBody(4, "ACT", "变更企业名称", today.minusDays(1))),
                400, "DEADLINE_IN_PAST");
        refused(api.post(CD + "cases/" + s.caseId() + "/obligations", s.clerk(), obligationBody(3, "ACT", "重复判项", deadline)), 409, "ITEM_TAKEN");
        assertEquals(3, conduct(s, null).get("obligations").size());

        // two complied, one not
        assertEquals("COMPLIED", check(s, stop, "COMPLIED", "TEST_PURCHASE").get("state").asText());
        assertEquals("COMPLIED", check(s, destroy, "COMPLIED", "PHOTO").get("state").asText());
        assertEquals("NOT_COMPLIED", check(s, apology, "NOT_COMPLIED", "DOCUMENT").get("state").asText());

        // a fine of the organisation: the limit is refused with the limit in the message; only the judge decides
        Http.Reply over = api.post("/cases/" + s.caseId() + "/sanctions", s.officer(), Map.of("kind", "FINE", "partyType", "ORGANISATION",
                "reason", "拒不履行停止侵权义务", "amountFen", 100_000_001L));
        refused(over, 400, "FINE_OUT_OF_RANGE");
        assertTrue(over.raw(), over.json().get("messageZh").asText().contains("1,000,000"));
        refused(api.post("/cases/" + s.caseId() + "/sanctions", s.officer(), Map.of("kind", "DETENTION", "partyType", "ORGANISATION",
                "reason", "x", "days", 5)), 400, "DETENTION_OF_ORGANISATION");
        refused(api.post("/cases/" + s.caseId() + "/sanctions", s.officer(), Map.of("kind", "DETENTION", "partyType", "INDIVIDUAL",
                "respondent", "张某（法定代表人）", "reason", "x", "days", 16)), 400, "DETENTION_OUT_OF_RANGE");
        refused(api.post("/cases/" + s.caseId() + "/sanctions", s.officer(), Map.of("kind", "BLACKLIST", "partyType", "ORGANISATION",
                "reason", "x", "grounds", List.of("EVADES"), "termMonths", 48)), 400, "BLACKLIST_TERM_OUT_OF_RANGE");
        assertEquals("refusals wrote nothing", 0, api.get("/cases/" + s.caseId() + "/sanctions", s.officer()).json().size());
        JsonNode fine = propose(s, Map.of("kind", "FINE", "partyType", "ORGANISATION", "reason", "判决生效后拒不停止侵权", "amountFen", 10_000_000L));
        refused(api.post(SANCTIONS + fine.get("id").asLong() + "/decision", s.officer(), decision(fine)), 403, "ROLE_REQUIRED");
        refused(api.post(SANCTIONS + fine.get("id").asLong() + "/execution", s.officer(), Map.of("version", fine.get("version").asLong())),
                409, "INVALID_TRANSITION");
        JsonNode decided = decide(s, fine);
        assertEquals("DECIDED", decided.get("state").asText());
        JsonNode executed = api.post(SANCTIONS + fine.get("id").asLong() + "/execution", s.officer(), Map.of("version", decided.get("version").asLong())).json();
        assertEquals("EXECUTED", executed.get("state").asText());

        // the applicant reports a new infringement: the complied duty to stop is reopened
        refused(api.post(CD + "obligations/" + stop + "/reports", s.clerk(), Map.of("reporter", "某专利权人", "description", "网店再次销售")),
                400, "EVIDENCE_REQUIRED");
        JsonNode reported = api.post(CD + "obligations/" + stop + "/reports", s.clerk(), Map.of("reporter", "某专利权人（申请执行人）",
                "description", "被执行人网店再次上架侵权鞋底", "evidence", List.of(Map.of("type", "TAKEDOWN_NOTICE", "description", "电商平台下架通知",
                        "reference", "平台投诉单号 TS-2026-0001")))).json();
        assertEquals("VIOLATED_AGAIN", reported.get("obligation").get("state").asText());
        assertTrue(reported.get("reports").get(0).get("reopened").asBoolean());

        // substitute performance of the apology, charged to the respondent; a duty to refrain cannot be substituted
        Map<String, Object> substitute = Map.of("performer", "法治日报社", "costFen", 800_000L, "performedOn", today.toString(), "note", "代为刊登声明");
        refused(api.post(CD + "obligations/" + apology + "/substitute", s.officer(), substitute), 403, "ROLE_REQUIRED");
        refused(api.post(CD + "obligations/" + stop + "/substitute", s.judge(), substitute), 409, "NOT_SUBSTITUTABLE");
        JsonNode substituted = api.post(CD + "obligations/" + apology + "/substitute", s.judge(), substitute).json();
        assertEquals("SUBSTITUTED", substituted.get("obligation").get("state").asText());
        assertEquals(800_000L, substituted.get("claims").get(0).get("amountFen").asLong());

        // the late-performance payment: the reopened duty runs from its deadline at the configured daily rate
        JsonNode later = conduct(s, deadline.plusDays(10));
        assertEquals(10 * 50_000L, later.get("lateTotalFen").asLong());
        assertEquals(800_000L, later.get("claimsTotalFen").asLong());
        assertEquals(10 * 50_000L + 800_000L, later.get("totalOwedFen").asLong());

        // a blacklist entry, published, then lifted (and removed) after performance
        JsonNode listed = propose(s, Map.of("kind", "BLACKLIST", "partyType", "ORGANISATION", "reason", "有履行能力而拒不履行",
                "grounds", List.of("ABLE_BUT_REFUSES")));
        JsonNode listedDecided = decide(s, listed);
        JsonNode published = api.post(SANCTIONS + listed.get("id").asLong() + "/execution", s.officer(),
                Map.of("version", listedDecided.get("version").asLong())).json();
        assertEquals("PUBLISHED", published.get("publication").asText());
        refused(api.post(SANCTIONS + listed.get("id").asLong() + "/lifting", s.officer(), Map.of("reason", "PERFORMED", "version", 0)),
                403, "ROLE_REQUIRED");
        refused(api.post(SANCTIONS + listed.get("id").asLong() + "/lifting", s.judge(), Map.of("reason", "TERM_ENDED",
                "version", published.get("version").asLong())), 409, "TERM_NOT_ENDED");
        JsonNode lifted = api.post(SANCTIONS + listed.get("id").asLong() + "/lifting", s.judge(), Map.of("reason", "PERFORMED",
                "note", "已履行全部义务", "version", published.get("version").asLong())).json();
        assertEquals("LIFTED", lifted.get("state").asText());
        assertEquals("REMOVED", lifted.get("publication").asText());

        // the respondent's history across the court's cases, with the ladder's next step
        long second = newCase(s.officer(), s.respondent());
        JsonNode warning = api.post("/cases/" + second + "/sanctions", s.officer(), Map.of("kind", "WARNING", "partyType", "ORGANISATION",
                "reason", "告知拒不履行的法律后果")).json();
        decide(s, warning);
        JsonNode history = history(s.judge(), s.respondent());
        assertEquals(3, history.get("sanctions").size());
        assertEquals(2, history.get("cases").asInt());
        assertEquals("CRIMINAL_REFERRAL", history.get("advice").get("next").asText());
        assertTrue(history.toString(), history.get("advice").get("explanationZh").asText().contains("罚款"));
        assertTrue(history.toString(), history.get("advice").get("left").toString().contains("CONSUMPTION_RESTRICTION"));
    }

    @Test
    public void anotherCourtSeesAndChangesNothingAndRolesAreRefused() {
        Setup s = setup();
        LocalDate deadline = LocalDate.now(SHANGHAI).plusDays(3);
        long obligation = obligation(s, 1, "ACT", "销毁侵权商品", deadline);
        JsonNode sanction = propose(s, Map.of("kind", "WARNING", "partyType", "ORGANISATION", "reason", "告诫"));
        long sid = sanction.get("id").asLong();
        List<Object[]> conductCalls = new ArrayList<>();
        conductCalls.add(new Object[]{"GET", CD + "cases/" + s.caseId(), null, "CASE_NOT_FOUND"});
        conductCalls.add(new Object[]{"POST", CD + "cases/" + s.caseId() + "/obligations", obligationBody(2, "ACT", "x", deadline), "CASE_NOT_FOUND"});
        conductCalls.add(new Object[]{"GET", CD + "obligations/" + obligation, null, "OBLIGATION_NOT_FOUND"});
        conductCalls.add(new Object[]{"POST", CD + "obligations/" + obligation + "/checks", Map.of("finding", "COMPLIED"), "OBLIGATION_NOT_FOUND"});
        conductCalls.add(new Object[]{"POST", CD + "obligations/" + obligation + "/reports", Map.of("reporter", "x", "description", "x",
                "evidence", List.of(Map.of("type", "PHOTO", "description", "x"))), "OBLIGATION_NOT_FOUND"});
        List<Object[]> sanctionCalls = new ArrayList<>();
        sanctionCalls.add(new Object[]{"GET", "/cases/" + s.caseId() + "/sanctions", null, "CASE_NOT_FOUND"});
        sanctionCalls.add(new Object[]{"POST", "/cases/" + s.caseId() + "/sanctions", Map.of("kind", "WARNING", "partyType", "INDIVIDUAL",
                "reason", "x"), "CASE_NOT_FOUND"});
        sanctionCalls.add(new Object[]{"GET", SANCTIONS + sid, null, "SANCTION_NOT_FOUND"});
        sanctionCalls.add(new Object[]{"POST", SANCTIONS + sid + "/execution", Map.of("version", 0), "SANCTION_NOT_FOUND"});
        // another court's officer: no such record
        for (Object[] c : concat(conductCalls, sanctionCalls)) {
            refused(api.send((String) c[0], (String) c[1], s.officerB(), c[2], Map.of()), 404, (String) c[3]);
        }
        // another court's judge: cannot decide, lift or substitute what is not theirs
        refused(api.post(SANCTIONS + sid + "/decision", s.judgeB(), Map.of("approve", true, "decisionDocument", "x", "version", 0)),
                404, "SANCTION_NOT_FOUND");
        refused(api.post(SANCTIONS + sid + "/lifting", s.judgeB(), Map.of("reason", "ERROR", "version", 0)), 404, "SANCTION_NOT_FOUND");
        refused(api.post(CD + "obligations/" + obligation + "/substitute", s.judgeB(), Map.of("performer", "x", "costFen", 1)),
                404, "OBLIGATION_NOT_FOUND");
        assertEquals(0, history(s.judgeB(), s.respondent()).get("sanctions").size());
        assertEquals("nothing changed", "PROPOSED", api.get(SANCTIONS + sid, s.officer()).json().get("state").asText());
        assertEquals("PENDING", api.get(CD + "obligations/" + obligation, s.officer()).json().get("obligation").get("state").asText());

        // roles that must be refused, on every endpoint
        List<Object[]> all = concat(conductCalls, sanctionCalls);
        all.add(new Object[]{"GET", CD + "checks/due", null, null});
        all.add(new Object[]{"POST", CD + "obligations/" + obligation + "/substitute", Map.of("performer", "x", "costFen", 1), null});
        all.add(new Object[]{"POST", SANCTIONS + sid + "/decision", Map.of("approve", true, "decisionDocument", "x", "version", 0), null});
        all.add(new Object[]{"POST", SANCTIONS + sid + "/lifting", Map.of("reason", "ERROR", "version", 0), null});
        all.add(new Object[]{"GET", SANCTIONS + "history?respondent=x", null, null});
        all.add(new Object[]{"GET", SANCTIONS + "limits", null, null});
        for (String role : List.of("trainer", "court-admin", "supervisor")) {
            String token = tokenOfNewUser(s.court(), role);
            for (Object[] c : all) refused(api.send((String) c[0], (String) c[1], token, c[2], Map.of()), 403, "ROLE_REQUIRED");
        }
        // the officer and the clerk do not decide, lift or substitute; the judge does not propose what they decide
        for (String token : List.of(s.officer(), s.clerk())) {
            refused(api.post(SANCTIONS + sid + "/decision", token, Map.of("approve", true, "decisionDocument", "x", "version", 0)), 403, "ROLE_REQUIRED");
            refused(api.post(SANCTIONS + sid + "/lifting", token, Map.of("reason", "ERROR", "version", 0)), 403, "ROLE_REQUIRED");
            refused(api.post(CD + "obligations/" + obligation + "/substitute", token, Map.of("performer", "x", "costFen", 1)), 403, "ROLE_REQUIRED");
        }
        refused(api.post("/cases/" + s.caseId() + "/sanctions", s.judge(), Map.of("kind", "WARNING", "partyType", "INDIVIDUAL", "reason", "x")),
                403, "ROLE_REQUIRED");
        refused(api.post(SANCTIONS + sid + "/decision", s.judge(), Map.of("approve", true, "decisionDocument", "x", "version", 99)),
                409, "VERSION_CHANGED");
    }

    @Test
    public void aCourtWithoutTheCapabilityStillHasTheSanctionsLadder() {
        String court = court("training");
        String officer = tokenOfNewUser(court, "enforcement-officer");
        long caseId = newCase(officer, "某商贸公司");
        refused(api.get(CD + "cases/" + caseId, officer), 403, "CAPABILITY_DISABLED");
        Http.Reply proposed = api.post("/cases/" + caseId + "/sanctions", officer, Map.of("kind", "CONSUMPTION_RESTRICTION",
                "partyType", "ORGANISATION", "reason", "未按执行通知履行", "source", "live-seizure:violation:1"));
        assertEquals(proposed.toString(), 201, proposed.status());
        assertEquals("live-seizure:violation:1", proposed.json().get("source").asText());
        assertEquals(10_000_000L, api.get(SANCTIONS + "limits", officer).json().get("individualFineMaxFen").asLong());
    }

    @Test
    public void ipRightsFoundByInquiryCarryTheConfiguredFreezePeriods() {
        String court = court("cross-enforcement, conduct-enforcement", "standard");
        String officer = tokenOfNewUser(court, "enforcement-officer");
        long caseId = newCase(officer, "某科技公司");
        LocalDate today = LocalDate.now(SHANGHAI);
        Map<String, String> until = new HashMap<>();
        for (String kind : List.of("PATENT", "TRADEMARK", "COPYRIGHT")) {
            Http.Reply r = api.post("/cross-enforcement/cases/" + caseId + "/assets", officer, Map.of("kind", kind, "description", kind + " 冻结",
                    "valueFen", 1_000_000, "measure", "FROZEN", "foundOn", today.toString(), "measureOn", today.toString()));
            assertEquals(r.toString(), 201, r.status());
            assertTrue(r.raw(), r.json().get("ip").asBoolean());
            until.put(kind, r.json().get("measureUntil").asText() + " " + r.json().get("legalPeriod").asText());
        }
        // the defaults of etc/cep.seizure.cfg: patent 6 months, trademark 1 year, copyright as another property right 3 years
        assertEquals(today.plusMonths(6) + " P6M", until.get("PATENT"));
        assertEquals(today.plusYears(1) + " P1Y", until.get("TRADEMARK"));
        assertEquals(today.plusYears(3) + " P3Y", until.get("COPYRIGHT"));
        refused(api.post("/cross-enforcement/cases/" + caseId + "/assets", officer, Map.of("kind", "PATENT", "description", "x", "valueFen", 1,
                "measure", "FROZEN", "foundOn", today.toString(), "measureOn", today.toString(), "measureUntil", today.plusMonths(7).toString())),
                400, "INVALID_PERIOD");
        JsonNode expiring = api.get("/cross-enforcement/measures/expiring?days=200&ip=true", officer).json();
        assertEquals(expiring.toString(), 1, expiring.size());
        assertEquals("PATENT", expiring.get(0).get("asset").get("kind").asText());
        assertEquals("专利权", expiring.get(0).get("asset").get("seizureTypeZh").asText());
        assertEquals(0, api.get("/cross-enforcement/measures/expiring?days=200&ip=true", tokenOfNewUser(court("cross-enforcement", "standard"),
                "enforcement-officer")).json().size());
        refused(api.get("/cross-enforcement/measures/expiring", tokenOfNewUser(court, "trainer")), 403, "ROLE_REQUIRED");
    }

    private String court(String capabilities) {
        return court(capabilities, "basic");
    }

    private String court(String capabilities, String computerization) {
        String id = unique("it-cd");
        writeCourtFile(id, courtFile(id, "行为执行测试法院", "hlj-harbin-ip", computerization, capabilities));
        waitUntil(id + " exists", () -> api.get("/courts/" + id, adminToken()).status() == 200);
        return id;
    }

    private long newCase(String officer, String respondent) {
        String number = "（2026）黑01执" + ThreadLocalRandom.current().nextInt(1, 9_999_999) + "号";
        Http.Reply created = api.post("/cases", officer, Map.of("caseNumber", number, "applicant", "某专利权人", "respondent", respondent,
                "amountOwedFen", 50_000_000));
        assertEquals(created.toString(), 201, created.status());
        return created.json().get("id").asLong();
    }

    private static Map<String, Object> obligationBody(int item, String kind, String what, LocalDate deadline) {
        return Map.of("itemNo", item, "kind", kind, "description", what, "deadline", deadline.toString(),
                "sourceDocument", "（2025）黑01知民初88号民事判决书第" + item + "项");
    }

    private long obligation(Setup s, int item, String kind, String what, LocalDate deadline) {
        Http.Reply r = api.post(CD + "cases/" + s.caseId() + "/obligations", s.clerk(), obligationBody(item, kind, what, deadline));
        assertEquals(r.toString(), 201, r.status());
        assertEquals("PENDING", r.json().get("obligation").get("state").asText());
        return r.json().get("obligation").get("id").asLong();
    }

    private JsonNode check(Setup s, long obligation, String finding, String evidence) {
        Http.Reply r = api.post(CD + "obligations/" + obligation + "/checks", s.officer(), Map.of("finding", finding, "scheduled", true,
                "notes", "实地检查", "evidence", List.of(Map.of("type", evidence, "description", "检查证据"))));
        assertEquals(r.toString(), 200, r.status());
        return r.json().get("obligation");
    }

    private JsonNode conduct(Setup s, LocalDate asOf) {
        Http.Reply r = api.get(CD + "cases/" + s.caseId() + (asOf == null ? "" : "?asOf=" + asOf), s.judge());
        assertEquals(r.toString(), 200, r.status());
        return r.json();
    }

    private JsonNode propose(Setup s, Map<String, Object> body) {
        Http.Reply r = api.post("/cases/" + s.caseId() + "/sanctions", s.officer(), body);
        assertEquals(r.toString(), 201, r.status());
        assertEquals("PROPOSED", r.json().get("state").asText());
        return r.json();
    }

    private static Map<String, Object> decision(JsonNode sanction) {
        Map<String, Object> m = new HashMap<>();
        m.put("approve", true);
        m.put("decisionDocument", "（2026）黑01执" + sanction.get("caseId").asLong() + "号之" + sanction.get("id").asLong() + "决定书");
        m.put("version", sanction.get("version").asLong());
        return m;
    }

    private JsonNode decide(Setup s, JsonNode sanction) {
        Http.Reply r = api.post(SANCTIONS + sanction.get("id").asLong() + "/decision", s.judge(), decision(sanction));
        assertEquals(r.toString(), 200, r.status());
        return r.json();
    }

    private JsonNode history(String token, String respondent) {
        Http.Reply r = api.get(SANCTIONS + "history?respondent=" + URLEncoder.encode(respondent, StandardCharsets.UTF_8), token);
        assertEquals(r.toString(), 200, r.status());
        return r.json();
    }

    private static List<Object[]> concat(List<Object[]> a, List<Object[]> b) {
        List<Object[]> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
