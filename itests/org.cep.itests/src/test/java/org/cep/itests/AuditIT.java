package org.cep.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.junit.Test;
import org.ops4j.pax.exam.util.Filter;

import com.fasterxml.jackson.databind.JsonNode;

/** Every write is in the court's hash chain, and tampering done directly in the database is found. */
public class AuditIT extends CepTestSupport {

    @Inject
    @Filter("(osgi.jndi.service.name=cep)")
    private DataSource dataSource;

    @Test
    public void aWriteIsRecordedWithWhoCourtWhatWhenAndRequestId() {
        String court = newCourtWithNotes();
        String clerk = unique("clerk");
        createUser(court, clerk, "clerk");
        String token = login(clerk, USER_PASSWORD);
        Instant before = Instant.now().minusSeconds(1);
        Http.Reply created = api.send("POST", "/test-notes", token, Map.of("text", "审计测试"), Map.of("X-Request-Id", "it-req-42"));
        assertEquals(201, created.status());

        JsonNode entries = api.get("/admin/courts/" + court + "/audit?limit=500", adminToken()).json();
        JsonNode last = entries.get(entries.size() - 1);
        assertEquals("test-note.created", last.get("action").asText());
        assertEquals(clerk + "@" + court, last.get("actor").asText());
        assertEquals(court, last.get("courtId").asText());
        assertEquals("it-req-42", last.get("requestId").asText());
        assertTrue(Instant.parse(last.get("at").asText()).isAfter(before));
        assertTrue(last.get("at").asText().endsWith("Z"));
        assertEquals(entries.get(entries.size() - 2).get("hash").asText(), last.get("prevHash").asText());
        assertTrue(api.get("/admin/courts/" + court + "/audit/verify", adminToken()).json().get("intact").asBoolean());
    }

    @Test
    public void anEditedEntryIsFound() throws SQLException {
        String court = courtWithEntries();
        sql("UPDATE audit_entry SET detail = 'forged' WHERE court_id = ? AND seq = 2", court);
        JsonNode v = verify(court);
        assertFalse(v.get("intact").asBoolean());
        assertEquals(2, v.get("firstBadSeq").asLong());
        assertEquals("EDITED", v.get("kind").asText());
        String shell = shell("court:audit-verify " + court);
        assertTrue(shell, shell.contains("BROKEN at entry 2"));
    }

    @Test
    public void aDeletedEntryIsFound() throws SQLException {
        String court = courtWithEntries();
        sql("DELETE FROM audit_entry WHERE court_id = ? AND seq = 3", court);
        JsonNode v = verify(court);
        assertFalse(v.get("intact").asBoolean());
        assertEquals(3, v.get("firstBadSeq").asLong());
        assertEquals("DELETED", v.get("kind").asText());
    }

    @Test
    public void deletingTheNewestEntryIsFound() throws SQLException {
        String court = courtWithEntries();
        long last = api.get("/admin/courts/" + court + "/audit?limit=500", adminToken()).json().size();
        sql("DELETE FROM audit_entry WHERE court_id = ? AND seq = " + last, court);
        assertFalse(verify(court).get("intact").asBoolean());
    }

    @Test
    public void reorderedEntriesAreFound() throws SQLException {
        String court = courtWithEntries();
        sql("UPDATE audit_entry SET seq = 1000 WHERE court_id = ? AND seq = 2", court);
        sql("UPDATE audit_entry SET seq = 2 WHERE court_id = ? AND seq = 3", court);
        sql("UPDATE audit_entry SET seq = 3 WHERE court_id = ? AND seq = 1000", court);
        JsonNode v = verify(court);
        assertFalse(v.get("intact").asBoolean());
        assertEquals(2, v.get("firstBadSeq").asLong());
    }

    private JsonNode verify(String court) {
        Http.Reply r = api.get("/admin/courts/" + court + "/audit/verify", adminToken());
        assertEquals(200, r.status());
        return r.json();
    }

    private String newCourtWithNotes() {
        String court = unique("it-audit");
        writeCourtFile(court, courtFile(court, "审计测试法院", "hlj-daqing-ip", "advanced", "test-notes"));
        waitUntil(court + " exists", () -> api.get("/courts/" + court, adminToken()).status() == 200);
        return court;
    }

    /** A court whose chain has at least five entries, all intact. */
    private String courtWithEntries() {
        String court = newCourtWithNotes();
        String clerk = unique("clerk");
        createUser(court, clerk, "clerk");
        String token = login(clerk, USER_PASSWORD);
        for (int i = 0; i < 3; i++) {
            assertEquals(201, api.post("/test-notes", token, Map.of("text", "note " + i)).status());
        }
        JsonNode v = verify(court);
        assertTrue(v.toString(), v.get("intact").asBoolean());
        assertTrue(v.get("entriesChecked").asLong() >= 5);
        return court;
    }

    private void sql(String statement, String court) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(statement)) {
            s.setString(1, court);
            assertEquals(statement, 1, s.executeUpdate());
            if (!c.getAutoCommit()) c.commit();
        }
    }
}
