package org.cep.console.itests;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The assembled distribution, unpacked under target/ and started as `bin/karaf server` on free ports
 * (never 8181/8101, so a running ./start.sh does not matter), then stopped.
 */
final class Distribution implements AutoCloseable {
    final Path home;
    final int httpPort;
    final String adminPassword;
    private final Path log;
    private Process karaf;

    private Distribution(Path home, int httpPort, String adminPassword, Path log) {
        this.home = home;
        this.httpPort = httpPort;
        this.adminPassword = adminPassword;
        this.log = log;
    }

    static Distribution start(Path tarGz, Path workdir, String adminPassword) throws Exception {
        if (!Files.isRegularFile(tarGz)) throw new IllegalStateException("no distribution at " + tarGz + " (build assembly first)");
        deleteTree(workdir);
        Files.createDirectories(workdir);
        run(workdir, "tar", "xzf", tarGz.toString(), "-C", workdir.toString());
        Path home;
        try (Stream<Path> s = Files.list(workdir)) {
            home = s.filter(p -> Files.isExecutable(p.resolve("bin/karaf"))).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no bin/karaf in " + tarGz));
        }
        int http = freePort();
        int ssh = freePort();
        replace(home.resolve("etc/org.ops4j.pax.web.cfg"), "org.osgi.service.http.port = 8181", "org.osgi.service.http.port = " + http);
        replace(home.resolve("etc/org.apache.karaf.shell.cfg"), "sshPort = 8101", "sshPort = " + ssh);
        Distribution d = new Distribution(home, http, adminPassword, workdir.resolve("karaf-console.log"));
        d.launch();
        return d;
    }

    private void launch() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server").directory(home.toFile());
        pb.redirectErrorStream(true).redirectOutput(Redirect.appendTo(log.toFile())).redirectInput(Redirect.from(new java.io.File("/dev/null")));
        pb.environment().put("CEP_ADMIN_PASSWORD", adminPassword);
        karaf = pb.start();
        HttpClient c = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        // the API and the console both up: the console bundle starts after the platform
        while (System.nanoTime() < deadline) {
            if (!karaf.isAlive()) throw new IllegalStateException("Karaf exited; see " + log);
            if (ok(c, "/api/v1/health") && ok(c, "/console/modules.json") && ok(c, "/api/v1/openapi.json")) return;
            Thread.sleep(300);
        }
        throw new IllegalStateException("the distribution did not answer within 180 s; see " + log);
    }

    private boolean ok(HttpClient c, String path) {
        try {
            HttpResponse<Void> r = c.send(HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    String base() {
        return "http://127.0.0.1:" + httpPort;
    }

    @Override
    public void close() throws Exception {
        if (karaf == null) return;
        try {
            run(home, home.resolve("bin/stop").toString());
        } catch (Exception e) {
            System.out.println("bin/stop failed: " + e);
        }
        // the JVM is a child of the bin/karaf script: wait for both, forcibly when they take too long
        ProcessHandle script = karaf.toHandle();
        var children = script.descendants().toList();
        if (!karaf.waitFor(60, TimeUnit.SECONDS)) {
            children.forEach(ProcessHandle::destroy);
            script.destroy();
            if (!karaf.waitFor(15, TimeUnit.SECONDS)) {
                children.forEach(ProcessHandle::destroyForcibly);
                script.destroyForcibly();
            }
        }
        for (ProcessHandle p : children) {
            try {
                p.onExit().get(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                p.destroyForcibly();
            }
        }
    }

    private static void run(Path dir, String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(Redirect.DISCARD).start();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) throw new IllegalStateException(String.join(" ", cmd) + " failed");
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String s = Files.readString(file);
        if (!s.contains(from)) throw new IllegalStateException(file + " has no '" + from + "'");
        Files.writeString(file, s.replace(from, to));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(x);
        }
    }
}
