package crossenf;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import common.KarafRun;
import common.Opts;
import common.Reply;

/** The cross-enforcement benchmark's run: what common.KarafRun holds, the constants, raw uploads and counted GETs. */
class CeRun extends KarafRun {
    static final String CE = "/cross-enforcement";
    static final long FIRST_CASE_ID = 10_000_000L;
    static final long FIRST_CE_ID = 10_000_000L;
    static final double TARGET_P99_MS = 100.0;
    /** What the platform asks for one court's eligible view (EclipseLink adds the tenant to every query). */
    static final List<String> VIEW_SQL = List.of(
            "SELECT * FROM ce_asset WHERE tenant_id = ?",
            "SELECT * FROM ce_flag WHERE tenant_id = ?",
            "SELECT * FROM enforcement_case WHERE tenant_id = ? ORDER BY id");

    CeRun(Opts o) {
        super(o);
    }

    CeRun(KarafRun run) {
        super(run);
    }

    /** A counter of SHOW GLOBAL STATUS (for the whole server: other clients of MariaDB count too). */
    long status(String name) throws java.sql.SQLException {
        try (java.sql.Connection c = db(); java.sql.PreparedStatement ps = c.prepareStatement("SHOW GLOBAL STATUS LIKE ?")) {
            ps.setString(1, name);
            try (java.sql.ResultSet r = ps.executeQuery()) {
                return r.next() ? r.getLong(2) : -1;
            }
        }
    }

    /** A raw body (a document upload). */
    Reply sendBytes(String path, String token, byte[] body, String type) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json").header("Authorization", "Bearer " + token).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        long t = System.nanoTime();
        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(r.statusCode(), r.body(), System.nanoTime() - t);
    }

    /**
     * A GET whose answer is counted as it streams in, never held: its size, and the eligible views in it
     * ({@code "cases":N} occurs once per view and nowhere else). The time is until the last byte.
     */
    Counted counted(String path, String token, int timeoutSeconds) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(timeoutSeconds))
                .header("Accept", "application/json").header("Authorization", "Bearer " + token).GET().build();
        long t = System.nanoTime();
        HttpResponse<InputStream> r = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
        long firstByte = System.nanoTime() - t;
        byte[] key = "\"cases\":".getBytes(StandardCharsets.US_ASCII);
        StringBuilder head = new StringBuilder();
        long bytes = 0;
        long views = 0;
        long cases = 0;
        int matched = 0;
        long number = -1;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = r.body()) {
            int n;
            while ((n = in.read(buf)) > 0) {
                if (head.length() < 400) head.append(new String(buf, 0, Math.min(n, 400), StandardCharsets.UTF_8));
                for (int i = 0; i < n; i++) {
                    byte b = buf[i];
                    if (number >= 0) {
                        if (b >= '0' && b <= '9') {
                            number = number * 10 + (b - '0');
                            continue;
                        }
                        cases += number;
                        views++;
                        number = -1;
                    }
                    if (b == key[matched]) {
                        if (++matched == key.length) {
                            number = 0;
                            matched = 0;
                        }
                    } else {
                        matched = b == key[0] ? 1 : 0;
                    }
                }
                bytes += n;
            }
        }
        return new Counted(r.statusCode(), bytes, views, cases, firstByte, System.nanoTime() - t,
                head.length() > 400 ? head.substring(0, 400) : head.toString());
    }

    /** A counted answer: status, bytes, number of views and the sum of their "cases", time to first and last byte. */
    record Counted(int status, long bytes, long views, long cases, long firstByteNanos, long nanos, String head) {
        @Override
        public String toString() {
            return "HTTP " + status + " " + head;
        }
    }

    static String mib(long bytes) {
        return bytes >= 1 << 20 ? String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0)
                : String.format(Locale.ROOT, "%.0f KiB", bytes / 1024.0);
    }

    /** min / median / max of a few values, in ms. */
    static String mmm(double[] v) {
        double[] s = v.clone();
        java.util.Arrays.sort(s);
        double median = s.length == 0 ? Double.NaN : s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
        return s.length == 0 ? "-" : ms(s[0]) + " / " + ms(median) + " / " + ms(s[s.length - 1]);
    }
}
