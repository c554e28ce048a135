package org.cep.itests;

import static org.junit.Assert.assertEquals;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;


import com.fasterxml.jackson.databind.JsonNode;

/** Shared steps of the live-seizure suites: an officer of a court, a case, lots, seizures, money. */
public abstract class LiveSeizureTestSupport extends CepTestSupport {
    static final String KEDONG = "hlj-kedong";
    static final long DEBT = 9_300_000L; // CNY 93,000 in fen

    protected long proposedSeizure(String token, long caseId, long lotId, int count) {
        return post(token, "/live-seizure/cases/" + caseId + "/seizures",
                withConfirm(Map.of("items", Map.of(String.valueOf(lotId), count), "reason", "测试")), 201)
                .get("seizure").get("id").asLong();
    }

    protected String officerOf(String court) {
        String user = unique("officer");
        createUser(court, user, "enforcement-officer");
        return login(user, USER_PASSWORD);
    }

    /** An enforcement judge (执行法官) of a court: decides sales, payouts above the configured amount and violations. */
    protected String judgeOf(String court) {
        return tokenOfNewUser(court, "enforcement-judge");
    }

    /** A user with both roles: four eyes are about persons, not only roles. */
    protected String officerAndJudgeOf(String court) {
        String user = unique("both");
        createUser(court, user, "enforcement-officer", "enforcement-judge");
        return login(user, USER_PASSWORD);
    }

    static final String S = "/live-seizure/seizures/";

    protected static String today() {
        return java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
    }

    /** Report (officer), approve (judge), record (officer) a sale; returns the sale id. */
    protected long sell(String officer, String judge, long seizureId, int count, long priceFen) {
        long saleId = post(officer, S + seizureId + "/sale-reports",
                Map.of("buyer", "某肉联厂", "expectedPriceFen", priceFen, "expectedDate", today()), 201).get("id").asLong();
        post(judge, S + seizureId + "/sale-reports/" + saleId + "/decision", Map.of("approve", true, "note", "价格合理"), 200);
        post(officer, S + seizureId + "/sale-reports/" + saleId + "/sale", Map.of("soldCount", count, "priceFen", priceFen), 200);
        return saleId;
    }

    protected JsonNode visit(String officer, long seizureId, Map<String, Object> counts, int status) {
        return post(officer, S + seizureId + "/inspections", Map.of("date", today(), "inspectors", "王警官", "counts", counts), status);
    }

    protected long newCase(String token, long owedFen) {
        String number = "（2024）黑0230执" + ThreadLocalRandom.current().nextInt(1, 9_999_999) + "号";
        return post(token, "/cases", Map.of("caseNumber", number, "applicant", "克东县某饲料店", "respondent", "某养殖户",
                "amountOwedFen", owedFen), 201).get("id").asLong();
    }

    protected long lot(String token, long caseId, String label, int count, long valuePerUnitFen) {
        return post(token, "/live-seizure/cases/" + caseId + "/lots", Map.of("label", label, "unit", "头", "count", count,
                "ageMonths", 3, "valuePerUnitFen", valuePerUnitFen, "health", "健康"), 201).get("id").asLong();
    }

    protected long activeSeizure(String token, long caseId, long lotId, int count) {
        long id = post(token, "/live-seizure/cases/" + caseId + "/seizures", token == null ? null
                : withConfirm(Map.of("items", Map.of(String.valueOf(lotId), count), "reason", "测试")), 201)
                .get("seizure").get("id").asLong();
        post(token, "/live-seizure/seizures/" + id + "/activate", Map.of(), 200);
        return id;
    }

    protected static Map<String, Object> withConfirm(Map<String, Object> request) {
        Map<String, Object> m = new java.util.HashMap<>(request);
        m.put("confirmWarnings", true);
        return m;
    }

    protected Http.Reply money(String token, long seizureId, String key, String kind, long amountFen, String party) {
        return api.send("POST", "/live-seizure/seizures/" + seizureId + "/ledger", token,
                Map.of("kind", kind, "amountFen", amountFen, "party", party), Map.of("Idempotency-Key", key));
    }

    protected JsonNode post(String token, String path, Object body, int expected) {
        Http.Reply r = api.post(path, token, body);
        assertEquals(path + ": " + r, expected, r.status());
        return r.json();
    }
}
