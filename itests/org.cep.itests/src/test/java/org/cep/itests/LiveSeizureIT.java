package org.cep.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** 活查封 over HTTP on the assembled distribution, replaying the Kedong county court case. */
public class LiveSeizureIT extends LiveSeizureTestSupport {
    @Test
    public void theKedongCaseRunsFromInventoryToClosedCase() {
        String officer = officerOf(KEDONG);
        long caseId = newCase(officer, DEBT);

        long pen1 = post(officer, "/live-seizure/cases/" + caseId + "/lots", Map.of("label", "1号圈 育肥猪", "unit", "头", "count", 25,
                "ageMonths", 3, "avgWeightKg", 40, "marketAgeMonths", 7, "marketWeightKg", 120, "valuePerUnitFen", 280_000,
                "identifiers", "耳标 230230-0001 至 0025", "health", "健康"), 201).get("id").asLong();
        long pen2 = lot(officer, caseId, "2号圈 育肥猪", 15, 240_000);
        long pen3 = lot(officer, caseId, "3号圈 仔猪", 30, 50_000);
        assertEquals(3, api.get("/live-seizure/cases/" + caseId + "/lots", officer).json().size());

        Map<String, Object> request = Map.of("items", Map.of(String.valueOf(pen1), 25, String.valueOf(pen2), 15),
                "custodyTerms", "未经法院同意不得转让、出售，出售须提前报告；做好防疫", "reason", "活封40头生猪，保留仔猪维持经营");
        JsonNode preview = api.post("/live-seizure/cases/" + caseId + "/seizure-assessment", officer, request).json();
        assertEquals(25 * 280_000L + 15 * 240_000L, preview.get("seizedValueFen").asLong());
        assertEquals("the piglets stay with the debtor", 30 * 50_000L, preview.get("leftToDebtorFen").asLong());

        Http.Reply proposed = api.post("/live-seizure/cases/" + caseId + "/seizures", officer, withConfirm(request));
        assertEquals(proposed.toString(), 201, proposed.status());
        long seizureId = proposed.json().get("seizure").get("id").asLong();
        assertEquals("PROPOSED", proposed.json().get("seizure").get("state").asText());

        assertEquals("PROJECTION_DATA_MISSING", api.get("/live-seizure/seizures/" + seizureId + "/projection?pricePerKgFen=2000",
                officer).code());
        JsonNode active = post(officer, "/live-seizure/seizures/" + seizureId + "/activate", Map.of(), 200);
        assertEquals("ACTIVE", active.get("state").asText());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertEquals("movable property: 2 years", today.plusYears(2).toString(), active.get("expiryDate").asText());

        Map<String, Object> counts = Map.of(String.valueOf(pen1), 25, String.valueOf(pen2), 15);
        for (String who : List.of("张警官、李警官（申请人到场）", "张警官")) {
            JsonNode visit = post(officer, "/live-seizure/seizures/" + seizureId + "/inspections",
                    Map.of("date", today.toString(), "inspectors", who, "applicantPresent", true, "counts", counts,
                            "health", "生长良好，已提醒防疫"), 201);
            assertFalse(visit.get("violation").asBoolean());
        }

        long saleId = post(officer, "/live-seizure/seizures/" + seizureId + "/sale-reports",
                Map.of("buyer", "克东县某肉联厂", "expectedPriceFen", 9_600_000, "expectedDate", today.plusDays(3).toString()), 201)
                .get("id").asLong();
        Http.Reply early = api.post("/live-seizure/seizures/" + seizureId + "/sale-reports/" + saleId + "/sale", officer,
                Map.of("soldCount", 40, "weightKg", 4800, "priceFen", 9_600_000));
        assertEquals("no sale before it is approved", 409, early.status());
        post(judgeOf(KEDONG), "/live-seizure/seizures/" + seizureId + "/sale-reports/" + saleId + "/decision",
                Map.of("approve", true, "note", "价格经协商合理"), 200);
        Http.Reply longBuyer = api.post("/live-seizure/seizures/" + seizureId + "/sale-reports/" + saleId + "/sale", officer,
                Map.of("soldCount", 40, "priceFen", 9_600_000, "buyer", "肉".repeat(201)));
        assertEquals("a buyer longer than the documented 200 characters: " + longBuyer, "TEXT_TOO_LONG", longBuyer.code());
        JsonNode sold = post(officer, "/live-seizure/seizures/" + seizureId + "/sale-reports/" + saleId + "/sale",
                Map.of("soldCount", 40, "weightKg", 4800.5, "priceFen", 9_600_000, "date", today.toString()), 200);
        assertEquals("SOLD", sold.get("status").asText());

        String key = "kedong-buyer-" + seizureId;
        Http.Reply paid = money(officer, seizureId, key, "RECEIVED", 9_600_000, "克东县某肉联厂");
        assertEquals(201, paid.status());
        Http.Reply again = money(officer, seizureId, key, "RECEIVED", 9_600_000, "克东县某肉联厂");
        assertEquals("a repeated request returns the first result", 200, again.status());
        assertEquals(paid.json().get("id"), again.json().get("id"));
        assertEquals("never more than received", 409,
                money(officer, seizureId, "kedong-too-much-" + seizureId, "PAID_OUT", 9_700_000, "克东县某饲料店").status());
        assertEquals(201, money(officer, seizureId, "kedong-applicant-" + seizureId, "PAID_OUT", DEBT, "克东县某饲料店").status());

        JsonNode ledger = api.get("/live-seizure/seizures/" + seizureId + "/ledger", officer).json();
        assertEquals(9_600_000, ledger.get("receivedFen").asLong());
        assertEquals(DEBT, ledger.get("paidOutFen").asLong());
        assertEquals(0, ledger.get("stillOwedFen").asLong());
        assertEquals(2, ledger.get("entries").size());

        JsonNode released = post(officer, "/live-seizure/seizures/" + seizureId + "/release",
                Map.of("reason", "债务已清偿", "closeCase", true), 200);
        assertEquals("RELEASED", released.get("state").asText());
        assertEquals("CLOSED", api.get("/cases/" + caseId, officer).json().get("status").asText());

        List<String> kinds = new ArrayList<>();
        for (JsonNode e : api.get("/live-seizure/seizures/" + seizureId + "/timeline", officer).json()) {
            kinds.add(e.get("kind").asText());
            assertTrue(e.get("labelZh").asText().length() > 0 && e.get("labelEn").asText().length() > 0);
        }
        assertEquals(List.of("PROPOSED", "ACTIVATE", "INSPECTED", "INSPECTED", "REPORT_SALE", "APPROVE_SALE", "RECORD_SALE",
                "RECEIVE_PROCEEDS", "LEDGER_RECEIVED", "LEDGER_PAID_OUT", "RELEASE"), kinds);
        assertTrue(api.get("/admin/courts/" + KEDONG + "/audit/verify", adminToken()).json().get("intact").asBoolean());
    }

