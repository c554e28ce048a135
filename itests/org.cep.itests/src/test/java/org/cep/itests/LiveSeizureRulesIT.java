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

}
