package org.cep.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Test;

/** What provincial IT runs the nodes with: liveness apart from readiness, and Prometheus metrics without court data. */
public class OperationsIT extends CepTestSupport {

    @Test
    public void livenessAndReadinessAnswerWithoutLogin() {
        Http.Reply live = api.get("/health/live", null);
        assertEquals(live.toString(), 200, live.status());
        assertEquals("UP", live.json().get("status").asText());
        Http.Reply ready = api.get("/health/ready", null);
        assertEquals(ready.toString(), 200, ready.status());
        assertEquals("UP", ready.json().get("database").get("status").asText());
        assertTrue("ready only once every capability of the node is installed", ready.json().get("started").asBoolean());
    }

    @Test
    public void metricsCountRequestsPerCapabilityAndStatusAndAuditAppendsButNameNoCourtOrUser() {
        String court = unique("it-ops");
        writeCourtFile(court, courtFile(court, "运维测试法院", "hlj-daqing-ip", "advanced", "test-notes"));
        waitUntil(court + " exists", () -> api.get("/courts/" + court, adminToken()).status() == 200);
        String user = unique("clerk");
        createUser(court, user, "clerk");
        String token = login(user, USER_PASSWORD);

        String before = scrape();
        double okBefore = value(before, "cep_http_requests_total\\{capability=\"test-notes\",method=\"POST\",status=\"201\"\\}");
        double refusedBefore = value(before, "cep_http_requests_total\\{capability=\"test-notes\",method=\"POST\",status=\"400\"\\}");
        double auditBefore = value(before, "cep_audit_appends_total");
        assertEquals(201, api.post("/test-notes", token, Map.of("text", "指标测试")).status());
        assertEquals(201, api.post("/test-notes", token, Map.of("text", "指标测试 2")).status());
        assertEquals(400, api.post("/test-notes", token, Map.of("text", "")).status());

        String after = scrape();
        assertEquals(okBefore + 2, value(after, "cep_http_requests_total\\{capability=\"test-notes\",method=\"POST\",status=\"201\"\\}"), 0);
        assertEquals(refusedBefore + 1, value(after, "cep_http_requests_total\\{capability=\"test-notes\",method=\"POST\",status=\"400\"\\}"), 0);
        assertTrue(value(after, "cep_audit_appends_total") >= auditBefore + 2);
        assertTrue(after, after.contains("cep_http_request_duration_seconds_bucket{capability=\"test-notes\",method=\"POST\""));
        assertTrue(after, after.contains("jvm_memory_used_bytes"));
        assertTrue(after, after.contains("cep_db_pool_connections{state=\"active\"}"));
        // labels never carry who or where
        assertFalse(after.contains(court));
        assertFalse(after.contains(user));
    }

    @Test
    public void metricsAreRefusedToAnAddressNotAllowed() {
        shell("config:property-set -p cep.platform metricsAllowFrom 192.0.2.1");
        try {
            waitUntil("metrics refused", () -> api.get("/metrics", null).status() == 403);
            refused(api.get("/metrics", null), 403, "METRICS_NOT_ALLOWED");
        } finally {
            shell("config:property-set -p cep.platform metricsAllowFrom 127.0.0.1,0:0:0:0:0:0:0:1");
            waitUntil("metrics allowed again", () -> api.get("/metrics", null).status() == 200);
        }
    }

    private String scrape() {
        Http.Reply r = api.get("/metrics", null);
        assertEquals(r.toString(), 200, r.status());
        return r.raw();
    }

    /** The value of one series in the text format; 0 when it has not appeared yet. */
    private static double value(String text, String series) {
        Matcher m = Pattern.compile("(?m)^" + series + " ([0-9.eE+-]+)").matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
