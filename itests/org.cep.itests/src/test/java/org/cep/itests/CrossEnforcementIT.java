package org.cep.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 交叉执行 end to end: an art. 237 application decided by the high court as a designation, the package sent
 * to a court in another city, accepted exactly once, and the original court reading the case afterwards
 * under a grant; file access asked for, approved or denied, and ending; isolation and roles.
 */
public class CrossEnforcementIT extends CepTestSupport {
    private static final String CE = "/cross-enforcement/";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private record Setup(String original, String receiving, String outside, String officerO, String officerR, String officerX,
                         String highClerk, String highSupervisor, long caseId, String caseNumber) {
    }

    private Setup setup() {
        switchCapability("hlj-high", "cross-enforcement", true);
        String original = court("hlj-daqing-ip");
        String receiving = court("hlj-harbin-ip");
        String outside = court("hlj-qiqihar-ip");
        String officerO = user(original, "enforcement-officer");
        String number = "（2025）黑0602执" + ThreadLocalRandom.current().nextInt(1, 9_999_999) + "号";
        Http.Reply created = api.post("/cases", officerO, Map.of("caseNumber", number, "applicant", "某饲料店", "respondent", "某养殖公司",
                "amountOwedFen", 9_300_000));
        assertEquals(created.toString(), 201, created.status());
        return new Setup(original, receiving, outside, officerO, user(receiving, "enforcement-officer"), user(outside, "enforcement-officer"),
                user("hlj-high", "clerk"), user("hlj-high", "supervisor"), created.json().get("id").asLong(),
                created.json().get("caseNumber").asText());
    }

    @Test
    public void anApplicationIsDecidedAsADesignationAndTheCaseMovesExactlyOnce() throws Exception {
        Setup s = setup();
        LocalDate today = LocalDate.now(SHANGHAI);
        // the original court's records: an inquiry result with a freeze, two documents, the judge's flag
        Http.Reply asset = api.post(CE + "cases/" + s.caseId() + "/assets", s.officerO(), Map.of("kind", "BANK_ACCOUNT",
                "description", "某银行账户 6222****1234", "valueFen", 1_250_000, "measure", "FROZEN", "foundOn", today.toString(),
                "measureOn", today.toString()));
        assertEquals(asset.toString(), 201, asset.status());
        assertEquals("the freeze ends after the legal year", today.plusYears(1).toString(), asset.json().get("measureUntil").asText());
        for (String name : List.of("判决书.pdf", "查控报告.pdf")) {
            Http.Binary doc = api.bytes("POST", "/cross-enforcement/cases/" + s.caseId() + "/documents?name="
                    + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8), s.officerO(), ("内容 " + name).getBytes(StandardCharsets.UTF_8),
                    "application/pdf");
            assertEquals(201, doc.status());
        }
        assertEquals(200, api.put(CE + "cases/" + s.caseId() + "/local-influence", s.officerO(), Map.of("reason", "被执行人系当地纳税大户")).status());
        JsonNode eligible = api.get(CE + "eligible", s.officerO()).json();
        assertTrue(eligible.toString(), eligible.get("items").toString().contains("LOCAL_INFLUENCE"));
        // the high court's view: counts reported by each court below, then the cases behind one court's count
        JsonNode refreshed = api.post(CE + "jurisdiction/eligible/refresh", s.highSupervisor(), Map.of()).json();
        JsonNode originalCount = null;
        for (JsonNode c : refreshed.get("perCourt")) {
            if (c.get("courtId").asText().equals(s.original())) originalCount = c;
        }
        assertTrue(refreshed.toString(), originalCount != null && originalCount.get("byReason").get("LOCAL_INFLUENCE").asInt() == 1);
        assertEquals(refreshed.get("cases"), api.get(CE + "jurisdiction/eligible", s.highSupervisor()).json().get("cases"));
        assertTrue("the cases behind the count, through supervision",
                api.get(CE + "courts/" + s.original() + "/eligible", s.highSupervisor()).raw().contains(s.caseNumber()));
        refused(api.get(CE + "courts/" + s.original() + "/eligible", user(s.receiving(), "supervisor")), 403, "NOT_IN_JURISDICTION");

