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

    @Test
    public void aChainCutBackWithItsHeadIsFoundByItsAnchorInTheHigherCourt() throws SQLException {
        String court = courtWithEntries();
        Http.Reply run = api.post("/admin/audit/anchor", adminToken(), "");
        assertEquals(run.toString(), 200, run.status());
        assertTrue(run.toString(), run.json().get("ranHere").asBoolean());
        assertTrue(verify(court).get("intact").asBoolean());
        JsonNode parentLog = api.get("/admin/courts/hlj-daqing-ip/audit?afterSeq=0&limit=500", adminToken()).json();
        boolean anchored = false;
        for (JsonNode e : parentLog) anchored |= "audit.anchor".equals(e.get("action").asText()) && ("court:" + court).equals(e.get("target").asText());
        assertTrue("the higher court's chain records the head of " + court, anchored);

        // the attack no bare hash chain can see: delete the two newest entries and move the head back
        long last = lastSeq(court);
        sqlRows("DELETE FROM audit_entry WHERE court_id = ? AND seq > " + (last - 2), court);
        sqlRows("UPDATE audit_head SET last_seq = " + (last - 2) + ", last_hash = (SELECT e.entry_hash FROM audit_entry e WHERE e.court_id = ? AND e.seq = "
                + (last - 2) + ") WHERE court_id = ?", court, court);
        JsonNode v = verify(court);
        assertFalse(v.toString(), v.get("intact").asBoolean());
        assertEquals("TRUNCATED", v.get("kind").asText());
        assertEquals(last, v.get("firstBadSeq").asLong());
    }

    @Test
    public void theTopCourtsHeadIsASignedCheckpointThatCatchesTheSameAttackAndItsOwnAlteration() throws Exception {
        assertEquals(200, api.post("/admin/audit/anchor", adminToken(), "").status());
        java.nio.file.Path dir = java.nio.file.Paths.get(System.getProperty("karaf.data"), "audit-checkpoints");
        java.nio.file.Path newest;
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(dir)) {
            newest = files.filter(f -> f.getFileName().toString().startsWith("hlj-high-")).sorted().reduce((a, b) -> b).orElseThrow();
        }
        long anchoredSeq = Long.parseLong(newest.getFileName().toString().replaceAll("\\D+", ""));
        assertTrue(verify("hlj-high").get("intact").asBoolean());

        // the same attack on the province's own chain: its entries from the checkpointed one on set aside, the head moved back
        String head = "SELECT last_seq, last_hash FROM audit_head WHERE court_id = 'hlj-high'";
        long savedSeq;
        String savedHash;
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(head); java.sql.ResultSet r = s.executeQuery()) {
            r.next();
            savedSeq = r.getLong(1);
            savedHash = r.getString(2);
        }
        try {
            sqlRows("UPDATE audit_entry SET court_id = 'it-set-aside' WHERE court_id = ? AND seq >= " + anchoredSeq, "hlj-high");
            sqlRows("UPDATE audit_head SET last_seq = " + (anchoredSeq - 1) + ", last_hash = (SELECT e.entry_hash FROM audit_entry e WHERE e.court_id = ? AND e.seq = "
                    + (anchoredSeq - 1) + ") WHERE court_id = ?", "hlj-high", "hlj-high");
            JsonNode v = verify("hlj-high");
            assertFalse(v.toString(), v.get("intact").asBoolean());
            assertEquals("TRUNCATED", v.get("kind").asText());
        } finally {
            sqlRows("UPDATE audit_entry SET court_id = 'hlj-high' WHERE court_id = ?", "it-set-aside");
            sqlRows("UPDATE audit_head SET last_seq = " + savedSeq + ", last_hash = '" + savedHash + "' WHERE court_id = ?", "hlj-high");
        }
        assertTrue(verify("hlj-high").get("intact").asBoolean());

        // a checkpoint file changed by hand no longer carries a valid signature
        String original = java.nio.file.Files.readString(newest);
        try {
            java.nio.file.Files.writeString(newest, original.replaceFirst("seq=\\d+", "seq=1"));
            JsonNode v = verify("hlj-high");
            assertFalse(v.toString(), v.get("intact").asBoolean());
            assertEquals("CHECKPOINT_INVALID", v.get("kind").asText());
        } finally {
            java.nio.file.Files.writeString(newest, original);
        }
        assertTrue(verify("hlj-high").get("intact").asBoolean());
    }

    private long lastSeq(String court) {
        JsonNode entries = api.get("/admin/courts/" + court + "/audit?limit=500", adminToken()).json();
        return entries.get(entries.size() - 1).get("seq").asLong();
    }

    /** Runs one statement with string parameters, whatever number of rows it touches. */
    private void sqlRows(String statement, String... args) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(statement)) {
            for (int i = 0; i < args.length; i++) s.setString(i + 1, args[i]);
            s.executeUpdate();
            if (!c.getAutoCommit()) c.commit();
        }
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
