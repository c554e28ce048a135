package org.cep.console.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.util.function.LongFunction;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.framework.Bundle;

/**
 * Serves the console's files at /console: the shell from this bundle, each capability's page module
 * from the bundle that contributes it, and /console/modules.json listing those modules.
 * Static files only; all data comes from /api/v1 in the browser.
 */
final class ConsoleServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String ALIAS = "/console";

    private final transient Bundle own;
    private final transient PageModules modules;
    private final transient LongFunction<Bundle> bundles;

    ConsoleServlet(Bundle own, PageModules modules, LongFunction<Bundle> bundles) {
        this.own = own;
        this.modules = modules;
        this.bundles = bundles;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        StaticFiles.SECURITY_HEADERS.forEach(resp::setHeader);
        String method = req.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            resp.setHeader("Allow", "GET, HEAD");
            problem(resp, 405, "METHOD_NOT_ALLOWED", "不支持该请求方法", "method not allowed");
            return;
        }
        String path = req.getPathInfo();
        if (path == null) {
            // relative links of index.html need the trailing slash
            resp.setHeader("Cache-Control", "no-store");
            resp.sendRedirect(ALIAS + "/");
            return;
        }
        if (path.equals("/")) path = "/index.html";
        if (path.equals("/modules.json")) {
            resp.setHeader("Cache-Control", "no-store");
            send(resp, "application/json; charset=utf-8", modules.json().getBytes(StandardCharsets.UTF_8), "HEAD".equals(method));
            return;
        }
        String relative = path.substring(1);
        if (!StaticFiles.safe(relative) || StaticFiles.contentType(relative) == null) {
            notFound(resp);
            return;
        }
        Bundle from = own;
        String entry = "console/" + relative;
        if (relative.startsWith("modules/")) {
            String rest = relative.substring("modules/".length());
            int slash = rest.indexOf('/');
            PageModules.Module m = slash < 0 ? null : modules.find(rest.substring(0, slash)).orElse(null);
            from = m == null ? null : bundles.apply(m.bundleId());
            if (from == null) {
                notFound(resp);
                return;
            }
            entry = m.folder() + rest.substring(slash);
        }
        URL url = from.getEntry(entry);
        if (url == null) {
            notFound(resp);
            return;
        }
        // revalidated on every load, answered 304 while the contributing bundle is unchanged
        String etag = "\"" + from.getBundleId() + "-" + from.getLastModified() + "\"";
        resp.setHeader("ETag", etag);
        resp.setHeader("Cache-Control", "no-cache");
        if (etag.equals(req.getHeader("If-None-Match"))) {
            resp.setStatus(304);
            return;
        }
        URLConnection c = url.openConnection();
        try (InputStream in = c.getInputStream()) {
            send(resp, StaticFiles.contentType(relative), in.readAllBytes(), "HEAD".equals(method));
        }
    }

    private static void send(HttpServletResponse resp, String type, byte[] body, boolean head) throws IOException {
        resp.setStatus(200);
        resp.setContentType(type);
        resp.setContentLength(body.length);
        if (!head) {
            try (OutputStream out = resp.getOutputStream()) {
                out.write(body);
            }
        }
    }

    private static void notFound(HttpServletResponse resp) throws IOException {
        problem(resp, 404, "NOT_FOUND", "未找到该页面文件", "no such console file");
    }

    /** the same problem details as the API's, so the console never answers with a server page */
    private static void problem(HttpServletResponse resp, int status, String code, String zh, String en) throws IOException {
        resp.setHeader("Cache-Control", "no-store");
        String json = "{\"type\":\"about:blank\",\"title\":\"" + en + "\",\"status\":" + status + ",\"code\":\"" + code
                + "\",\"messageZh\":\"" + zh + "\",\"messageEn\":\"" + en + "\"}";
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("application/problem+json; charset=utf-8");
        resp.setContentLength(body.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(body);
        }
    }
}