        // the applicant applies to the high court; its clerk enters it, its supervisor decides
        Http.Reply app = api.post(CE + "applications", s.highClerk(), Map.of("originalCourtId", s.original(), "caseNumber", s.caseNumber(),
                "applicant", "某饲料店", "grounds", "立案逾六个月未执行，申请异地执行", "receivedOn", today.toString()));
        assertEquals(app.toString(), 201, app.status());
        long appId = app.json().get("id").asLong();
        refused(api.post(CE + "applications/" + appId + "/decision", s.highClerk(), decision("DESIGNATE", s.receiving(), today.plusDays(30))),
                403, "ROLE_REQUIRED");
        refused(api.post(CE + "applications/" + appId + "/decision", s.highSupervisor(), decision("DESIGNATE", s.receiving(), today)),
                400, "INVALID_DEADLINE");
        refused(api.post(CE + "applications/" + appId + "/decision", s.highSupervisor(), decision("DESIGNATE", s.original(), today.plusDays(30))),
                400, "SAME_COURT");
        refused(api.post(CE + "applications/" + appId + "/decision", s.highSupervisor(), decision("DESIGNATE", "hlj-nowhere", today.plusDays(30))),
                404, "COURT_NOT_FOUND");
        Http.Reply decided = api.post(CE + "applications/" + appId + "/decision", s.highSupervisor(),
                decision("DESIGNATE", s.receiving(), today.plusDays(30)));
        assertEquals(decided.toString(), 200, decided.status());
        assertEquals("DECIDED", decided.json().get("status").asText());
        long grant = decided.json().get("grantId").asLong();
        refused(api.post(CE + "applications/" + appId + "/decision", s.highSupervisor(), decision("SUPERVISE", null, today.plusDays(30))),
                409, "ALREADY_DECIDED");

        // the original court receives the order and sends the package, once
        JsonNode order = only(api.get(CE + "orders", s.officerO()).json(), "applicationId", appId);
        assertEquals("DESIGNATE", order.get("decision").asText());
        Http.Reply sent = api.post(CE + "orders/" + order.get("id").asLong() + "/transfer", s.officerO(), Map.of());
        assertEquals(sent.toString(), 200, sent.status());
        assertEquals(2, sent.json().get("documents").asInt());
        assertEquals(sent.json().get("id"), api.post(CE + "orders/" + order.get("id").asLong() + "/transfer", s.officerO(), Map.of()).json().get("id"));

        // the receiving court sees it; another court cannot open it
        assertEquals("SENT", only(api.get(CE + "incoming", s.officerR()).json(), "grantId", grant).get("state").asText());
        assertEquals(404, api.post(CE + "incoming/" + grant + "/open", s.officerX(), Map.of()).status());
        Http.Reply opened = api.post(CE + "incoming/" + grant + "/open", s.officerR(), Map.of());
        assertEquals(opened.toString(), 200, opened.status());
        assertEquals("DELIVERED", opened.json().get("state").asText());
        assertEquals(s.caseNumber(), opened.json().get("casePackage").get("file").get("caseData").get("caseNumber").asText());

        // two accepts at once: one local case
        String n1 = "（2025）黑0103执" + ThreadLocalRandom.current().nextInt(1, 9_999_999) + "号";
        String n2 = "（2025）黑0103执" + ThreadLocalRandom.current().nextInt(1, 9_999_999) + "号";
        List<Http.Reply> answers = parallel(List.of(
                () -> api.post(CE + "incoming/" + grant + "/accept", s.officerR(), Map.of("caseNumber", n1)),
                () -> api.post(CE + "incoming/" + grant + "/accept", s.officerR(), Map.of("caseNumber", n2))));
        Set<Long> localIds = new HashSet<>();
        for (Http.Reply a : answers) {
            assertTrue(a.toString(), a.status() == 200 || a.status() == 409);
            if (a.status() == 200) localIds.add(a.json().get("localCase").get("id").asLong());
        }
        assertEquals(answers.toString(), 1, localIds.size());
        long newCase = localIds.iterator().next();
        int copies = 0;
        for (JsonNode c : api.get("/cases", s.officerR()).json()) {
            if (c.get("caseNumber").asText().equals(n1) || c.get("caseNumber").asText().equals(n2)) copies++;
        }
        assertEquals("exactly one case in the receiving court", 1, copies);
        Http.Reply again = api.post(CE + "incoming/" + grant + "/accept", s.officerR(), Map.of("caseNumber", n1));
        assertTrue(again.toString(), again.status() == 200 && again.json().get("localCase").get("id").asLong() == newCase
                || again.status() == 409);