    @Test
    public void aCountBelowExpectationFlagsAViolationWithTheDifference() {
        String officer = officerOf(KEDONG);
        long caseId = newCase(officer, 500_000);
        long pen = lot(officer, caseId, "圈舍", 10, 100_000);
        long seizureId = activeSeizure(officer, caseId, pen, 6);
        JsonNode visit = post(officer, "/live-seizure/seizures/" + seizureId + "/inspections",
                Map.of("date", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(), "inspectors", "王警官",
                        "applicantPresent", false, "counts", Map.of(String.valueOf(pen), 4)), 201);
        assertTrue(visit.get("violation").asBoolean());
        assertEquals(2, visit.get("missingCount").asLong());
        assertEquals("VIOLATION", api.get("/live-seizure/seizures/" + seizureId, officer).json().get("state").asText());
    }

    @Test
    public void seizuresNearExpiryAreListedRenewableAndLapseWhenTheirPeriodEnds() {
        String officer = officerOf(KEDONG);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        long caseId = newCase(officer, 500_000);
        long pen = lot(officer, caseId, "圈舍", 10, 100_000);

        // movable property: 2 years; started 2 years minus 10 days ago, so 10 days are left
        long soon = proposedSeizure(officer, caseId, pen, 3);
        post(officer, "/live-seizure/seizures/" + soon + "/activate", Map.of("date", today.minusYears(2).plusDays(10).toString()), 200);
        JsonNode within30 = api.get("/live-seizure/seizures/expiring?days=30", officer).json();
        JsonNode row = null;
        for (JsonNode r : within30) {
            if (r.get("seizureId").asLong() == soon) row = r;
        }
        assertEquals(10, row.get("daysLeft").asLong());
        assertFalse(api.get("/live-seizure/seizures/expiring?days=5", officer).raw().contains("\"seizureId\":" + soon + ","));

        LocalDate oldExpiry = LocalDate.parse(row.get("expiryDate").asText());
        JsonNode renewed = post(officer, "/live-seizure/seizures/" + soon + "/renewals", Map.of("date", today.toString()), 200);
        assertEquals(1, renewed.get("renewals").asInt());
        assertEquals("the new period runs from the old expiry: renewing early loses no day", oldExpiry.plusYears(2).toString(),
                renewed.get("expiryDate").asText());

        long week = proposedSeizure(officer, caseId, pen, 1);
        post(officer, "/live-seizure/seizures/" + week + "/activate", Map.of("date", today.minusYears(2).plusDays(7).toString()), 200);

        long late = proposedSeizure(officer, caseId, pen, 3);
        // ended 20 days ago: past any holiday that could move its last day
        post(officer, "/live-seizure/seizures/" + late + "/activate", Map.of("date", today.minusYears(2).minusDays(20).toString()), 200);
        JsonNode run = post(officer, "/live-seizure/seizures/expiry-check", Map.of(), 200);
        assertTrue(run.get("lapsed").asInt() >= 1);
        assertEquals("LAPSED", api.get("/live-seizure/seizures/" + late, officer).json().get("state").asText());
        assertEquals("7 days before expiry a reminder lands in the timeline", 1, reminders(officer, week));
        post(officer, "/live-seizure/seizures/expiry-check", Map.of(), 200);
        assertEquals("running the job again the same day adds no second reminder", 1, reminders(officer, week));
        assertEquals("a lapsed seizure cannot be renewed", "NOT_RENEWABLE",
                api.post("/live-seizure/seizures/" + late + "/renewals", officer, Map.of()).code());
        assertEquals("ACTIVE", api.get("/live-seizure/seizures/" + soon, officer).json().get("state").asText());
    }

