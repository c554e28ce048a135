package seizure;

import java.util.List;
import java.util.Map;

import common.Json;

/** One HTTP answer. */
record Reply(int status, String body, long nanos) {
    Object json() {
        return Json.parse(body);
    }

    Map<?, ?> map() {
        return (Map<?, ?>) json();
    }

    List<?> list() {
        return (List<?>) json();
    }

    long num(String key) {
        return ((Number) map().get(key)).longValue();
    }

    String code() {
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
