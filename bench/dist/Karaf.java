package dist;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static dist.Bench.*;
import static dist.Measure.*;
import static dist.Api.*;
import static dist.Report.*;

/** The Karaf process of the distribution: start, stop, kill, log. */
final class Karaf {
    final Path home;
    final Path out;
    Process script;
    ProcessHandle jvm;
    int starts;

    Karaf(Path home, Path out) {
        this.home = home;
        this.out = out;
    }

    void start(String password) throws IOException {
        starts++;
        Path console = out.resolve("karaf-console-" + starts + ".log");
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server");
        pb.directory(home.toFile());
        pb.redirectErrorStream(true);
        pb.redirectOutput(Redirect.appendTo(console.toFile()));
        pb.redirectInput(Redirect.from(new java.io.File("/dev/null")));
        pb.environment().put("CEP_ADMIN_PASSWORD", password);
        script = pb.start();
        jvm = null;
    }

    /** The Karaf JVM: a child of the bin/karaf shell script. */
    ProcessHandle jvm() {
        if (jvm != null && jvm.isAlive()) return jvm;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (script != null) {
                List<ProcessHandle> found = script.toHandle().descendants()
                        .filter(p -> cmdline(p.pid()).contains("-Dkaraf.base=")).toList();
                if (!found.isEmpty()) return jvm = found.get(0);
                if (!script.isAlive()) break;
            }
            sleep(100);
        }
        throw new IllegalStateException("Karaf JVM not found (did bin/karaf server exit? see " + out + "/karaf-console-" + starts + ".log)");
    }

    boolean isRunning() {
        return (script != null && script.isAlive()) || (jvm != null && jvm.isAlive());
    }

    /** bin/stop, then wait; forcibly if it takes too long. @return seconds until the JVM was gone */
    double stop() {
        long t0 = System.nanoTime();
        ProcessHandle j = jvm != null ? jvm : script.toHandle().descendants()
                .filter(p -> cmdline(p.pid()).contains("-Dkaraf.base=")).findFirst().orElse(null);
        try {
            Process p = new ProcessBuilder(home.resolve("bin/stop").toString()).directory(home.toFile())
                    .redirectErrorStream(true).redirectOutput(Redirect.DISCARD).start();
            p.waitFor(30, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            System.out.println("  bin/stop failed: " + e);
        }
        if (!waitGone(j, 60)) {
            System.out.println("  Karaf did not stop within 60 s after bin/stop: sending SIGTERM");
            if (j != null) j.destroy();
            if (!waitGone(j, 20)) {
                System.out.println("  still running: SIGKILL");
                if (j != null) j.destroyForcibly();
                waitGone(j, 10);
            }
        }
        double s = secondsSince(t0);
        try {
            if (!script.waitFor(10, TimeUnit.SECONDS)) script.destroyForcibly();
        } catch (InterruptedException e) {
            script.destroyForcibly();
        }
        return s;
    }

    /** Used by the shutdown hook: no waiting for bin/stop. */
    void kill() {
        if (jvm != null && jvm.isAlive()) {
            jvm.destroy();
            waitGone(jvm, 20);
            if (jvm.isAlive()) jvm.destroyForcibly();
        }
        if (script != null && script.isAlive()) {
            script.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            script.destroyForcibly();
        }
    }

    static boolean waitGone(ProcessHandle p, int seconds) {
        if (p == null) return true;
        try {
            p.onExit().get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            return !p.isAlive();
        }
    }
}
