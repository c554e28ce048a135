package common;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A lean HTTP/1.1 client for load loops: one kept-alive socket, blocking, one request at a time. Java's HttpClient
 * spends about a millisecond of CPU per request on its asynchronous machinery, and on a 2-core machine that CPU is
 * taken from the server being measured. Not thread-safe: one per client thread.
 */
public final class PlainHttp implements AutoCloseable {
    private final String host;
    private final int port;
    private final String basePath;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    /** {@code base} as KarafRun has it, e.g. http://127.0.0.1:8181/api/v1. */
    public PlainHttp(String base) {
        URI u = URI.create(base);
        this.host = u.getHost();
        this.port = u.getPort();
        this.basePath = u.getRawPath();
    }

    /** Sends one request (JSON body or none) and reads the whole answer; reconnects once when a kept-alive socket was closed. */
    public Reply send(String method, String path, String token, String jsonBody) throws IOException {
        byte[] body = jsonBody == null ? new byte[0] : jsonBody.getBytes(StandardCharsets.UTF_8);
        StringBuilder h = new StringBuilder(256).append(method).append(' ').append(basePath).append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host).append(':').append(port).append("\r\nAccept: application/json\r\n");
        if (token != null) h.append("Authorization: Bearer ").append(token).append("\r\n");
        if (jsonBody != null) h.append("Content-Type: application/json\r\n");
        h.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        byte[] head = h.toString().getBytes(StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        for (int attempt = 0; ; attempt++) {
            boolean fresh = socket == null;
            try {
                if (fresh) connect();
                out.write(head);
                out.write(body);
                out.flush();
                return read(t0);
            } catch (IOException e) {
                close();
                // a kept-alive connection the server closed meanwhile: one retry on a new one, never on a fresh one
                if (fresh || attempt > 0) throw e;
            }
        }
    }

    private void connect() throws IOException {
        socket = new Socket(host, port);
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(60_000);
        in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        out = socket.getOutputStream();
    }

    private Reply read(long t0) throws IOException {
        String status = line();
        if (status == null) throw new IOException("connection closed before an answer");
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false, close = false;
        for (String l = line(); l != null && !l.isEmpty(); l = line()) {
            int colon = l.indexOf(':');
            if (colon < 0) continue;
            String name = l.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = l.substring(colon + 1).trim();
            if (name.equals("content-length")) length = Long.parseLong(value);
            else if (name.equals("transfer-encoding")) chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
            else if (name.equals("connection")) close = value.equalsIgnoreCase("close");
        }
        ByteArrayOutputStream bodyBytes = new ByteArrayOutputStream();
        if (chunked) {
            for (long size = Long.parseLong(chunkSize(line()), 16); size > 0; size = Long.parseLong(chunkSize(line()), 16)) {
                copy(size, bodyBytes);
                line();
            }
            for (String l = line(); l != null && !l.isEmpty(); l = line()) {
                // trailers: none expected
            }
        } else if (length >= 0) {
            copy(length, bodyBytes);
        } else {
            in.transferTo(bodyBytes);
            close = true;
        }
        Reply r = new Reply(code, bodyBytes.toString(StandardCharsets.UTF_8), System.nanoTime() - t0);
        if (close) close();
        return r;
    }

    private static String chunkSize(String l) throws IOException {
        if (l == null) throw new IOException("connection closed inside a chunked answer");
        int semi = l.indexOf(';');
        return (semi < 0 ? l : l.substring(0, semi)).trim();
    }

    private void copy(long n, ByteArrayOutputStream to) throws IOException {
        byte[] buf = new byte[8192];
        while (n > 0) {
            int r = in.read(buf, 0, (int) Math.min(buf.length, n));
            if (r < 0) throw new IOException("connection closed inside an answer");
            to.write(buf, 0, r);
            n -= r;
        }
    }

    /** One header line without its CRLF; null at the end of the stream. */
    private String line() throws IOException {
        StringBuilder b = new StringBuilder(64);
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                int len = b.length();
                if (len > 0 && b.charAt(len - 1) == '\r') b.setLength(len - 1);
                return b.toString();
            }
            b.append((char) c);
        }
        return b.length() == 0 ? null : b.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        socket = null;
        in = null;
        out = null;
    }
}