        // the original court: receipt, case closed, and read access to the new case under a grant
        JsonNode transfer = only(api.get(CE + "transfers", s.officerO()).json(), "orderId", order.get("id").asLong());
        assertEquals("ACCEPTED", transfer.get("state").asText());
        assertTrue(transfer.hasNonNull("deliveredAt"));
        assertEquals("CLOSED", api.get("/cases/" + s.caseId(), s.officerO()).json().get("status").asText());
        long readback = transfer.get("readbackGrantId").asLong();
        Http.Reply file = api.get(CE + "courts/" + s.receiving() + "/cases/" + newCase + "/file?grant=" + readback, s.officerO());
        assertEquals(file.toString(), 200, file.status());
        assertEquals(2, file.json().get("documents").size());
        assertEquals("FROZEN", file.json().get("assets").get(0).get("measure").asText());
        long docId = file.json().get("documents").get(0).get("id").asLong();
        Http.Binary doc = api.bytes("GET", CE + "courts/" + s.receiving() + "/cases/" + newCase + "/documents/" + docId + "?grant=" + readback,
                s.officerO(), null, null);
        assertEquals(200, doc.status());
        assertTrue(new String(doc.body(), StandardCharsets.UTF_8).startsWith("内容 "));
        refused(api.get(CE + "courts/" + s.receiving() + "/cases/" + newCase + "/file", s.officerO()), 403, "NOT_IN_JURISDICTION");
        refused(api.get(CE + "courts/" + s.receiving() + "/cases/" + newCase + "/file?grant=" + readback, s.officerX()), 403, "GRANT_NOT_FOUND");
        refused(api.get(CE + "courts/" + s.receiving() + "/cases/" + (newCase + 1) + "/file?grant=" + readback, s.officerO()), 403,
                "GRANT_OUT_OF_SCOPE");

        // the high court's application is done
        assertEquals("DONE", api.get(CE + "applications/" + appId, s.highClerk()).json().get("status").asText());

        // the receiving court finds real estate and recovers money within days; the original court had recovered nothing
        assertEquals(201, api.post(CE + "cases/" + newCase + "/assets", s.officerR(), Map.of("kind", "REAL_ESTATE", "description", "某小区住宅",
                "valueFen", 80_000_000, "measure", "SEIZED", "foundOn", today.toString(), "measureOn", today.toString())).status());
        assertEquals(201, api.post(CE + "cases/" + newCase + "/money", s.officerR(), Map.of("kind", "RECOVERED", "amountFen", 9_300_000,
                "onDate", today.toString())).status());
        refused(api.post(CE + "cases/" + newCase + "/money", s.officerR(), Map.of("kind", "PAID_OUT", "amountFen", 9_300_001,
                "onDate", today.toString())), 409, "PAYOUT_EXCEEDS_RECOVERED");
        assertEquals(201, api.post(CE + "cases/" + newCase + "/money", s.officerR(), Map.of("kind", "PAID_OUT", "amountFen", 9_000_000,
                "onDate", today.toString())).status());
        JsonNode kpis = api.get(CE + "supervision/kpis", s.highSupervisor()).json();
        JsonNode row = only(kpis.get("cases"), "applicationId", appId);
        assertEquals(9_300_000, row.get("receiving").get("recoveredFen").asLong());
        assertEquals(9_000_000, row.get("receiving").get("paidOutFen").asLong());
        assertEquals(0, row.get("receiving").get("daysToFirstMeasure").asLong());
        assertEquals("the inherited freeze is not the receiving court's", 0, row.get("original").get("recoveredFen").asLong());
        assertTrue("the original court froze the account on the day of filing", row.get("original").hasNonNull("daysToFirstMeasure"));
        assertTrue(kpis.get("receiving").get("recoveredFen").asLong() >= 9_300_000);
        JsonNode reverse = only(api.get(CE + "supervision/reverse-check", s.highSupervisor()).json(), "applicationId", appId);
        assertEquals("[\"RECOVERED_QUICKLY\"]", reverse.get("findings").toString());
        refused(api.get(CE + "supervision/kpis", s.officerR()), 403, "ROLE_REQUIRED");

