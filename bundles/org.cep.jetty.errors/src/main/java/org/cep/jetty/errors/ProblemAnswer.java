package org.cep.jetty.errors;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * A problem document (RFC 9457) for an answer the web server gives before or around the application:
 * the fields of the platform's own problems (type, title, status, code, messageZh, messageEn), so a
 * client reads every error the same way, and nothing that names the server's classes.
 */
public final class ProblemAnswer {
    static final String MEDIA_TYPE = "application/problem+json";

    static final ProblemAnswer UNSUPPORTED_CHARSET = new ProblemAnswer(415, "UNSUPPORTED_CHARSET",
            "Content-Type 中的字符集无法识别，请以 UTF-8 发送（Content-Type: application/json; charset=utf-8）",
            "unknown character set in Content-Type; send UTF-8 (Content-Type: application/json; charset=utf-8)");

    private final int status;
    private final String code;
    private final String zh;
    private final String en;

    private ProblemAnswer(int status, String code, String zh, String en) {
        this.status = status;
        this.code = code;
        this.zh = zh;
        this.en = en;
    }

    /** The answer for an error status; codes and texts shared with the application read the same. */
    static ProblemAnswer forStatus(int status) {
        return switch (status) {
            case 404 -> new ProblemAnswer(status, "NOT_FOUND", "请求的地址不存在", "no such endpoint or resource");
            case 405 -> new ProblemAnswer(status, "METHOD_NOT_ALLOWED", "该地址不支持此请求方法", "method not allowed on this endpoint");
            case 406 -> new ProblemAnswer(status, "NOT_ACCEPTABLE", "只提供 JSON 格式的响应", "responses are JSON only");
            case 408 -> new ProblemAnswer(status, "REQUEST_TIMEOUT", "请求超时，请重试", "the request timed out; try again");
            case 411 -> new ProblemAnswer(status, "LENGTH_REQUIRED", "请求须注明长度（Content-Length）", "the request needs a Content-Length");
            case 413 -> new ProblemAnswer(status, "PAYLOAD_TOO_LARGE", "请求体过大", "the request body is too large");
            case 414 -> new ProblemAnswer(status, "URI_TOO_LONG", "请求地址过长", "the request URI is too long");
            case 415 -> new ProblemAnswer(status, "UNSUPPORTED_MEDIA_TYPE", "请求体须为 JSON（Content-Type: application/json）",
                    "the body must be JSON (Content-Type: application/json)");
            case 431 -> new ProblemAnswer(status, "HEADERS_TOO_LARGE", "请求头过大", "the request header fields are too large");
            case 501 -> new ProblemAnswer(status, "NOT_IMPLEMENTED", "服务器不支持此请求方法", "the server does not support this request method");
            case 503 -> new ProblemAnswer(status, "SERVICE_UNAVAILABLE", "服务暂时不可用，请稍后重试", "the service is unavailable; try again later");
            case 505 -> new ProblemAnswer(status, "HTTP_VERSION_NOT_SUPPORTED", "不支持此 HTTP 版本", "HTTP version not supported");
            default -> status < 500
                    ? new ProblemAnswer(status, "BAD_REQUEST", "请求无效", "bad request")
                    : new ProblemAnswer(status, "INTERNAL_ERROR", "服务器内部错误，请稍后重试或联系管理员",
                            "internal error; try again later or contact your administrator");
        };
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    byte[] json() {
        StringBuilder b = new StringBuilder(256).append('{');
        field(b, "type", "urn:cep:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-')).append(',');
        field(b, "title", zh + " / " + en).append(",\"status\":").append(status).append(',');
        field(b, "code", code).append(',');
        field(b, "messageZh", zh).append(',');
        field(b, "messageEn", en).append('}');
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static StringBuilder field(StringBuilder b, String name, String value) {
        b.append('"').append(name).append("\":\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.append('"');
    }

    /** What both error handlers share: no stack, no servlet name, and not kept by a browser or proxy. */
    static void quiet(ErrorHandler handler) {
        handler.setShowStacks(false);
        handler.setShowServlet(false);
        handler.setCacheControl("no-store");
    }

    /** Writes this answer as the whole response (status, headers and body). */
    void writeTo(HttpServletResponse response) throws IOException {
        byte[] body = json();
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** For a request Jetty could not parse: the headers go into the given fields, the body is returned. */
    ByteBuffer toBadMessage(HttpFields fields) {
        fields.put("Content-Type", MEDIA_TYPE);
        fields.put("X-Content-Type-Options", "nosniff");
        fields.put("Cache-Control", "no-store");
        return ByteBuffer.wrap(json());
    }
}
