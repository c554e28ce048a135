package crossenf;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Where a request thread of the platform spends its wall time: `jcmd PID Thread.print` every interval, and for each
 * thread whose stack is in the given class, the layer of its first recognisable frame (a frame of the JDK counts as
 * the layer that called it) and its innermost frame of the project. Each jcmd costs a JVM start (~0.3 s of CPU), so
 * this runs beside requests that are not counted.
 */
final class Sampler implements AutoCloseable {
    /** Package prefixes to layers, checked in order from the top of the stack. */
    static final List<String[]> LAYERS = List.of(
            new String[]{"org.mariadb.", "MariaDB driver (waiting for or reading rows)"},
            new String[]{"org.apache.commons.dbcp2.", "connection pool"},
            new String[]{"org.ops4j.pax.jdbc.", "connection pool"},
            new String[]{"org.eclipse.persistence.", "EclipseLink (queries, building entities)"},
            new String[]{"com.fasterxml.jackson.", "Jackson (writing JSON)"},
            new String[]{"org.eclipse.jetty.", "Jetty (sending the response)"},
            new String[]{"org.apache.cxf.", "CXF (sending the response)"},
            new String[]{"org.cep.platform.internal.audit.", "audit chain (crossing entries)"},
            new String[]{"org.apache.aries.", "Aries JPA / transactions"},
            new String[]{"org.apache.geronimo.", "transaction manager"},
            new String[]{"org.cep.", "CEP code"});

    final long pid;
    final String marker;
    final Map<String, Integer> layers = new LinkedHashMap<>();
    final Map<String, Integer> cepFrames = new LinkedHashMap<>();
    int dumps;
    int samples;
    String failure;
    private final Thread thread;
    private volatile boolean stop;

    Sampler(long pid, String marker, int intervalMs) {
        this.pid = pid;
        this.marker = marker;
        this.thread = new Thread(() -> {
            while (!stop && failure == null) {
                long t = System.nanoTime();
                dump();
                long left = intervalMs - (System.nanoTime() - t) / 1_000_000;
                if (left > 0) {
                    try {
                        Thread.sleep(left);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }, "stack-sampler");
        if (pid > 0) thread.start();
        else failure = "no Karaf pid";
    }

    void dump() {
        try {
            Process p = new ProcessBuilder("jcmd", String.valueOf(pid), "Thread.print").redirectErrorStream(true).start();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (InputStream in = p.getInputStream()) {
                in.transferTo(out);
            }
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                failure = "jcmd failed: " + out.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("");
                return;
            }
            synchronized (this) {
                dumps++;
                for (String block : out.toString(StandardCharsets.UTF_8).split("\n\\s*\n")) {
                    if (block.contains(marker)) count(block);
                }
            }
        } catch (Exception e) {
            failure = "jcmd: " + e;
        }
    }

    private void count(String block) {
        String layer = "other";
        String cep = null;
        for (String line : block.split("\n")) {
            String l = line.strip();
            if (!l.startsWith("at ")) continue;
            String frame = l.substring(3);
            if (layer.equals("other")) {
                for (String[] k : LAYERS) {
                    if (frame.startsWith(k[0])) {
                        layer = k[1];
                        break;
                    }
                }
            }
            if (cep == null && frame.startsWith("org.cep.")) cep = frame.replaceAll("\\(.*", "");
            if (!layer.equals("other") && cep != null) break;
        }
        samples++;
        layers.merge(layer, 1, Integer::sum);
        if (cep != null) cepFrames.merge(cep, 1, Integer::sum);
    }

    /** Stops sampling and waits for a dump under way. */
    void stop() {
        stop = true;
        try {
            thread.join(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** Prints the shares of the layers and the most frequent project frames. */
    synchronized void print(String indent) {
        if (samples == 0) {
            System.out.println(indent + "stack samples: none" + (failure == null ? " (" + dumps + " thread dumps)" : " (" + failure + ")"));
            return;
        }
        System.out.println(indent + "where the request thread was, " + samples + " samples in " + dumps + " thread dumps (jcmd Thread.print):");
        layers.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).forEach(e ->
                System.out.printf("%s  %5.1f %%  %s%n", indent, 100.0 * e.getValue() / samples, e.getKey()));
        System.out.println(indent + "innermost project frame:");
        cepFrames.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(6).forEach(e ->
                System.out.printf("%s  %5.1f %%  %s%n", indent, 100.0 * e.getValue() / samples, e.getKey()));
    }

    /** The layer with the largest share, e.g. "62 % MariaDB driver …", or "-". */
    synchronized String top() {
        return layers.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> Math.round(100.0 * e.getValue() / samples) + " % " + e.getKey()).orElse("-");
    }
}