        // a spot check: the same seed and size draw the same sample; a finding is recorded
        Http.Reply spot = api.post(CE + "supervision/spot-checks", s.highSupervisor(), Map.of("seed", 20261201, "size", 3));
        assertEquals(spot.toString(), 201, spot.status());
        Http.Reply redraw = api.post(CE + "supervision/spot-checks", s.highSupervisor(), Map.of("seed", 20261201, "size", 3));
        assertEquals(applicationIds(spot.json()), applicationIds(redraw.json()));
        long spotId = spot.json().get("id").asLong();
        long itemId = spot.json().get("items").get(0).get("id").asLong();
        JsonNode recorded = api.post(CE + "supervision/spot-checks/" + spotId + "/items/" + itemId, s.highSupervisor(),
                Map.of("verdict", "ISSUE", "finding", "原执行法院六个月内未查询不动产")).json();
        assertEquals("ISSUE", recorded.get("items").get(0).get("verdict").asText());
        refused(api.post(CE + "supervision/spot-checks", s.highSupervisor(), Map.of("size", 0)), 400, "INVALID_SIZE");

        // the applicant follows the case without an account, with the code the original court gave
        String code = api.post(CE + "cases/" + s.caseId() + "/access-code", user(s.original(), "clerk"), Map.of()).json().get("code").asText();
        Http.Reply timeline = api.post(CE + "public/timeline", null, Map.of("courtId", s.original(), "caseNumber", s.caseNumber(),
                "accessCode", code));
        assertEquals(timeline.toString(), 200, timeline.status());
        String events = timeline.json().get("entries").toString();
        for (String event : List.of("FILED", "MEASURE", "HIGHER_COURT_DECISION", "TRANSFER_SENT", "TRANSFER_ACCEPTED", "CLOSED")) {
            assertTrue(event + " in " + events, events.contains("\"" + event + "\""));
        }
        assertFalse("no internal details for the party", timeline.raw().contains("6222"));
        refused(api.post(CE + "public/timeline", null, Map.of("courtId", s.original(), "caseNumber", s.caseNumber(), "accessCode", "WRONG2345678")),
                403, "ACCESS_DENIED");

