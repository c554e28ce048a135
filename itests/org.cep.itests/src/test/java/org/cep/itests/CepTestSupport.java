package org.cep.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOption;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.features;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.replaceConfigurationFile;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import javax.inject.Inject;
import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Boots the assembled distribution once for the whole suite (on H2 or MariaDB) and gives the
 * tests an HTTP client, a Karaf shell and helpers to set up courts' users and capabilities.
 */
@RunWith(CepExamRunner.class)
@ExamReactorStrategy(PerSuite.class)
public abstract class CepTestSupport {
    static final String ADMIN = "admin";
    static final String ADMIN_COURT = "hlj-high";
    static final String ADMIN_PASSWORD = "Heilongjiang#IT-2026";
    static final String USER_PASSWORD = "Court#Pass2026x";
    static final Duration WAIT = Duration.ofSeconds(60);
    private static final AtomicInteger UNIQUE = new AtomicInteger();
    private static final Map<String, String> COURT_OF_USER = new java.util.concurrent.ConcurrentHashMap<>();
    private static volatile boolean ready;
    private static volatile String adminToken;

    @Inject
    protected SessionFactory sessionFactory;

    protected Http api;

    @Configuration
    public Option[] config() {
        String version = System.getProperty("cep.it.version");
        List<Option> options = new ArrayList<>(List.of(
                karafDistributionConfiguration()
                        .frameworkUrl(maven().groupId("org.cep").artifactId("cep-assembly").version(version).type("tar.gz"))
                        .name("Court Enforcement Platform")
                        .unpackDirectory(new File(System.getProperty("cep.it.workdir", "target/exam")))
                        .useDeployFolder(false),
                configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
                logLevel(LogLevel.WARN),
                vmOption("-Xmx768m"),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", port("cep.it.httpPort")),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", port("cep.it.sshPort")),
                editConfigurationFilePut("etc/cep.platform.cfg", "bootstrapAdminPassword", ADMIN_PASSWORD),
                editConfigurationFilePut("etc/cep.platform.cfg", "tenantScanSeconds", "1"),
                editConfigurationFilePut("etc/cep.seizure.cfg", "attachmentMaxBytes", "65536"),
                editConfigurationFilePut("etc/cep.training.cfg", "packageMaxBytes", "262144"),
                systemProperty("cep.it.httpPort").value(port("cep.it.httpPort")),
                systemProperty("cep.it.db").value(DatabaseUnderTest.name()),
                features(maven().groupId("org.cep").artifactId("org.cep.itest.capability").version(version)
                        .classifier("features").type("xml"), "cep-test-notes")));
        if (DatabaseUnderTest.isMariadb()) {
            options.add(replaceConfigurationFile("etc/org.ops4j.datasource-cep.cfg", DatabaseUnderTest.mariadbDatasourceFile()));
        }
        return options.toArray(new Option[0]);
    }

    /** One free port per purpose, chosen once in the Maven JVM and handed to the container as a system property. */
    private static synchronized String port(String property) {
        String p = System.getProperty(property);
        if (p == null) {
            try (ServerSocket s = new ServerSocket(0)) {
                p = String.valueOf(s.getLocalPort());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            System.setProperty(property, p);
        }
        return p;
    }

    @Before
    public void waitForPlatform() {
        api = new Http(Integer.getInteger("cep.it.httpPort"));
        if (ready) return;
        waitUntil("the platform answers /health with the database UP", () -> {
            Http.Reply r = api.get("/health", null);
            return r.status() == 200 && "UP".equals(r.json().path("database").path("status").asText());
        });
        waitUntil("the first provincial admin can log in", () -> api.post("/auth/login", null,
                Map.of("courtId", ADMIN_COURT, "username", ADMIN, "password", ADMIN_PASSWORD)).status() == 200);
        // each capability that registers is built into the REST server once they settle: wait until all are in and
        // the node says it is ready (which it is not while a change waits to be built)
        waitUntil("every capability of the distribution and test-notes is installed", () -> {
            Http.Reply login = api.post("/auth/login", null, Map.of("courtId", ADMIN_COURT, "username", ADMIN, "password", ADMIN_PASSWORD));
            if (login.status() != 200) return false;
            String installed = api.get("/capabilities", login.json().get("token").asText()).raw();
            return installed.contains("\"test-notes\"") && installed.contains("\"live-seizure\"")
                    && installed.contains("\"cross-enforcement\"") && installed.contains("\"training\"")
                    && installed.contains("\"pairing\"") && installed.contains("\"conduct-enforcement\"")
                    && api.get("/openapi.json", null).status() == 200 && api.get("/health/ready", null).status() == 200;
        });
        ready = true;
    }

    static void waitUntil(String what, Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        Throwable last = null;
        while (System.nanoTime() < deadline) {
            try {
                if (Boolean.TRUE.equals(condition.get())) return;
            } catch (RuntimeException e) {
                last = e;
            } catch (AssertionError e) {
                // a server still starting gives answers no contract describes; once up, every answer must fit
                if (ready) throw e;
                last = e;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        fail("gave up after " + WAIT.toSeconds() + " s waiting until " + what + (last == null ? "" : " (last error: " + last + ")"));
    }

    /**
     * A problem document with the platform's fields and the expected code, and nothing that names the
     * server's classes, packages or servlets, whichever layer of the server wrote it.
     */
    static JsonNode assertProblem(String what, int status, String code, RawHttp.Answer a) {
        assertEquals(what + ": " + a, status, a.status());
        assertTrue(what + " is problem+json: " + a, a.contentType().startsWith("application/problem+json"));
        JsonNode body;
        try {
            body = Http.JSON.readTree(a.body());
        } catch (IOException e) {
            throw new AssertionError(what + " is not JSON: " + a, e);
        }
        assertEquals(what + ": " + a, code, body.path("code").asText());
        assertEquals(what + ": " + a, status, body.path("status").asInt());
        for (String field : List.of("type", "title", "messageZh", "messageEn")) {
            assertFalse(what + " lacks " + field + ": " + a, body.path(field).asText().isBlank());
        }
        for (String leak : List.of("org.", "java.", "javax.", "Exception", "Servlet", "servlet", "jetty", "Jetty", "<html", "<h1")) {
            assertFalse(what + " leaks " + leak + ": " + a, a.body().contains(leak));
        }
        return body;
    }

    /** A refusal with its status and machine-readable code. */
    static void refused(Http.Reply r, int status, String code) {
        assertEquals(r.toString(), status, r.status());
        assertEquals(r.toString(), code, r.json().get("code").asText());
    }

    protected String adminToken() {
        if (adminToken == null) adminToken = login(ADMIN, ADMIN_PASSWORD);
        return adminToken;
    }

    /** Logs in a user made by {@link #createUser} (their court is remembered) or the provincial admin. */
    protected String login(String username, String password) {
        return login(courtOf(username), username, password);
    }

    static String courtOf(String username) {
        return ADMIN.equals(username) ? ADMIN_COURT : COURT_OF_USER.get(username);
    }

    protected String login(String courtId, String username, String password) {
        Http.Reply r = api.post("/auth/login", null, Map.of("courtId", courtId, "username", username, "password", password));
        assertEquals("login of " + username + ": " + r, 200, r.status());
        return r.json().get("token").asText();
    }

    /** A name no other test uses, so tests sharing one container never collide. */
    static String unique(String prefix) {
        return prefix + "-" + System.currentTimeMillis() % 100000 + "-" + UNIQUE.incrementAndGet();
    }

    /** Creates a user in a court through the provincial admin and returns its id. */
    protected long createUser(String courtId, String username, String... roles) {
        Http.Reply r = api.post("/admin/courts/" + courtId + "/users", adminToken(),
                Map.of("username", username, "displayName", "测试用户 " + username, "password", USER_PASSWORD, "roles", List.of(roles)));
        assertEquals("create user " + username + ": " + r, 201, r.status());
        COURT_OF_USER.put(username, courtId);
        return r.json().get("id").asLong();
    }

    /** A token of a new user with one role in a court. */
    protected String tokenOfNewUser(String courtId, String role) {
        String user = unique(role.replace("-", ""));
        createUser(courtId, user, role);
        return login(user, USER_PASSWORD);
    }

    protected void switchCapability(String courtId, String capabilityId, boolean on) {
        Http.Reply r = api.put("/courts/" + courtId + "/capabilities/" + capabilityId, adminToken(),
                Map.of("enabled", on, "reason", "integration test"));
        assertEquals("switch " + capabilityId + " for " + courtId + ": " + r, 200, r.status());
    }

    protected static Path tenantConfigDir() {
        return Paths.get(System.getProperty("karaf.home"), "tenant-config");
    }

    protected static void writeCourtFile(String id, String content) {
        try {
            Path tmp = tenantConfigDir().resolve("." + id + ".tmp");
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            // rename so the watcher never reads a half-written file
            Files.move(tmp, tenantConfigDir().resolve(id + ".court"), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String courtFile(String id, String nameZh, String parent, String computerization, String capabilities) {
        return String.join("\n",
                "# " + nameZh,
                "id = " + id,
                "name.zh = " + nameZh,
                "name.en = Test court " + id,
                "level = basic",
                "parent = " + parent,
                "region = 黑龙江省测试区",
                "computerization = " + computerization,
                "capabilities = " + capabilities,
                "");
    }

    /** Runs a Karaf shell command as provincial IT (Karaf's admingroup: admin, manager, viewer) and returns what it printed. */
    protected String shell(String command) {
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal("it-operator"));
        subject.getPrincipals().add(new RolePrincipal("admin"));
        // config:* commands need manager (Karaf's command ACLs); admin does not imply it
        subject.getPrincipals().add(new RolePrincipal("manager"));
        subject.getPrincipals().add(new RolePrincipal("viewer"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try {
            Object result = Subject.doAs(subject, (java.security.PrivilegedExceptionAction<Object>) () -> {
                Session session = sessionFactory.create(System.in, out, out);
                try {
                    return session.execute(command);
                } finally {
                    session.close();
                }
            });
            out.flush();
            return bytes.toString(StandardCharsets.UTF_8) + (result == null ? "" : result);
        } catch (java.security.PrivilegedActionException e) {
            throw new IllegalStateException("shell command failed: " + command + "\n" + bytes.toString(StandardCharsets.UTF_8), e.getCause());
        }
    }
}
