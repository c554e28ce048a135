package org.cep.itests;

import static org.junit.Assert.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.junit.Test;
import org.ops4j.pax.exam.util.Filter;

/**
 * Nodes share only the database, and each node keeps what every request asks (token, user, switch)
 * for under a second. A change that another node made (here: written straight into the database,
 * which is all this node can see of it) takes effect here within one second.
 */
public class ChangesFromAnotherNodeIT extends CepTestSupport {

    @Inject
    @Filter("(osgi.jndi.service.name=cep)")
    private DataSource dataSource;

    @Test
    public void aTokenEndedElsewhereIsRefusedWithinASecond() throws Exception {
        String court = courtWithNotes();
        String user = unique("clerk");
        String token = clerkLoggedIn(court, user);
        sql("DELETE FROM user_session WHERE user_id = (SELECT id FROM app_user WHERE court_id = ? AND username = ?)", court, user);
        Thread.sleep(1000);
        refused(api.get("/auth/me", token), 401, "TOKEN_INVALID");
    }

    @Test
    public void aUserDeactivatedElsewhereIsRefusedWithinASecond() throws Exception {
        String court = courtWithNotes();
        String user = unique("clerk");
        String token = clerkLoggedIn(court, user);
        sql("UPDATE app_user SET active = FALSE WHERE court_id = ? AND username = ?", court, user);
        Thread.sleep(1000);
        refused(api.get("/test-notes", token), 401, "TOKEN_INVALID");
    }

    @Test
    public void aCapabilitySwitchedOffElsewhereIsRefusedWithinASecond() throws Exception {
        String court = courtWithNotes();
        String token = tokenOfNewUser(court, "clerk");
        assertEquals(200, api.get("/test-notes", token).status());
        sql("UPDATE court_capability SET enabled = FALSE WHERE court_id = ? AND capability_id = ?", court, "test-notes");
        Thread.sleep(1000);
        refused(api.get("/test-notes", token), 403, "CAPABILITY_DISABLED");
        sql("UPDATE court_capability SET enabled = TRUE WHERE court_id = ? AND capability_id = ?", court, "test-notes");
        Thread.sleep(1000);
        assertEquals(200, api.get("/test-notes", token).status());
    }

    @Test
    public void aChangeMadeOnThisNodeTakesEffectAtOnce() {
        String court = courtWithNotes();
        String token = tokenOfNewUser(court, "clerk");
        assertEquals(200, api.get("/test-notes", token).status());
        switchCapability(court, "test-notes", false);
        refused(api.get("/test-notes", token), 403, "CAPABILITY_DISABLED");
        assertEquals(204, api.post("/auth/logout", token, "").status());
        refused(api.get("/auth/me", token), 401, "TOKEN_INVALID");
    }

    /** A clerk of the court, logged in, whose token works (on the court's notes too). */
    private String clerkLoggedIn(String court, String user) {
        createUser(court, user, "clerk");
        String token = login(user, USER_PASSWORD);
        assertEquals(200, api.get("/auth/me", token).status());
        assertEquals(200, api.get("/test-notes", token).status());
        return token;
    }

    private String courtWithNotes() {
        String court = unique("it-node");
        writeCourtFile(court, courtFile(court, "多节点测试法院", "hlj-daqing-ip", "advanced", "test-notes"));
        waitUntil(court + " exists", () -> api.get("/courts/" + court, adminToken()).status() == 200);
        return court;
    }

    private void sql(String statement, String... args) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(statement)) {
            for (int i = 0; i < args.length; i++) s.setString(i + 1, args[i]);
            assertEquals(statement, 1, s.executeUpdate());
            if (!c.getAutoCommit()) c.commit();
        }
    }
}
