package org.cep.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** 活查封: bad input, refused moves, conflicts, isolation between courts, the capability switch and uploads. */
public class LiveSeizureRulesIT extends LiveSeizureTestSupport {
    @Test
    public void badInputAndRefusedTransitionsChangeNothing() {
        String officer = officerOf(KEDONG);
        Http.Reply badNumber = api.post("/cases", officer, Map.of("caseNumber", "2024黑0230执123", "applicant", "甲",
                "respondent", "乙", "amountOwedFen", 100));
        assertEquals("INVALID_CASE_NUMBER", badNumber.code());
        // a case is numbered in the year it is filed: next year's number is refused, and not stored
        int nextYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + 1;
        String future = "（" + nextYear + "）黑0230执" + System.nanoTime() % 9_000_000 + "号";
        Http.Reply futureNumber = api.post("/cases", officer, Map.of("caseNumber", future, "applicant", "甲",
                "respondent", "乙", "amountOwedFen", 100));
        assertEquals(400, futureNumber.status());
        assertEquals("INVALID_CASE_NUMBER", futureNumber.code());
        assertEquals("caseNumber", futureNumber.json().path("field").asText());
        assertFalse(api.get("/cases", officer).raw().contains(future));
        long caseId = newCase(officer, 500_000);
        assertEquals("INVALID_COUNT", api.post("/live-seizure/cases/" + caseId + "/lots", officer,
                Map.of("label", "负数", "count", -3, "valuePerUnitFen", 100)).code());
        assertEquals("INVALID_PRICE", api.post("/live-seizure/cases/" + caseId + "/lots", officer,
                Map.of("label", "零价", "count", 3, "valuePerUnitFen", 0)).code());
        // the unit has the length the document gives (16), not a database error
        assertEquals("TEXT_TOO_LONG", api.post("/live-seizure/cases/" + caseId + "/lots", officer,
                Map.of("label", "长单位", "unit", "头".repeat(17), "count", 3, "valuePerUnitFen", 100)).code());
        long pen = lot(officer, caseId, "圈舍", 10, 100_000);
        assertEquals(400, api.post("/live-seizure/cases/" + caseId + "/seizures", officer,
                Map.of("items", Map.of("999999", 1))).status());
        long seizureId = activeSeizure(officer, caseId, pen, 6);
        JsonNode before = api.get("/live-seizure/seizures/" + seizureId, officer).json();

        assertEquals("DATE_IN_FUTURE", api.post("/live-seizure/seizures/" + seizureId + "/inspections", officer,
                Map.of("date", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2).toString(), "inspectors", "王",
                        "counts", Map.of(String.valueOf(pen), 6))).code());
        assertEquals("TRANSITION_NOT_ALLOWED", api.post("/live-seizure/seizures/" + seizureId + "/activate", officer, Map.of()).code());
        assertEquals("NO_SALE_YET", money(officer, seizureId, "k-" + seizureId, "RECEIVED", 100, "某人").code());
        Http.Reply stale = api.post("/live-seizure/seizures/" + seizureId + "/release", officer,
                Map.of("version", before.get("version").asLong() - 1, "reason", "x"));
        assertEquals("a stale version is a conflict, not an overwrite", "CONFLICT", stale.code());

