package org.cep.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** 活查封 over HTTP on the assembled distribution, replaying the Kedong county court case. */
public class LiveSeizureIT extends CepTestSupport {
    private static final String KEDONG = "hlj-kedong";
    private static final long DEBT = 9_300_000L; // CNY 93,000 in fen

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
        post(officer, "/live-seizure/seizures/" + seizureId + "/sale-reports/" + saleId + "/decision",
                Map.of("approve", true, "note", "价格经协商合理"), 200);
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
    public void badInputAndRefusedTransitionsChangeNothing() {
        String officer = officerOf(KEDONG);
        Http.Reply badNumber = api.post("/cases", officer, Map.of("caseNumber", "2024黑0230执123", "applicant", "甲",
                "respondent", "乙", "amountOwedFen", 100));
        assertEquals("INVALID_CASE_NUMBER", badNumber.code());
        long caseId = newCase(officer, 500_000);
        assertEquals("INVALID_COUNT", api.post("/live-seizure/cases/" + caseId + "/lots", officer,
                Map.of("label", "负数", "count", -3, "valuePerUnitFen", 100)).code());
        assertEquals("INVALID_PRICE", api.post("/live-seizure/cases/" + caseId + "/lots", officer,
                Map.of("label", "零价", "count", 3, "valuePerUnitFen", 0)).code());
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
        assertEquals(404, api.post("/live-seizure/seizures/" + seizureId + "/sale-reports/" + saleId + "/decision", other,
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

        JsonNode renewed = post(officer, "/live-seizure/seizures/" + soon + "/renewals", Map.of("date", today.toString()), 200);
        assertEquals(1, renewed.get("renewals").asInt());
        assertEquals("each renewal bounded by the period", today.plusYears(2).toString(), renewed.get("expiryDate").asText());

        long late = proposedSeizure(officer, caseId, pen, 3);
        post(officer, "/live-seizure/seizures/" + late + "/activate", Map.of("date", today.minusYears(2).minusDays(1).toString()), 200);
        JsonNode run = post(officer, "/live-seizure/seizures/expiry-check", Map.of(), 200);
        assertTrue(run.get("lapsed").asInt() >= 1);
        assertEquals("LAPSED", api.get("/live-seizure/seizures/" + late, officer).json().get("state").asText());
        assertEquals("a lapsed seizure cannot be renewed", "NOT_RENEWABLE",
                api.post("/live-seizure/seizures/" + late + "/renewals", officer, Map.of()).code());
        assertEquals("ACTIVE", api.get("/live-seizure/seizures/" + soon, officer).json().get("state").asText());
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

    private long proposedSeizure(String token, long caseId, long lotId, int count) {
        return post(token, "/live-seizure/cases/" + caseId + "/seizures",
                withConfirm(Map.of("items", Map.of(String.valueOf(lotId), count), "reason", "测试")), 201)
                .get("seizure").get("id").asLong();
    }

    private String officerOf(String court) {
        String user = unique("officer");
        createUser(court, user, "enforcement-officer");
        return login(user, USER_PASSWORD);
    }

    private long newCase(String token, long owedFen) {
        String number = "（2024）黑0230执" + ThreadLocalRandom.current().nextInt(1, 9_999_999) + "号";
        return post(token, "/cases", Map.of("caseNumber", number, "applicant", "克东县某饲料店", "respondent", "某养殖户",
                "amountOwedFen", owedFen), 201).get("id").asLong();
    }

    private long lot(String token, long caseId, String label, int count, long valuePerUnitFen) {
        return post(token, "/live-seizure/cases/" + caseId + "/lots", Map.of("label", label, "unit", "头", "count", count,
                "ageMonths", 3, "valuePerUnitFen", valuePerUnitFen, "health", "健康"), 201).get("id").asLong();
    }

    private long activeSeizure(String token, long caseId, long lotId, int count) {
        long id = post(token, "/live-seizure/cases/" + caseId + "/seizures", token == null ? null
                : withConfirm(Map.of("items", Map.of(String.valueOf(lotId), count), "reason", "测试")), 201)
                .get("seizure").get("id").asLong();
        post(token, "/live-seizure/seizures/" + id + "/activate", Map.of(), 200);
        return id;
    }

    private static Map<String, Object> withConfirm(Map<String, Object> request) {
        Map<String, Object> m = new java.util.HashMap<>(request);
        m.put("confirmWarnings", true);
        return m;
    }

    private Http.Reply money(String token, long seizureId, String key, String kind, long amountFen, String party) {
        return api.send("POST", "/live-seizure/seizures/" + seizureId + "/ledger", token,
                Map.of("kind", kind, "amountFen", amountFen, "party", party), Map.of("Idempotency-Key", key));
    }

    private JsonNode post(String token, String path, Object body, int expected) {
        Http.Reply r = api.post(path, token, body);
        assertEquals(path + ": " + r, expected, r.status());
        return r.json();
    }
}
