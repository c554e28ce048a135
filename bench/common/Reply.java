package common;

import java.util.List;
import java.util.Map;

/** One HTTP answer. */
public record Reply(int status, String body, long nanos) {
    public Object json() {
        return Json.parse(body);
    }

    public Map<?, ?> map() {
        return (Map<?, ?>) json();
    }

    public List<?> list() {
        return (List<?>) json();
    }

    public long num(String key) {
        return ((Number) map().get(key)).longValue();
    }

    /** The size of the body in UTF-8. */
    public long bytes() {
        return body == null ? 0 : body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    public String code() {
        try {
            Object c = body == null || !body.startsWith("{") ? null : map().get("code");
            return c == null ? "" : c.toString();
        } catch (RuntimeException e) {
            return "";
        }
    }

    @Override
    public String toString() {
        String b = body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
        return "HTTP " + status + " " + b;
    }
}