        JsonNode after = api.get("/live-seizure/seizures/" + seizureId, officer).json();
        assertEquals(before.get("state"), after.get("state"));
        assertEquals(before.get("version"), after.get("version"));
        assertEquals(0, api.get("/live-seizure/seizures/" + seizureId + "/ledger", officer).json().get("entries").size());
    }

    @Test
    public void anotherCourtCannotSeeOrTouchTheSeizure() {
        String officer = officerOf(KEDONG);
        long caseId = newCase(officer, 500_000);
        long pen = lot(officer, caseId, "圈舍", 10, 100_000);
        long seizureId = activeSeizure(officer, caseId, pen, 6);

        String other = officerOf("hlj-binxian");
        assertEquals(404, api.get("/cases/" + caseId, other).status());
        assertEquals(404, api.get("/live-seizure/cases/" + caseId + "/lots", other).status());
        assertEquals(404, api.post("/live-seizure/cases/" + caseId + "/lots", other, Map.of("label", "x", "count", 1, "valuePerUnitFen", 1)).status());
        assertEquals(404, api.get("/live-seizure/seizures/" + seizureId, other).status());
        assertEquals(404, api.get("/live-seizure/seizures/" + seizureId + "/timeline", other).status());
        assertEquals(404, api.get("/live-seizure/seizures/" + seizureId + "/ledger", other).status());
        assertEquals(404, api.post("/live-seizure/seizures/" + seizureId + "/inspections", other, Map.of("date",
                LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(), "inspectors", "x", "counts", Map.of(String.valueOf(pen), 0))).status());
        assertEquals(404, api.post("/live-seizure/seizures/" + seizureId + "/release", other, Map.of("reason", "x")).status());
        assertEquals(404, api.post("/live-seizure/seizures/" + seizureId + "/activate", other, Map.of()).status());
        assertEquals(404, api.post("/live-seizure/seizures/" + seizureId + "/renewals", other, Map.of()).status());
        assertEquals(404, api.get("/live-seizure/seizures/" + seizureId + "/projection?pricePerKgFen=100", other).status());
        assertEquals(404, api.post("/live-seizure/seizures/" + seizureId + "/sale-reports", other,
                Map.of("buyer", "x", "expectedPriceFen", 1, "expectedDate", "2030-01-01")).status());
        assertEquals(404, money(other, seizureId, "x-" + seizureId, "RECEIVED", 1, "x").status());
        assertEquals(404, api.post("/live-seizure/cases/" + caseId + "/seizure-assessment", other,
                Map.of("items", Map.of(String.valueOf(pen), 1))).status());
        assertEquals(404, api.post("/live-seizure/cases/" + caseId + "/seizures", other,
                withConfirm(Map.of("items", Map.of(String.valueOf(pen), 1), "reason", "x"))).status());
        long saleId = post(officer, "/live-seizure/seizures/" + seizureId + "/sale-reports",
                Map.of("buyer", "买受人", "expectedPriceFen", 100, "expectedDate", "2030-01-01"), 201).get("id").asLong();
        assertEquals(404, api.post("/live-seizure/seizures/" + seizureId + "/sale-reports/" + saleId + "/decision", judgeOf("hlj-binxian"),
                Map.of("approve", true)).status());
        assertEquals(404, api.post("/live-seizure/seizures/" + seizureId + "/sale-reports/" + saleId + "/sale", other,
                Map.of("soldCount", 1, "priceFen", 1)).status());
        assertFalse(api.get("/live-seizure/seizures/expiring?days=3660", other).raw().contains("\"seizureId\":" + seizureId + ","));
        assertFalse(api.get("/cases", other).raw().contains("\"id\":" + caseId + ","));
        assertEquals("the other court changed nothing", "SALE_REPORTED",
                api.get("/live-seizure/seizures/" + seizureId, officer).json().get("state").asText());
    }

    @Test
    public void twoOfficersChangingOneSeizureAtOnceGetOneSuccessAndOneConflict() throws Exception {
        String officer = officerOf(KEDONG);
        String colleague = officerOf(KEDONG);
        long caseId = newCase(officer, 500_000);
        long pen = lot(officer, caseId, "圈舍", 10, 100_000);
        long seizureId = proposedSeizure(officer, caseId, pen, 6);
        long version = api.get("/live-seizure/seizures/" + seizureId, officer).json().get("version").asLong();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Http.Reply>> both = pool.invokeAll(List.of(
                    () -> api.post("/live-seizure/seizures/" + seizureId + "/activate", officer, Map.of("version", version)),
                    () -> api.post("/live-seizure/seizures/" + seizureId + "/release", colleague, Map.of("version", version, "reason", "撤回"))));
            int ok = 0;
            int conflicts = 0;
            for (java.util.concurrent.Future<Http.Reply> f : both) {
                Http.Reply r = f.get();
                if (r.status() == 200) ok++;
                if (r.status() == 409) conflicts++;
            }
            assertEquals(1, ok);
            assertEquals(1, conflicts);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(version + 1, api.get("/live-seizure/seizures/" + seizureId, officer).json().get("version").asLong());
    }

    @Test
    public void switchingTheCapabilityOffHidesItAndOnShowsTheSameData() {
        String court = unique("it-seize");
        writeCourtFile(court, courtFile(court, "活封测试法院", "hlj-qiqihar-ip", "standard", "live-seizure"));
        waitUntil(court + " exists", () -> api.get("/courts/" + court, adminToken()).status() == 200);
        String officer = officerOf(court);
        long caseId = newCase(officer, 500_000);
        long pen = lot(officer, caseId, "圈舍", 10, 100_000);
        long seizureId = activeSeizure(officer, caseId, pen, 6);
        assertTrue(api.get("/live-seizure/seizures/expiring?days=800", officer).raw().contains("\"seizureId\":" + seizureId + ","));

        switchCapability(court, "live-seizure", false);
        Http.Reply off = api.get("/live-seizure/seizures/" + seizureId, officer);
        assertEquals(403, off.status());
        assertEquals("CAPABILITY_DISABLED", off.code());
        assertEquals("cases stay reachable", 200, api.get("/cases/" + caseId, officer).status());

        switchCapability(court, "live-seizure", true);
        JsonNode back = api.get("/live-seizure/seizures/" + seizureId, officer).json();
        assertEquals("ACTIVE", back.get("state").asText());
        assertEquals(6, back.get("items").get(0).get("seizedCount").asLong());
    }

    @Test
    public void photosOfALotAreCheckedStoredAndKeptInTheCourt() throws Exception {
        String officer = officerOf(KEDONG);
        long caseId = newCase(officer, 500_000);
        long pen = lot(officer, caseId, "圈舍", 10, 100_000);
        byte[] png = new byte[2048];
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        System.arraycopy(magic, 0, png, 0, magic.length);
        png[100] = 42;
        String path = "/live-seizure/lots/" + pen + "/attachments?fileName=" + java.net.URLEncoder.encode("1号圈 现场照片.png", "UTF-8");

        Http.Binary stored = api.bytes("POST", path, officer, png, "image/png");
        assertEquals(new String(stored.body(), "UTF-8"), 201, stored.status());
        JsonNode meta = Http.JSON.readTree(stored.body());
        assertEquals(2048, meta.get("sizeBytes").asLong());
        assertEquals("1号圈 现场照片.png", meta.get("fileName").asText());

        Http.Binary back = api.bytes("GET", "/live-seizure/attachments/" + meta.get("id").asLong(), officer, null, null);
        assertEquals(200, back.status());
        assertEquals("image/png", back.contentType());
        assertTrue(java.util.Arrays.equals(png, back.body()));
        assertEquals(1, api.get("/live-seizure/lots/" + pen + "/attachments", officer).json().size());

        assertEquals("a script is not a photo", 415, api.bytes("POST", path, officer, "<script>".getBytes("UTF-8"), "text/html").status());
        assertEquals("content must match the declared type", 415, api.bytes("POST", path, officer, "%PDF-1.7".getBytes("UTF-8"), "image/png").status());
        byte[] huge = new byte[65536 + 1]; // the suite sets attachmentMaxBytes = 65536
        System.arraycopy(magic, 0, huge, 0, magic.length);
        assertEquals(413, api.bytes("POST", path, officer, huge, "image/png").status());
        assertEquals("refused uploads leave no record", 1, api.get("/live-seizure/lots/" + pen + "/attachments", officer).json().size());

        String other = officerOf("hlj-binxian");
        assertEquals(404, api.bytes("GET", "/live-seizure/attachments/" + meta.get("id").asLong(), other, null, null).status());
        assertEquals(404, api.get("/live-seizure/lots/" + pen + "/attachments", other).status());
        assertEquals(404, api.bytes("POST", path, other, png, "image/png").status());
    }


    // ---- second pass (issue 8) ----

    @Test
    public void numbersAreNumbersAndBadQueryValuesNameTheParameter() {
        String officer = officerOf(KEDONG);
        refusedWithField(api.post("/cases", officer, Map.of("caseNumber", "（2024）黑0230执" + System.nanoTime() % 9_000_000 + "号",
                "applicant", "甲", "respondent", "乙", "amountOwedFen", 12.5)), 400, "amountOwedFen");
        refusedWithField(api.post("/cases", officer, Map.of("caseNumber", "（2024）黑0230执" + System.nanoTime() % 9_000_000 + "号",
                "applicant", "甲", "respondent", "乙", "amountOwedFen", "100")), 400, "amountOwedFen");
        long caseId = newCase(officer, 500_000);
        String lots = "/live-seizure/cases/" + caseId + "/lots";
        refusedWithField(api.post(lots, officer, Map.of("label", "x", "count", 12.5, "valuePerUnitFen", 100)), 400, "count");
        refusedWithField(api.post(lots, officer, Map.of("label", "x", "count", 3, "valuePerUnitFen", "100")), 400, "valuePerUnitFen");
        assertEquals("nothing was recorded", 0, api.get(lots, officer).json().size());
        long pen = lot(officer, caseId, "圈舍", 10, 100_000);
        long seizureId = activeSeizure(officer, caseId, pen, 6);
        Http.Reply asText = api.send("POST", S + seizureId + "/ledger", officer, Map.of("kind", "RECEIVED", "amountFen", "100", "party", "x"),
                Map.of("Idempotency-Key", "strict-" + seizureId));
        refusedWithField(asText, 400, "amountFen");
        refusedWithField(api.send("POST", S + seizureId + "/ledger", officer, Map.of("kind", "RECEIVED", "amountFen", 99.9, "party", "x"),
                Map.of("Idempotency-Key", "strict2-" + seizureId)), 400, "amountFen");
        refusedWithField(api.get(S + "expiring?days=abc", officer), 400, "days");
        refusedWithField(api.get(S + seizureId + "/projection?pricePerKgFen=abc", officer), 400, "pricePerKgFen");

        Http.Reply tooMany = api.post("/live-seizure/cases/" + caseId + "/seizure-assessment", officer, Map.of("items", Map.of(String.valueOf(pen), 11)));
        assertEquals(tooMany.toString(), 400, tooMany.status());
        assertEquals("items." + pen, tooMany.json().get("field").asText());
        assertFalse("each message in its own language: " + tooMany, tooMany.json().get("messageZh").asText().equals(tooMany.json().get("messageEn").asText()));
        assertFalse(tooMany.json().get("messageZh").asText().contains(" / "));
        long other = newCase(officer, 100_000);
        long pen2 = lot(officer, other, "圈舍", 10, 100_000);
        Http.Reply unconfirmed = api.post("/live-seizure/cases/" + other + "/seizures", officer, Map.of("items", Map.of(String.valueOf(pen2), 10)));
        refusedWithField(unconfirmed, 409, "confirmWarnings");
        assertFalse(unconfirmed.json().get("messageEn").asText().matches(".*[\u4e00-\u9fff].*"));
    }

    private static void refusedWithField(Http.Reply r, int status, String field) {
        assertEquals(r.toString(), status, r.status());
        assertEquals(r.toString(), field, r.json().path("field").asText());
    }

    @Test
    public void countsAreJsonObjectsAndACourtListsSeizuresVisitsAndSaleReports() {
        String officer = officerOf(KEDONG);
        String judge = judgeOf(KEDONG);
        long caseId = newCase(officer, 500_000);
        long pen = lot(officer, caseId, "圈舍", 10, 100_000);
        long seizureId = activeSeizure(officer, caseId, pen, 6);
        JsonNode v = post(officer, S + seizureId + "/inspections", Map.of("date", today(), "inspectors", "王", "counts",
                Map.of(String.valueOf(pen), 6), "weightsKg", Map.of(String.valueOf(pen), 57.5)), 201);
        assertTrue(v.toString(), v.get("counts").isObject());
        assertEquals(6, v.get("counts").get(String.valueOf(pen)).asLong());
        assertEquals(57.5, v.get("weights").get(String.valueOf(pen)).asDouble(), 0.001);
        JsonNode listed = api.get(S + seizureId + "/inspections", officer).json();
        assertEquals(1, listed.size());
        assertTrue(listed.get(0).get("counts").isObject());
        JsonNode seizures = api.get("/live-seizure/cases/" + caseId + "/seizures", judge).json();
        assertEquals(1, seizures.size());
        assertEquals(seizureId, seizures.get(0).get("id").asLong());
        sell(officer, judge, seizureId, 2, 200_000);
        JsonNode sales = api.get(S + seizureId + "/sale-reports", officer).json();
        assertEquals(1, sales.size());
        assertEquals("SOLD", sales.get(0).get("status").asText());
        String other = officerOf("hlj-binxian");
        for (String path : List.of(S + seizureId + "/inspections", S + seizureId + "/sale-reports", "/live-seizure/cases/" + caseId + "/seizures",
                "/live-seizure/cases/" + caseId + "/money", S + seizureId + "/violations")) {
            assertEquals(path, 404, api.get(path, other).status());
        }
        assertEquals(403, api.get(S + seizureId + "/inspections", tokenOfNewUser(KEDONG, "trainer")).status());
    }

    @Test
    public void aRepeatedIdempotencyKeyMustCarryTheSameBody() {
        String officer = officerOf(KEDONG);
        long caseId = newCase(officer, 500_000);
        long pen = lot(officer, caseId, "圈舍", 10, 100_000);
        long seizureId = activeSeizure(officer, caseId, pen, 6);
        sell(officer, judgeOf(KEDONG), seizureId, 6, 600_000);
        String key = "same-" + seizureId;
        assertEquals(201, money(officer, seizureId, key, "RECEIVED", 600_000, "某肉联厂").status());
        assertEquals(200, money(officer, seizureId, key, "RECEIVED", 600_000, "某肉联厂").status());
        Http.Reply otherParty = money(officer, seizureId, key, "RECEIVED", 600_000, "另一买家");
        refused(otherParty, 409, "IDEMPOTENCY_KEY_REUSED");
        assertEquals("Idempotency-Key", otherParty.json().get("field").asText());
        assertEquals(1, api.get(S + seizureId + "/ledger", officer).json().get("entries").size());
    }

    @Test
    public void aViolationIsExplainedAdjustedDecidedAndResolvedAndTheSeizureGoesOn() {
        String officer = officerOf(KEDONG);
        String judge = judgeOf(KEDONG);
        long caseId = newCase(officer, 500_000);
        long pen = post(officer, "/live-seizure/cases/" + caseId + "/lots", Map.of("label", "育肥猪", "count", 10, "ageMonths", 3,
                "avgWeightKg", 40, "marketAgeMonths", 7, "marketWeightKg", 120, "valuePerUnitFen", 100_000), 201).get("id").asLong();
        long seizureId = activeSeizure(officer, caseId, pen, 10);
        JsonNode found = visit(officer, seizureId, Map.of(String.valueOf(pen), 7), 201);
        long violationId = found.get("violationId").asLong();
        JsonNode seizure = api.get(S + seizureId, officer).json();
        assertEquals("VIOLATION", seizure.get("state").asText());
        assertEquals(violationId, seizure.get("openViolationId").asLong());
        assertEquals("the value counts what the latest visit found", 7 * 100_000, seizure.get("currentValueFen").asLong());
        assertEquals("the projection counts what the latest visit found", 7 * 120 * 2000,
                api.get(S + seizureId + "/projection?pricePerKgFen=2000", officer).json().get("totalProjectedValueFen").asLong());
        refused(api.post(S + seizureId + "/sale-reports", officer, Map.of("buyer", "x", "expectedPriceFen", 1, "expectedDate", today())), 409, "TRANSITION_NOT_ALLOWED");

        String v = S + seizureId + "/violations/" + violationId;
        refused(api.post(v + "/resolution", judge, Map.of("note", "x")), 409, "VIOLATION_NOT_READY");
        refused(api.post(v + "/explanation", officer, Map.of("kind", "DIED", "text", "病死")), 400, "EVIDENCE_REQUIRED");
        refused(api.post(v + "/explanation", officer, Map.of("kind", "SOLD_WITHOUT_LEAVE", "text", "卖了")), 400, "FIELD_REQUIRED");
        JsonNode explained = post(officer, v + "/explanation", Map.of("kind", "SOLD_WITHOUT_LEAVE", "text", "被执行人擅自出售3头",
                "buyer", "邻村收购商", "priceFen", 330_000, "evidence", "询问笔录"), 200);
        assertEquals("邻村收购商", explained.get("buyer").asText());
        post(officer, v + "/adjustment", Map.of("counts", Map.of(String.valueOf(pen), 7), "reason", "3头已被擅自出售", "evidence", "询问笔录、收购单据"), 200);
        assertEquals(403, api.post(v + "/consequence", officer, Map.of("decision", "WARNING")).status());
        refused(api.post(v + "/consequence", judge, Map.of("decision", "SANCTION", "sanctionKind", "DETENTION", "days", 16)), 400, "DETENTION_OUT_OF_RANGE");
        refused(api.post(v + "/consequence", judge, Map.of("decision", "SANCTION", "sanctionKind", "FINE", "amountFen", 100_000_001)), 400, "FINE_OUT_OF_RANGE");
        // an individual's fine above CNY 100,000 is refused by the case's sanctions ladder, and nothing is written
        refused(api.post(v + "/consequence", judge, Map.of("decision", "SANCTION", "sanctionKind", "FINE", "amountFen", 20_000_000)),
                400, "FINE_OUT_OF_RANGE");
        refused(api.post(v + "/consequence", judge, Map.of("decision", "SANCTION", "sanctionKind", "DETENTION", "days", 5,
                "partyType", "ORGANISATION")), 400, "DETENTION_OF_ORGANISATION");
        JsonNode undecided = api.get(S + seizureId + "/violations", judge).json().get(0).path("consequence");
        assertTrue(undecided.toString(), undecided.isNull() || undecided.isMissingNode());
        assertEquals(0, api.get("/cases/" + caseId + "/sanctions", judge).json().size());
        JsonNode decided = post(judge, v + "/consequence", Map.of("decision", "SANCTION", "sanctionKind", "FINE", "amountFen", 1_000_000,
                "note", "责令追回价款"), 200);
        assertTrue(decided.get("legalBasis").asText().contains("第一百一十八条"));
        // the fine is on the case's sanctions ladder, proposed from this violation; another judge decides it there
        JsonNode ladder = api.get("/cases/" + caseId + "/sanctions", officer).json();
        assertEquals(ladder.toString(), 1, ladder.size());
        JsonNode fine = ladder.get(0);
        assertEquals(decided.get("sanctionId").asLong(), fine.get("id").asLong());
        assertEquals("FINE", fine.get("kind").asText());
        assertEquals("PROPOSED", fine.get("state").asText());
        assertEquals(1_000_000, fine.get("amountFen").asLong());
        assertEquals("live-seizure:violation:" + violationId, fine.get("source").asText());
        String ladderDecision = "/sanctions/" + fine.get("id").asLong() + "/decision";
        refused(api.post(ladderDecision, judge, Map.of("approve", true, "decisionDocument", "(2026)黑0230执1号之一", "version", fine.get("version").asLong())),
                409, "SAME_PERSON");
        JsonNode approved = post(tokenOfNewUser(KEDONG, "enforcement-judge"), ladderDecision,
                Map.of("approve", true, "decisionDocument", "(2026)黑0230执1号之一", "version", fine.get("version").asLong()), 200);
        assertEquals("DECIDED", approved.get("state").asText());
        assertEquals(403, api.post(v + "/resolution", officer, Map.of()).status());
        String other = judgeOf("hlj-binxian");
        assertEquals(404, api.post(v + "/resolution", other, Map.of()).status());
        assertEquals(404, api.get(S + seizureId + "/violations", other).status());
        JsonNode resolved = post(judge, v + "/resolution", Map.of("note", "已罚款并责令追回"), 200);
        assertEquals("RESOLVED", resolved.get("status").asText());
        refused(api.post(v + "/resolution", judge, Map.of()), 409, "VIOLATION_RESOLVED");

        JsonNode after = api.get(S + seizureId, officer).json();
        assertEquals("ACTIVE", after.get("state").asText());
        assertEquals(7, after.get("items").get(0).get("expectedCount").asLong());
        assertEquals(1, api.get(S + seizureId + "/violations", judge).json().size());
        sell(officer, judge, seizureId, 7, 700_000);
        assertEquals("SOLD", api.get(S + seizureId, officer).json().get("state").asText());
    }

    @Test
    public void unitsUnderSeizureAreNotSeizedTwiceAndAnotherCaseWaits() {
        String officer = officerOf(KEDONG);
        long caseId = newCase(officer, 2_000_000);
        long pen = lot(officer, caseId, "圈舍", 10, 100_000);
        long first = activeSeizure(officer, caseId, pen, 8);
        Http.Reply again = api.post("/live-seizure/cases/" + caseId + "/seizures", officer,
                withConfirm(Map.of("items", Map.of(String.valueOf(pen), 8), "reason", "再封")));
        refused(again, 409, "UNITS_NOT_FREE");
        assertEquals("items." + pen, again.json().get("field").asText());
        JsonNode preview = api.post("/live-seizure/cases/" + caseId + "/seizure-assessment", officer, Map.of("items", Map.of(String.valueOf(pen), 2))).json();
        assertEquals(8 * 100_000, preview.get("alreadySeizedForCaseFen").asLong());
        assertEquals(first, preview.get("alreadySeized").get(0).get("seizureId").asLong());
        assertEquals("what is already seized is not the debtor's stock", 0, preview.get("leftToDebtorFen").asLong());
        long second = proposedSeizure(officer, caseId, pen, 2);
        refused(api.post("/live-seizure/cases/" + caseId + "/seizures", officer, withConfirm(Map.of("items", Map.of(String.valueOf(pen), 1),
                "reason", "x", "waiting", true))), 409, "UNITS_NOT_FREE");

        assertEquals("PROPOSED", api.get(S + second, officer).json().get("state").asText());
    }

    @Test
    public void anotherCaseQueuesBehindASeizureAndTakesEffectWhenItEnds() {
        String officer = officerOf(KEDONG);
        long caseA = newCase(officer, 800_000);
        long pen = lot(officer, caseA, "圈舍", 10, 100_000);
        long first = activeSeizure(officer, caseA, pen, 8);
        long caseB = newCase(officer, 500_000); // the same respondent
        Map<String, Object> request = Map.of("items", Map.of(String.valueOf(pen), 5), "reason", "轮候查封");
        refused(api.post("/live-seizure/cases/" + caseB + "/seizures", officer, withConfirm(request)), 409, "LOT_OF_ANOTHER_CASE");
        Map<String, Object> queued = new java.util.HashMap<>(withConfirm(request));
        queued.put("waiting", true);
        JsonNode waiting = post(officer, "/live-seizure/cases/" + caseB + "/seizures", queued, 201).get("seizure");
        long second = waiting.get("id").asLong();
        assertEquals("WAITING", waiting.get("state").asText());
        assertEquals(first, waiting.get("waitsFor").asLong());
        assertTrue("not in force: no period yet", waiting.path("expiryDate").isMissingNode());
        refused(api.post(S + second + "/inspections", officer, Map.of("date", today(), "inspectors", "王", "counts", Map.of(String.valueOf(pen), 5))),
                409, "NOT_UNDER_SUPERVISION");
        refused(api.post(S + second + "/renewals", officer, Map.of()), 409, "NOT_RENEWABLE");
        assertEquals("the first is still in force", "ACTIVE", api.get(S + first, officer).json().get("state").asText());

        post(officer, S + first + "/release", Map.of("reason", "和解，解除查封"), 200);
        JsonNode now = api.get(S + second, officer).json();
        assertEquals("in force once the seizure ahead of it ended", "ACTIVE", now.get("state").asText());
        assertEquals(today(), now.get("startDate").asText());
        String timeline = api.get(S + second + "/timeline", officer).raw();
        assertTrue(timeline, timeline.contains("TAKE_EFFECT"));
    }

    @Test
    public void payoutsOfAllSeizuresOfACaseNeverExceedWhatTheCaseIsOwed() {
        String officer = officerOf(KEDONG);
        String judge = judgeOf(KEDONG);
        long caseId = newCase(officer, 500_000);
        long pen = lot(officer, caseId, "圈舍", 10, 100_000);
        long a = activeSeizure(officer, caseId, pen, 5);
        long b = activeSeizure(officer, caseId, pen, 3);
        sell(officer, judge, a, 5, 400_000);
        sell(officer, judge, b, 3, 300_000);
        refused(money(officer, a, "recv-more-" + a, "RECEIVED", 450_000, "某肉联厂"), 409, "RECEIVED_EXCEEDS_SALE");
        Http.Reply flagged = api.send("POST", S + a + "/ledger", officer, Map.of("kind", "RECEIVED", "amountFen", 450_000, "party", "某肉联厂",
                "reason", "买受人多付运费 50,000 分，待退还"), Map.of("Idempotency-Key", "recv-flag-" + a));
        assertEquals(flagged.toString(), 201, flagged.status());
        assertTrue(flagged.json().get("flagged").asBoolean());
        assertEquals(201, money(officer, b, "recv-" + b, "RECEIVED", 300_000, "某肉联厂").status());
        assertEquals(201, money(officer, a, "pay-" + a, "PAID_OUT", 400_000, "申请人").status());
        Http.Reply over = money(officer, b, "pay-" + b, "PAID_OUT", 200_000, "申请人");
        refused(over, 409, "OVERPAYMENT");
        assertEquals(201, money(officer, b, "pay2-" + b, "PAID_OUT", 100_000, "申请人").status());
        JsonNode total = api.get("/live-seizure/cases/" + caseId + "/money", judge).json();
        assertEquals(750_000, total.get("receivedFen").asLong());
        assertEquals(500_000, total.get("paidOutFen").asLong());
        assertEquals(0, total.get("stillOwedFen").asLong());
        assertEquals(250_000, total.get("balanceFen").asLong());
        assertEquals(2, total.get("seizures").size());
        assertEquals(0, api.get(S + b + "/ledger", officer).json().get("stillOwedFen").asLong());
    }

    @Test
    public void closingACaseReleasesOrListsItsSeizuresAndThenOnlyASurplusMayGoBack() {
        String officer = officerOf(KEDONG);
        String judge = judgeOf(KEDONG);
        long caseId = newCase(officer, 300_000);
        long pen = lot(officer, caseId, "圈舍", 10, 100_000);
        long sold = activeSeizure(officer, caseId, pen, 4);
        long still = activeSeizure(officer, caseId, pen, 2);
        sell(officer, judge, sold, 4, 400_000);
        assertEquals(201, money(officer, sold, "in-" + sold, "RECEIVED", 400_000, "某肉联厂").status());
        assertEquals(201, money(officer, sold, "out-" + sold, "PAID_OUT", 300_000, "申请人").status());
        refused(api.post(S + sold + "/release", officer, Map.of("reason", "x", "closeCase", true)), 409, "SEIZURES_IN_FORCE");
        assertEquals("the refused close released nothing", "PROCEEDS_RECEIVED", api.get(S + sold, officer).json().get("state").asText());
        JsonNode listed = post(officer, "/live-seizure/cases/" + caseId + "/close", Map.of("reason", "执行完毕", "inForce", "LIST"), 200);
        assertEquals("OPEN", listed.get("caseStatus").asText());
        assertEquals(2, listed.get("stillInForce").size());
        assertEquals(403, api.post("/live-seizure/cases/" + caseId + "/close", judge, Map.of("reason", "x", "inForce", "RELEASE")).status());
        assertEquals(404, api.post("/live-seizure/cases/" + caseId + "/close", officerOf("hlj-binxian"), Map.of("reason", "x", "inForce", "RELEASE")).status());
        JsonNode closed = post(officer, "/live-seizure/cases/" + caseId + "/close", Map.of("reason", "执行完毕", "inForce", "RELEASE"), 200);
        assertEquals("CLOSED", closed.get("caseStatus").asText());
        assertEquals(2, closed.get("released").size());
        assertEquals("RELEASED", api.get(S + still, officer).json().get("state").asText());
        refused(money(officer, sold, "late-" + sold, "COST", 10_000, "评估费"), 409, "CASE_CLOSED");
        assertEquals("the surplus goes back", 201, money(officer, sold, "back-" + sold, "RETURNED", 100_000, "被执行人").status());
    }

    @Test
    public void batchSalesKeepTheRestUnderSupervision() {
        String officer = officerOf(KEDONG);
        String judge = judgeOf(KEDONG);
        long caseId = newCase(officer, 2_000_000);
        long pen = lot(officer, caseId, "圈舍", 10, 100_000);
        long seizureId = activeSeizure(officer, caseId, pen, 10);
        sell(officer, judge, seizureId, 4, 400_000);
        JsonNode after = api.get(S + seizureId, officer).json();
        assertEquals("the other 6 stay seized", "ACTIVE", after.get("state").asText());
        assertEquals(6, after.get("items").get(0).get("expectedCount").asLong());
        assertEquals("money of the first batch can be booked", 201, money(officer, seizureId, "b1-" + seizureId, "RECEIVED", 400_000, "某肉联厂").status());
        visit(officer, seizureId, Map.of(String.valueOf(pen), 6), 201);
        sell(officer, judge, seizureId, 6, 650_000);
        assertEquals("SOLD", api.get(S + seizureId, officer).json().get("state").asText());
        assertEquals(2, api.get(S + seizureId + "/sale-reports", officer).json().size());
        assertEquals(201, money(officer, seizureId, "b2-" + seizureId, "RECEIVED", 650_000, "某肉联厂").status());
        assertEquals("PROCEEDS_RECEIVED", api.get(S + seizureId, officer).json().get("state").asText());
    }

    @Test
    public void theJudgeDecidesAndNoOnePersonDoesItAll() {
        String officer = officerOf(KEDONG);
        String both = officerAndJudgeOf(KEDONG);
        String judge = judgeOf(KEDONG);
        long caseId = newCase(officer, 30_000_000);
        long pen = lot(officer, caseId, "牛", 10, 3_000_000);
        long seizureId = activeSeizure(both, caseId, pen, 10);
        long saleId = post(both, S + seizureId + "/sale-reports", Map.of("buyer", "牛贩", "expectedPriceFen", 30_000_000, "expectedDate", today()), 201)
                .get("id").asLong();
        String decision = S + seizureId + "/sale-reports/" + saleId + "/decision";
        assertEquals("an officer does not decide", 403, api.post(decision, officer, Map.of("approve", true)).status());
        assertEquals("a clerk does not decide", 403, api.post(decision, tokenOfNewUser(KEDONG, "clerk"), Map.of("approve", true)).status());
        refused(api.post(decision, both, Map.of("approve", true)), 409, "FOUR_EYES");
        post(judge, decision, Map.of("approve", true), 200);
        String sale = S + seizureId + "/sale-reports/" + saleId + "/sale";
        assertEquals("a judge alone does not record the sale", 403, api.post(sale, judge, Map.of("soldCount", 10, "priceFen", 30_000_000)).status());
        post(both, sale, Map.of("soldCount", 10, "priceFen", 30_000_000), 200);
        assertEquals(201, money(officer, seizureId, "in-" + seizureId, "RECEIVED", 30_000_000, "牛贩").status());

        Http.Reply big = money(both, seizureId, "big-" + seizureId, "PAID_OUT", 20_000_000, "申请人");
        assertEquals(201, big.status());
        assertEquals("above the configured amount a payout waits for a second person", "PENDING", big.json().get("status").asText());
        assertEquals(0, api.get(S + seizureId + "/ledger", officer).json().get("paidOutFen").asLong());
        String approve = S + seizureId + "/ledger/" + big.json().get("id").asLong() + "/decision";
        refused(api.post(approve, both, Map.of("approve", true)), 409, "FOUR_EYES");
        assertEquals(403, api.post(approve, officer, Map.of("approve", true)).status());
        assertEquals(404, api.post(approve, judgeOf("hlj-binxian"), Map.of("approve", true)).status());
        // the pending 20,000,000 is held back: of the 30,000,000 received only 10,000,000 can still be paid
        Http.Reply more = money(officer, seizureId, "more-" + seizureId, "PAID_OUT", 15_000_000, "申请人");
        refused(more, 409, "INSUFFICIENT_BALANCE");
        assertTrue(more.toString(), more.json().get("messageEn").asText().contains("only 10000000 fen"));
        JsonNode booked = post(judge, approve, Map.of("approve", true, "note", "核对无误"), 200);
        assertEquals("BOOKED", booked.get("status").asText());
        refused(api.post(approve, judge, Map.of("approve", true)), 409, "NOT_PENDING");
        assertEquals(20_000_000, api.get(S + seizureId + "/ledger", officer).json().get("paidOutFen").asLong());
        JsonNode small = money(officer, seizureId, "small-" + seizureId, "PAID_OUT", 5_000_000, "申请人").json();
        assertEquals("BOOKED", small.get("status").asText());
    }

    @Test
    public void renewalsKeepTheirDaysAndTheLastDayMovesPastHolidays() {
        String officer = officerOf(KEDONG);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        long caseId = newCase(officer, 500_000);
        long pen = lot(officer, caseId, "圈舍", 20, 100_000);
        long s = proposedSeizure(officer, caseId, pen, 1);
        post(officer, S + s + "/activate", Map.of("date", today.minusYears(2).plusDays(40).toString()), 200);
        LocalDate expiry = LocalDate.parse(api.get(S + s, officer).json().get("expiryDate").asText());
        refused(api.post(S + s + "/renewals", officer, Map.of("date", today.plusDays(1).toString())), 400, "DATE_IN_FUTURE");
        JsonNode renewed = post(officer, S + s + "/renewals", Map.of("date", today.toString()), 200);
        assertEquals("renewing 40 days early loses no day", expiry.plusYears(2).toString(), renewed.get("expiryDate").asText());
        assertEquals(expiry.plusYears(2).plusDays(1).toString(), renewed.get("expiryExclusive").asText());

        long gone = proposedSeizure(officer, caseId, pen, 1);
        post(officer, S + gone + "/activate", Map.of("date", today.minusYears(3).toString()), 200);
        refused(api.post(S + gone + "/renewals", officer, Map.of("date", today.minusYears(1).minusDays(30).toString())), 409, "RENEWAL_REFUSED");
        assertEquals("a backdated renewal revives nothing", 0, api.get(S + gone, officer).json().get("renewals").asInt());

        // 2024-10-01 + 2 years = 2026-10-01, in the National Day holiday (1-7 Oct 2026): the last day to act is 8 Oct
        long holiday = proposedSeizure(officer, caseId, pen, 1);
        JsonNode h = post(officer, S + holiday + "/activate", Map.of("date", "2024-10-01"), 200);
        assertEquals("2026-10-01", h.get("expiryDate").asText());
        assertEquals("2026-10-02", h.get("expiryExclusive").asText());
        assertEquals("2026-10-08", h.get("lastDayToAct").asText());
        // 2026-02-14 is a Saturday worked in exchange for the Spring Festival: a working day
        long makeUp = proposedSeizure(officer, caseId, pen, 1);
        assertEquals("2026-02-14", post(officer, S + makeUp + "/activate", Map.of("date", "2024-02-14"), 200).get("lastDayToAct").asText());
        JsonNode row = null;
        for (JsonNode r : api.get(S + "expiring?days=3660", officer).json()) {
            if (r.get("seizureId").asLong() == holiday) row = r;
        }
        assertEquals("2026-10-08", row.get("lastDayToAct").asText());
        assertTrue(row.get("ruleZhEn").asText().contains("203"));
    }
}
