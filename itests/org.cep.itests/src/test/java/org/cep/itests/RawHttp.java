package org.cep.itests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written by hand on one socket: for what a normal client will not send (a NUL in the path,
 * a huge header, TRACE) and for several requests on one kept-alive connection. Every answer is
 * checked against the served OpenAPI document ({@link Contract}), like those of {@link Http}.
 */
final class RawHttp implements AutoCloseable {
    private final String base;
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    record Answer(int status, Map<String, String> headers, String body) {
        String contentType() {
            return headers.getOrDefault("content-type", "");
        }

        @Override
        public String toString() {
            return status + " " + headers + " " + body;
        }
    }

    RawHttp(int port) throws IOException {
        base = "http://localhost:" + port + Contract.SERVER;
        socket = new Socket("localhost", port);
        socket.setSoTimeout(30_000);
        in = socket.getInputStream();
        out = socket.getOutputStream();
    }

    /** Sends one request (target as written, headers as given) and reads one answer; the connection stays open. */
    Answer send(String method, String target, Map<String, String> headers, String body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        if (headers.keySet().stream().noneMatch("Host"::equalsIgnoreCase)) head.append("Host: localhost\r\n");
        headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        if (body != null) head.append("Content-Length: ").append(bytes.length).append("\r\n");
        head.append("\r\n");
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.write(head.toString().getBytes(StandardCharsets.UTF_8));
        request.write(bytes);
        return sendBytes(method, request.toByteArray());
    }

    /** Sends a request exactly as the given bytes (what no client library would build) and reads one answer. */
    Answer sendBytes(String method, byte[] request) throws IOException {
        out.write(request);
        out.flush();
        Answer answer = read(method);
        Contract.verify(base, method, targetOf(request), answer.status(), answer.contentType(), answer.body().getBytes(StandardCharsets.UTF_8));
        return answer;
    }

    /** The request target as written on the request line ("GET /api/v1/x HTTP/1.1"). */
    private static String targetOf(byte[] request) {
        String head = new String(request, 0, Math.min(request.length, 65536), StandardCharsets.ISO_8859_1);
        String[] parts = head.split("\r\n", 2)[0].split(" ");
        return parts.length > 1 ? parts[1] : "/";
    }

    private Answer read(String method) throws IOException {
        String statusLine = line();
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String l; !(l = line()).isEmpty(); ) {
            int colon = l.indexOf(':');
            headers.put(l.substring(0, colon).trim().toLowerCase(Locale.ROOT), l.substring(colon + 1).trim());
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if ("HEAD".equals(method) || status == 204 || status == 304) {
            // no body
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            for (int size; (size = Integer.parseInt(line().split(";")[0].trim(), 16)) > 0; ) {
                body.write(in.readNBytes(size));
                line();
            }
            while (!line().isEmpty()) {
                // trailers
            }
        } else if (headers.containsKey("content-length")) {
            body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
        } else {
            body.write(in.readAllBytes()); // until the server closes
        }
        return new Answer(status, headers, body.toString(StandardCharsets.UTF_8));
    }

    private String line() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int c; (c = in.read()) != '\n'; ) {
            if (c < 0) throw new IOException("connection closed by the server");
            if (c != '\r') b.write(c);
        }
        return b.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
