package org.cep.jetty.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The three pieces on a plain Jetty, wired as etc/jetty.xml and etc/jetty-web.xml wire them in the container. */
class ServerErrorsTest {
    private static Server server;
    private static int port;

    @BeforeAll
    static void start() throws Exception {
        server = new Server();
        HttpConfiguration config = new HttpConfiguration();
        config.addCustomizer(new CharsetCheck());
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(config));
        server.addConnector(connector);
        server.setErrorHandler(new ProblemErrorHandler());
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.setErrorHandler(new ContextProblemErrorHandler());
        context.addServlet(new ServletHolder(new HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                if (req.getRequestURI().equals("/fails")) throw new IOException("Invalid character set in org.example.Secret");
                if (req.getRequestURI().equals("/ok")) {
                    resp.getWriter().write("fine");
                    return;
                }
                resp.sendError(req.getMethod().equals("TRACE") ? 405 : 404);
            }
        }), "/*");
        server.setHandler(context);
        server.start();
        port = connector.getLocalPort();
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
    }

    private static String send(String request) throws IOException {
        try (Socket s = new Socket("localhost", port)) {
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void assertProblem(String answer, int status, String code) {
        assertTrue(answer.startsWith("HTTP/1.1 " + status + " "), answer);
        assertTrue(answer.contains("Content-Type: application/problem+json"), answer);
        assertTrue(answer.contains("\"code\":\"" + code + "\""), answer);
        assertTrue(answer.contains("\"status\":" + status), answer);
        for (String leak : new String[] {"org.", "java.", "Exception", "Servlet", "<html", "<h1"}) {
            assertFalse(answer.contains(leak), leak + " in " + answer);
        }
    }

    @Test
    void requestsJettyCannotParseGetProblems() throws IOException {
        assertProblem(send("GET /a%00b HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 400, "BAD_REQUEST");
        assertProblem(send("GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 414, "URI_TOO_LONG");
        assertProblem(send("GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(10_240) + "\r\nConnection: close\r\n\r\n"), 431,
                "HEADERS_TOO_LARGE");
        assertProblem(send("GET / HTTP/9.9\r\nHost: x\r\n\r\n"), 505, "HTTP_VERSION_NOT_SUPPORTED");
    }

    @Test
    void errorsInsideAContextGetProblemsForEveryMethod() throws IOException {
        assertProblem(send("GET /missing HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 404, "NOT_FOUND");
        assertProblem(send("PATCH /missing HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 0\r\n\r\n"), 404, "NOT_FOUND");
        assertProblem(send("TRACE / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 405, "METHOD_NOT_ALLOWED");
        assertProblem(send("PUT /fails HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 0\r\n\r\n"), 500, "INTERNAL_ERROR");
    }

    @Test
    void anUnknownCharsetIsRefusedBeforeAnyServletRuns() throws IOException {
        for (String type : new String[] {"application/json; charset=x-unknown", "application/json; Charset=\"x-unknown\"",
                "application/json; charset=\"", "text/plain;charset=utf-8;xcharset=nope"}) {
            String answer = send("POST /fails HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: " + type
                    + "\r\nContent-Length: 2\r\n\r\n{}");
            assertProblem(answer, 415, "UNSUPPORTED_CHARSET");
            assertTrue(answer.contains("UTF-8"), answer);
        }
        for (String type : new String[] {"application/json", "application/json; charset=utf-8", "application/json;charset=\"UTF-8\"",
                "application/json; charset=", "text/plain; charset=GBK"}) {
            String answer = send("POST /ok HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: " + type
                    + "\r\nContent-Length: 2\r\n\r\n{}");
            assertTrue(answer.startsWith("HTTP/1.1 200 "), type + ": " + answer);
        }
    }

    @Test
    void theDocumentHasThePlatformsFields() {
        assertEquals("{\"type\":\"urn:cep:problem:uri-too-long\",\"title\":\"请求地址过长 / the request URI is too long\",\"status\":414,"
                        + "\"code\":\"URI_TOO_LONG\",\"messageZh\":\"请求地址过长\",\"messageEn\":\"the request URI is too long\"}",
                new String(ProblemAnswer.forStatus(414).json(), StandardCharsets.UTF_8));
        assertEquals("BAD_REQUEST", ProblemAnswer.forStatus(418).code());
        assertEquals("INTERNAL_ERROR", ProblemAnswer.forStatus(502).code());
    }
}
