package org.cep.itests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Which database this run uses (system property cep.it.db = h2 | mariadb), decided in the Maven
 * JVM before the container boots. The MariaDB run gets a fresh database each time; when no
 * MariaDB answers, the run is skipped with a loud message, unless CEP_IT_REQUIRE_MARIADB=true
 * (set by .ci/run), where it fails.
 */
final class DatabaseUnderTest {
    /** Each run its own database, so two builds on one machine never drop each other's tables. */
    static final String MARIADB_DATABASE = "cep_it_" + ProcessHandle.current().pid() + "_" + Long.toString(System.currentTimeMillis(), 36);
    private static boolean prepared;
    private static boolean created;
    private static String skipReason;

    private DatabaseUnderTest() {
    }

    static String name() {
        return System.getProperty("cep.it.db", "h2");
    }

    static boolean isMariadb() {
        return "mariadb".equals(name());
    }

    /** @return null when the run can go ahead, else why it is skipped */
    static synchronized String prepare() {
        if (prepared) return skipReason;
        prepared = true;
        if (!isMariadb()) return null;
        String url = System.getProperty("cep.it.mariadb.url", "jdbc:mariadb://127.0.0.1:3306/");
        DriverManager.setLoginTimeout(5);
        try (Connection c = DriverManager.getConnection(url, System.getProperty("cep.it.mariadb.user", "root"),
                System.getProperty("cep.it.mariadb.password", ""));
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + MARIADB_DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
            created = true;
        } catch (SQLException e) {
            if (Boolean.getBoolean("cep.it.requireMariadb") || "true".equals(System.getenv("CEP_IT_REQUIRE_MARIADB"))) {
                throw new IllegalStateException("MariaDB required (cep.it.requireMariadb=true) but not reachable at " + url, e);
            }
            skipReason = "MariaDB not reachable at " + url + " (" + e.getMessage() + "): the MariaDB integration run is SKIPPED."
                    + " Start MariaDB and run the tests again to cover it.";
        }
        return skipReason;
    }

    /** Drops the run's database once the container has stopped. */
    static synchronized void dropIfCreated() {
        if (!created) return;
        try (Connection c = DriverManager.getConnection(System.getProperty("cep.it.mariadb.url", "jdbc:mariadb://127.0.0.1:3306/"),
                System.getProperty("cep.it.mariadb.user", "root"), System.getProperty("cep.it.mariadb.password", ""));
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + MARIADB_DATABASE);
            created = false;
        } catch (SQLException e) {
            System.err.println("could not drop the test database " + MARIADB_DATABASE + ": " + e.getMessage());
        }
    }

    /** The datasource file the MariaDB run puts into the distribution instead of the H2 one. */
    static java.io.File mariadbDatasourceFile() {
        String server = System.getProperty("cep.it.mariadb.url", "jdbc:mariadb://127.0.0.1:3306/");
        String content = String.join("\n",
                "osgi.jdbc.driver.name = mariadb",
                "url = " + server + MARIADB_DATABASE + "?useMysqlMetadata=true",
                "user = " + System.getProperty("cep.it.mariadb.user", "root"),
                "password = " + System.getProperty("cep.it.mariadb.password", ""),
                "dataSourceName = cep",
                "osgi.jndi.service.name = cep",
                "pool = transx",
                "xa = true",
                "pool.local = true",
                "pool.maxPoolSize = 20",
                "");
        try {
            Path dir = Paths.get(System.getProperty("cep.it.workdir", "target/exam"));
            Files.createDirectories(dir);
            Path file = dir.resolve("org.ops4j.datasource-cep.cfg");
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return file.toFile();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