        // every chain involved still verifies
        for (String court : List.of(s.original(), s.receiving(), "hlj-high")) {
            JsonNode v = api.get("/admin/courts/" + court + "/audit/verify", adminToken()).json();
            assertTrue(court + ": " + v, v.get("intact").asBoolean());
        }
    }

    @Test
    public void twoDecisionsAtOnceOpenOneTransferAndARefusedTransferGoesBackForANewDecision() throws Exception {
        Setup s = setup();
        LocalDate today = LocalDate.now(SHANGHAI);
        long appId = api.post(CE + "applications", s.highClerk(), Map.of("originalCourtId", s.original(), "caseNumber", s.caseNumber(),
                "applicant", "某饲料店", "grounds", "立案逾六个月未执行", "receivedOn", today.toString())).json().get("id").asLong();
        String secondSupervisor = user("hlj-high", "supervisor");
        // two supervisors name two different courts at the same moment: one decision, one court holds a transfer grant
        List<Http.Reply> answers = parallel(List.of(
                () -> api.post(CE + "applications/" + appId + "/decision", s.highSupervisor(), decision("DESIGNATE", s.receiving(), today.plusDays(30))),
                () -> api.post(CE + "applications/" + appId + "/decision", secondSupervisor, decision("DESIGNATE", s.outside(), today.plusDays(30)))));
        List<Integer> statuses = new ArrayList<>();
        for (Http.Reply a : answers) statuses.add(a.status());
        assertEquals(answers.toString(), 1, java.util.Collections.frequency(statuses, 200));
        assertTrue(answers.toString(), statuses.contains(409));
        JsonNode app = api.get(CE + "applications/" + appId, s.highClerk()).json();
        String named = app.get("namedCourtId").asText();
        String loser = named.equals(s.receiving()) ? s.outside() : s.receiving();
        String namedOfficer = named.equals(s.receiving()) ? s.officerR() : s.officerX();
        String loserOfficer = named.equals(s.receiving()) ? s.officerX() : s.officerR();
        assertEquals(1, count(api.get(CE + "incoming", namedOfficer).json(), "scope", "case:" + s.caseId()));
        assertEquals("the court not named holds no transfer of this case", 0,
                count(api.get(CE + "incoming", loserOfficer).json(), "scope", "case:" + s.caseId()));

        // the named court refuses the package: the high court learns it with the reason
        long order = only(api.get(CE + "orders", s.officerO()).json(), "applicationId", appId).get("id").asLong();
        assertEquals(200, api.post(CE + "orders/" + order + "/transfer", s.officerO(), Map.of()).status());
        long grant = app.get("grantId").asLong();
        refused(api.post(CE + "incoming/" + grant + "/reject", namedOfficer, Map.of()), 400, "FIELD_REQUIRED");
        assertEquals(200, api.post(CE + "incoming/" + grant + "/reject", namedOfficer, Map.of("reason", "本院案件积压，无力承办")).status());
        app = api.get(CE + "applications/" + appId, s.highClerk()).json();
        assertEquals("REJECTED", app.get("status").asText());
        assertTrue(app.toString(), app.get("rejectedNote").asText().contains("本院案件积压"));
        assertEquals("REJECTED", only(api.get(CE + "orders", s.officerO()).json(), "id", order).get("status").asText());

        // and names the other court: a new order in the original court, the refused grant closed
        Http.Reply again = api.post(CE + "applications/" + appId + "/decision", s.highSupervisor(), decision("DESIGNATE", loser, today.plusDays(40)));
        assertEquals(again.toString(), 200, again.status());
        assertEquals("DECIDED", again.json().get("status").asText());
        long grant2 = again.json().get("grantId").asLong();
        assertTrue(grant2 != grant);
        assertFalse("the refused grant is revoked", api.get("/crossings/grants/" + grant, s.highSupervisor()).json().get("inForce").asBoolean());
        assertEquals(0, count(api.get(CE + "incoming", namedOfficer).json(), "scope", "case:" + s.caseId()));
        long order2 = again.json().get("orderId").asLong();
        assertTrue(order2 != order);
        assertEquals(200, api.post(CE + "orders/" + order2 + "/transfer", s.officerO(), Map.of()).status());
        Http.Reply accepted = api.post(CE + "incoming/" + grant2 + "/accept", loserOfficer,
                Map.of("caseNumber", "（2025）黑0103执" + ThreadLocalRandom.current().nextInt(1, 9_999_999) + "号"));
        assertEquals(accepted.toString(), 200, accepted.status());
        assertEquals("DONE", api.get(CE + "applications/" + appId, s.highClerk()).json().get("status").asText());
        refused(api.post(CE + "applications/" + appId + "/decision", s.highSupervisor(), decision("SUPERVISE", null, today.plusDays(30))),
                409, "ALREADY_DECIDED");
    }

    private static int count(JsonNode list, String field, String value) {
        int n = 0;
        for (JsonNode item : list) {
            if (item.path(field).asText().equals(value)) n++;
        }
        return n;
    }

    @Test
    public void fileAccessIsAskedForApprovedOrDeniedAndEnds() throws InterruptedException {
        Setup s = setup();
        String path = CE + "courts/" + s.original() + "/cases/" + s.caseId() + "/file";
        Http.Reply asked = api.post("/crossings/grant-requests", s.officerX(), Map.of("purpose", "FILE_ACCESS", "ownerCourtId", s.original(),
                "scope", "case:" + s.caseId(), "validUntil", Instant.now().plusSeconds(6).toString(), "note", "调阅原审卷宗"));
        assertEquals(asked.toString(), 201, asked.status());
        long grant = asked.json().get("id").asLong();
        refused(api.get(path + "?grant=" + grant, s.officerX()), 403, "GRANT_PENDING");
        refused(api.post("/crossings/grants/" + grant + "/decision", s.officerX(), Map.of("approve", true)), 403, "NOT_GRANTOR");
        Http.Reply approved = api.post("/crossings/grants/" + grant + "/decision", s.officerO(), Map.of("approve", true, "reason", "同意"));
        assertEquals(approved.toString(), 200, approved.status());
        assertEquals(200, api.get(path + "?grant=" + grant, s.officerX()).status());
        Thread.sleep(6500);
        refused(api.get(path + "?grant=" + grant, s.officerX()), 403, "GRANT_EXPIRED");

        Http.Reply second = api.post("/crossings/grant-requests", s.officerX(), Map.of("purpose", "FILE_ACCESS", "ownerCourtId", s.original(),
                "scope", "case:" + s.caseId(), "validUntil", Instant.now().plusSeconds(600).toString()));
        long g2 = second.json().get("id").asLong();
        refused(api.post("/crossings/grants/" + g2 + "/decision", s.officerO(), Map.of("approve", false)), 400, "INVALID_REASON");
        assertEquals(200, api.post("/crossings/grants/" + g2 + "/decision", s.officerO(), Map.of("approve", false, "reason", "涉密")).status());
        refused(api.get(path + "?grant=" + g2, s.officerX()), 403, "GRANT_DENIED");
        refused(api.post("/crossings/grant-requests", s.officerX(), Map.of("purpose", "FILE_ACCESS", "ownerCourtId", "hlj-nowhere",
                "scope", "case:1", "validUntil", Instant.now().plusSeconds(600).toString())), 404, "COURT_NOT_FOUND");
        refused(api.post("/crossings/grant-requests", s.officerX(), Map.of("purpose", "FILE_ACCESS", "ownerCourtId", s.original(),
                "scope", "case:1", "validUntil", "tomorrow")), 400, "INVALID_VALIDITY");
        // both reads under the grant are in both chains
        assertTrue(api.get("/admin/courts/" + s.original() + "/audit?limit=500", adminToken()).raw().contains("grant=" + grant));
        assertTrue(api.get("/admin/courts/" + s.outside() + "/audit?limit=500", adminToken()).raw().contains("grant=" + grant));
    }

    @Test
    public void badApplicationsChangeNothingAndOtherCourtsSeeNothing() {
        Setup s = setup();
        LocalDate today = LocalDate.now(SHANGHAI);
        refused(api.post(CE + "applications", s.highClerk(), application("hlj-nowhere", s.caseNumber(), today)), 404, "COURT_NOT_FOUND");
        refused(api.post(CE + "applications", s.highClerk(), application(s.original(), s.caseNumber(), today.plusDays(1))), 400, "DATE_IN_FUTURE");
        refused(api.post(CE + "applications", s.highClerk(), application(s.original(), "（2025）黑0602执9999999号", today)), 404, "CASE_NOT_FOUND");
        // a basic court has no jurisdiction to receive art. 237 applications about another court
        refused(api.post(CE + "applications", user(s.receiving(), "clerk"), application(s.original(), s.caseNumber(), today)), 400,
                "NOT_IN_JURISDICTION");
        int before = api.get(CE + "applications", s.highClerk()).json().size();
        Http.Reply app = api.post(CE + "applications", s.highClerk(), application(s.original(), s.caseNumber(), today));
        assertEquals(before + 1, api.get(CE + "applications", s.highClerk()).json().size());
        long appId = app.json().get("id").asLong();
        // another court's users cannot read or decide it, nor read the case's records
        refused(api.get(CE + "applications/" + appId, s.officerO()), 404, "APPLICATION_NOT_FOUND");
        refused(api.post(CE + "applications/" + appId + "/decision", user(s.receiving(), "supervisor"),
                decision("SUPERVISE", null, today.plusDays(10))), 404, "APPLICATION_NOT_FOUND");
        refused(api.get(CE + "cases/" + s.caseId() + "/assets", s.officerX()), 404, "CASE_NOT_FOUND");
        // roles that must be refused
        String trainer = user(s.original(), "trainer");
        String admin = user(s.original(), "court-admin");
        for (String token : List.of(trainer, admin)) {
            refused(api.get(CE + "eligible", token), 403, "ROLE_REQUIRED");
            refused(api.get(CE + "orders", token), 403, "ROLE_REQUIRED");
            refused(api.get(CE + "incoming", token), 403, "ROLE_REQUIRED");
            refused(api.post(CE + "cases/" + s.caseId() + "/assets", token, Map.of()), 403, "ROLE_REQUIRED");
            refused(api.post(CE + "applications", token, Map.of()), 403, "ROLE_REQUIRED");
        }
        refused(api.get(CE + "jurisdiction/eligible", s.officerO()), 403, "ROLE_REQUIRED");
        // every endpoint on a case: another court's officer finds no such case, a trainer of the court is refused by role
        LocalDate day = LocalDate.now(SHANGHAI);
        List<Object[]> onCase = new ArrayList<>();
        onCase.add(new Object[]{"assets", "GET", null});
        onCase.add(new Object[]{"money", "GET", null});
        onCase.add(new Object[]{"documents", "GET", null});
        onCase.add(new Object[]{"money", "POST", Map.of("kind", "RECOVERED", "amountFen", 100, "onDate", day.toString())});
        onCase.add(new Object[]{"assets", "POST", Map.of("kind", "VEHICLE", "description", "x", "valueFen", 1, "foundOn", day.toString())});
        onCase.add(new Object[]{"local-influence", "PUT", Map.of("reason", "x")});
        onCase.add(new Object[]{"trial-queries", "POST", Map.of("question", "x", "deadline", day.plusDays(5).toString())});
        onCase.add(new Object[]{"access-code", "POST", Map.of()});
        for (Object[] call : onCase) {
            String path = CE + "cases/" + s.caseId() + "/" + call[0];
            String method = (String) call[1];
            Object body = call[2];
            refused(api.send(method, path, s.officerX(), body, Map.of()), 404, "CASE_NOT_FOUND");
            refused(api.send(method, path, trainer, body, Map.of()), 403, "ROLE_REQUIRED");
        }
        for (String path : List.of("supervision/kpis", "supervision/reverse-check", "complaints", "transfers", "applications")) {
            refused(api.get(CE + path, trainer), 403, "ROLE_REQUIRED");
        }
        // a supervised order: reported done by the original court, done at the high court
        Http.Reply decided = api.post(CE + "applications/" + appId + "/decision", s.highSupervisor(),
                decision("SUPERVISE", null, today.plusDays(10)));
        assertEquals(decided.toString(), 200, decided.status());
        JsonNode order = only(api.get(CE + "orders", s.officerO()).json(), "applicationId", appId);
        refused(api.post(CE + "orders/" + order.get("id").asLong() + "/transfer", s.officerO(), Map.of()), 409, "NOT_A_TRANSFER");
        assertEquals(200, api.post(CE + "orders/" + order.get("id").asLong() + "/done", s.officerO(), Map.of("note", "已执行到位")).status());
        assertEquals("DONE", api.get(CE + "applications/" + appId, s.highClerk()).json().get("status").asText());
    }

    @Test
    public void aPartyComplainsAndTheSupervisingCourtAnswersAndGuessingCodesIsSlowedDown() {
        Setup s = setup();
        switchCapability("hlj-daqing-ip", "cross-enforcement", true);
        String code = api.post(CE + "cases/" + s.caseId() + "/access-code", s.officerO(), Map.of("validDays", 30)).json().get("code").asText();
        Http.Reply complaint = api.post(CE + "public/complaints", null, Map.of("courtId", s.original(), "caseNumber", s.caseNumber(),
                "accessCode", code, "kind", "INACTION", "text", "立案八个月无任何进展", "contact", "138****0000"));
        assertEquals(complaint.toString(), 201, complaint.status());
        assertEquals(LocalDate.now(SHANGHAI).plusDays(15).toString(), complaint.json().get("deadline").asText());
        long id = complaint.json().get("id").asLong();
        // routed to the supervising court (Daqing intermediate court), not kept by the court complained about
        String daqing = user("hlj-daqing-ip", "supervisor");
        JsonNode listed = only(api.get(CE + "complaints", daqing).json(), "id", id);
        assertEquals("138****0000", listed.get("contact").asText());
        assertEquals(200, api.post(CE + "complaints/" + id + "/notes", daqing, Map.of("text", "已调阅卷宗，确有三个月未采取措施")).status());
        assertEquals(200, api.post(CE + "complaints/" + id + "/answer", daqing, Map.of("text", "已责令原执行法院十日内采取措施")).status());
        refused(api.post(CE + "complaints/" + id + "/answer", daqing, Map.of("text", "again")), 409, "COMPLAINT_ANSWERED");
        Http.Reply ownList = api.get(CE + "complaints", user(s.original(), "supervisor"));
        assertEquals(200, ownList.status());
        assertFalse("the court complained about does not hold the complaint", ownList.raw().contains("\"id\":" + id + ","));
        JsonNode seen = api.post(CE + "public/timeline", null, Map.of("courtId", s.original(), "caseNumber", s.caseNumber(), "accessCode", code))
                .json().get("complaints").get(0);
        assertEquals("已责令原执行法院十日内采取措施", seen.get("answer").asText());
        assertTrue("investigation notes stay inside the court", seen.get("notes") == null || seen.get("notes").isNull());
        refused(api.post(CE + "public/complaints", null, Map.of("courtId", s.original(), "caseNumber", s.caseNumber(), "accessCode", code,
                "kind", "ANGRY", "text", "x")), 400, "INVALID_VALUE");

        // wrong codes: a case that exists and one that does not are refused alike, and both lock after five failures
        for (String number : List.of(s.caseNumber(), "（2025）黑0602执9999998号")) {
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                statuses.add(api.post(CE + "public/timeline", null, Map.of("courtId", s.original(), "caseNumber", number,
                        "accessCode", "WRONG" + i + "2345678")).status());
            }
            assertEquals(number, List.of(403, 403, 403, 403, 403, 429), statuses);
        }
        refused(api.post(CE + "public/timeline", null, Map.of("courtId", s.original(), "caseNumber", s.caseNumber(), "accessCode", code)),
                429, "ACCESS_LOCKED");
    }

    @Test
    public void theTrialDepartmentAnswersAQueryOnAnUnclearJudgment() {
        Setup s = setup();
        LocalDate today = LocalDate.now(SHANGHAI);
        refused(api.post(CE + "cases/" + s.caseId() + "/trial-queries", s.officerO(), Map.of("question", "判决主文第二项范围不明", "deadline",
                today.toString())), 400, "INVALID_DEADLINE");
        Http.Reply q = api.post(CE + "cases/" + s.caseId() + "/trial-queries", s.officerO(), Map.of("question", "判决主文第二项“停止销售”是否包括网络销售？",
                "deadline", today.plusDays(10).toString()));
        assertEquals(q.toString(), 201, q.status());
        long id = q.json().get("id").asLong();
        String judge = user(s.original(), "trial-judge");
        assertTrue(api.get(CE + "trial-queries", judge).raw().contains("网络销售"));
        refused(api.post(CE + "trial-queries/" + id + "/answer", s.officerO(), Map.of("kind", "ANSWER", "answer", "x")), 403, "ROLE_REQUIRED");
        refused(api.post(CE + "trial-queries/" + id + "/answer", user(s.receiving(), "trial-judge"), Map.of("kind", "ANSWER", "answer", "x")),
                404, "QUERY_NOT_FOUND");
        Http.Reply answered = api.post(CE + "trial-queries/" + id + "/answer", judge, Map.of("kind", "CORRECTING_RULING",
                "answer", "已作出补正裁定：包括网络销售"));
        assertEquals(answered.toString(), 200, answered.status());
        assertEquals("ANSWERED", answered.json().get("status").asText());
        assertEquals(0, api.get(CE + "trial-queries?overdue=true", s.officerO()).json().size());
        refused(api.post(CE + "trial-queries/" + id + "/answer", judge, Map.of("kind", "ANSWER", "answer", "again")), 409, "QUERY_ANSWERED");
    }

    // ---- helpers ----

    private static List<Long> applicationIds(JsonNode spotCheck) {
        List<Long> ids = new ArrayList<>();
        for (JsonNode i : spotCheck.get("items")) ids.add(i.get("applicationId").asLong());
        return ids;
    }

    private String court(String parent) {
        String id = unique("it-ce");
        writeCourtFile(id, courtFile(id, "交叉执行测试法院", parent, "advanced", "cross-enforcement"));
        waitUntil(id + " exists", () -> api.get("/courts/" + id, adminToken()).status() == 200);
        return id;
    }

    private String user(String court, String role) {
        return tokenOfNewUser(court, role);
    }

    private static Map<String, Object> decision(String type, String court, LocalDate deadline) {
        Map<String, Object> m = new java.util.HashMap<>(Map.of("type", type, "deadline", deadline.toString(), "reason", "原执行法院长期未执行"));
        if (court != null) m.put("namedCourtId", court);
        return m;
    }

    private static Map<String, Object> application(String court, String number, LocalDate receivedOn) {
        return Map.of("originalCourtId", court, "caseNumber", number, "applicant", "某饲料店", "grounds", "逾期未执行",
                "receivedOn", receivedOn.toString());
    }

    private static JsonNode only(JsonNode list, String field, long value) {
        for (JsonNode n : list) {
            if (n.path(field).asLong() == value) return n;
        }
        throw new AssertionError("no item with " + field + "=" + value + " in " + list);
    }


    private static List<Http.Reply> parallel(List<Callable<Http.Reply>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<Http.Reply> replies = new ArrayList<>();
            for (Future<Http.Reply> f : pool.invokeAll(calls)) replies.add(f.get());
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }
}