    private int reminders(String token, long seizureId) {
        int n = 0;
        for (JsonNode e : api.get("/live-seizure/seizures/" + seizureId + "/timeline", token).json()) {
            if (e.get("kind").asText().equals("EXPIRY_REMINDER")) n++;
        }
        return n;
    }

    @Test
    public void theProjectionTellsWhenTheStockReachesMarketWeightAndWhetherItCoversTheDebt() {
        String officer = officerOf(KEDONG);
        long caseId = newCase(officer, 500_000);
        long pen = post(officer, "/live-seizure/cases/" + caseId + "/lots", Map.of("label", "育肥猪", "count", 10, "ageMonths", 3,
                "avgWeightKg", 40, "marketAgeMonths", 7, "marketWeightKg", 120, "valuePerUnitFen", 100_000), 201).get("id").asLong();
        long seizureId = activeSeizure(officer, caseId, pen, 10);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        JsonNode good = api.get("/live-seizure/seizures/" + seizureId + "/projection?pricePerKgFen=2000", officer).json();
        assertEquals(today.plusMonths(4).toString(), good.get("readyDate").asText());
        assertEquals(10 * 120 * 2000, good.get("totalProjectedValueFen").asLong());
        assertTrue(good.get("coversDebt").asBoolean());

        JsonNode poor = api.get("/live-seizure/seizures/" + seizureId + "/projection?pricePerKgFen=100", officer).json();
        assertFalse(poor.get("coversDebt").asBoolean());
        assertEquals(500_000 - 10 * 120 * 100, poor.get("shortfallFen").asLong());
        assertTrue(poor.get("warningsZhEn").size() > 0);
        assertEquals(400, api.get("/live-seizure/seizures/" + seizureId + "/projection?pricePerKgFen=0", officer).status());
    }

    /**
     * The second pass as a court meets it: a herd seized in place with custody terms, a visit that finds
     * animals missing, the shortfall explained, sanctioned and resolved; two batch sales; a second seizure of
     * the same case; payouts capped by the case across both seizures; a renewal that keeps its days; closing.
     */
    @Test
    public void aHerdWithAViolationResolvedSoldInBatchesPaidAcrossTwoSeizuresAndClosed() {
        String officer = officerOf(KEDONG);
        String judge = judgeOf(KEDONG);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        long caseId = newCase(officer, 1_200_000);
        long herd = post(officer, "/live-seizure/cases/" + caseId + "/lots", Map.of("label", "肉牛（就地查封）", "unit", "头", "count", 12,
                "ageMonths", 14, "avgWeightKg", 380, "marketAgeMonths", 18, "marketWeightKg", 550, "valuePerUnitFen", 150_000), 201).get("id").asLong();
        List<String> obligations = List.of("未经法院准许不得转移、出售", "每周报告存栏数量");
        Map<String, Object> custody = Map.of("custodian", "被执行人 李某", "place", "克东县某村养牛场",
                "obligations", obligations, "notice", Map.of("date", today.toString(), "text", "查封公告张贴于牛舍门口，封条加贴于围栏"));
        JsonNode a = post(officer, "/live-seizure/cases/" + caseId + "/seizures", Map.of("items", Map.of(String.valueOf(herd), 8),
                "custody", custody, "reason", "就地活封8头"), 201).get("seizure");
        long first = a.get("id").asLong();
        assertEquals(obligations, List.of(a.get("custody").get("obligations").get(0).asText(), a.get("custody").get("obligations").get(1).asText()));
        JsonNode active = post(officer, S + first + "/activate", Map.of("date", today.minusYears(2).plusDays(20).toString()), 200);

        // a visit finds 6 of 8, and an obligation not kept
        JsonNode visit = post(officer, S + first + "/inspections", Map.of("date", today.toString(), "inspectors", "赵警官（申请人到场）",
                "applicantPresent", true, "counts", Map.of(String.valueOf(herd), 6), "obligationChecks", List.of(
                        Map.of("obligation", obligations.get(0), "kept", false, "note", "2头去向不明"),
                        Map.of("obligation", obligations.get(1), "kept", true))), 201);
        assertTrue(visit.get("violation").asBoolean());
        assertEquals(6, visit.get("counts").get(String.valueOf(herd)).asLong());
        long violation = visit.get("violationId").asLong();
        refused(api.post(S + first + "/release", officer, Map.of("reason", "x")), 409, "TRANSITION_NOT_ALLOWED");

        String v = S + first + "/violations/" + violation;
        post(officer, v + "/explanation", Map.of("kind", "SOLD_WITHOUT_LEAVE", "text", "被执行人擅自将2头出售给邻村", "buyer", "邻村刘某",
                "priceFen", 280_000, "evidence", "询问笔录、转账记录"), 200);
        post(officer, v + "/adjustment", Map.of("counts", Map.of(String.valueOf(herd), 6), "reason", "2头已被擅自出售，责令追回价款",
                "evidence", "询问笔录、转账记录"), 200);
        post(judge, v + "/consequence", Map.of("decision", "SANCTION", "sanctionKind", "FINE", "amountFen", 500_000,
                "note", "妨害执行，处罚款5000元"), 200);
        JsonNode resolved = post(judge, v + "/resolution", Map.of("note", "已处罚，查封继续"), 200);
        assertEquals("RESOLVED", resolved.get("status").asText());
        assertEquals("FINE", resolved.get("sanctionKind").asText());

        // a renewal 20 days before expiry keeps its days
        LocalDate expiry = LocalDate.parse(active.get("expiryDate").asText());
        JsonNode renewed = post(officer, S + first + "/renewals", Map.of("date", today.toString()), 200);
        assertEquals(expiry.plusYears(2).toString(), renewed.get("expiryDate").asText());

        // two batch sales; what is unsold stays under supervision in between
        sell(officer, judge, first, 3, 600_000);
        assertEquals("ACTIVE", api.get(S + first, officer).json().get("state").asText());
        post(officer, S + first + "/inspections", Map.of("date", today.toString(), "inspectors", "赵警官", "counts", Map.of(String.valueOf(herd), 3),
                "obligationChecks", List.of(Map.of("obligation", obligations.get(0), "kept", true), Map.of("obligation", obligations.get(1), "kept", true))), 201);
        sell(officer, judge, first, 3, 620_000);
        assertEquals("SOLD", api.get(S + first, officer).json().get("state").asText());

        // the 4 head left of the herd: a second seizure of the same case
        long second = activeSeizure(officer, caseId, herd, 4);
        sell(officer, judge, second, 4, 800_000);

        assertEquals(201, money(officer, first, "herd-in-" + first, "RECEIVED", 1_220_000, "某肉联厂").status());
        assertEquals(201, money(officer, second, "herd-in-" + second, "RECEIVED", 800_000, "某肉联厂").status());
        assertEquals(201, money(officer, first, "herd-out-" + first, "PAID_OUT", 1_000_000, "克东县某饲料店").status());
        refused(money(officer, second, "herd-over-" + second, "PAID_OUT", 300_000, "克东县某饲料店"), 409, "OVERPAYMENT");
        assertEquals(201, money(officer, second, "herd-out-" + second, "PAID_OUT", 200_000, "克东县某饲料店").status());
        JsonNode total = api.get("/live-seizure/cases/" + caseId + "/money", officer).json();
        assertEquals(2_020_000, total.get("receivedFen").asLong());
        assertEquals(1_200_000, total.get("paidOutFen").asLong());
        assertEquals(0, total.get("stillOwedFen").asLong());

        JsonNode closed = post(officer, "/live-seizure/cases/" + caseId + "/close", Map.of("reason", "执行完毕", "inForce", "RELEASE"), 200);
        assertEquals("CLOSED", closed.get("caseStatus").asText());
        assertEquals(201, money(officer, second, "herd-back-" + second, "RETURNED", 600_000, "被执行人 李某").status());

        List<String> kinds = new ArrayList<>();
        for (JsonNode e : api.get(S + first + "/timeline", officer).json()) kinds.add(e.get("kind").asText());
        for (String k : List.of("FLAG_VIOLATION", "VIOLATION_EXPLAINED", "COUNT_ADJUSTED", "VIOLATION_DECIDED", "RESOLVE_VIOLATION", "RENEWED",
                "RECORD_PARTIAL_SALE", "RECORD_SALE", "RELEASE")) {
            assertTrue(k + " in " + kinds, kinds.contains(k));
        }
        assertTrue(api.get("/admin/courts/" + KEDONG + "/audit/verify", adminToken()).json().get("intact").asBoolean());
    }
}
