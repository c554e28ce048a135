package org.cep.platform.internal.rest;

import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import javax.persistence.OptimisticLockException;
import javax.persistence.PersistenceException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.cep.platform.api.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The one place a failure becomes an HTTP answer. Whatever is thrown, the client gets a problem
 * document and never a stack trace; unexpected failures are logged with the request id.
 */
public final class ProblemMappers implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemMappers.class);

    /** Unique keys of the platform and of every installed capability, longest name first (no prefix mix-ups). */
    private final List<Map.Entry<String, ProblemException>> uniqueKeys;

    ProblemMappers(Map<String, ProblemException> uniqueKeys) {
        this.uniqueKeys = uniqueKeys.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, ProblemException> e) -> e.getKey().length()).reversed())
                .collect(Collectors.toList());
    }

    @Override
    public Response toResponse(Throwable thrown) {
        String requestId = RequestPipeline.currentRequestId();
        // a refusal of ours wins wherever it sits in the chain (Jackson and CXF wrap what their callbacks throw)
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof ProblemException p) return Problems.of(p, requestId);
        }
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof InvalidDefinitionException) break; // our own type cannot be written: a server fault
            if (t instanceof JsonProcessingException j) return json(j, requestId);
            // javax.persistence's or EclipseLink's own, depending on whether it surfaced at flush or at commit
            if (t instanceof OptimisticLockException || t.getClass().getSimpleName().equals("OptimisticLockException")) {
                return Problems.of(409, "CONFLICT", "数据已被他人修改，请刷新后重试",
                        "the record was changed by someone else; reload and try again", null, requestId);
            }
        }
        Response race = databaseRace(thrown, requestId);
        if (race != null) return race;
        if (thrown instanceof WebApplicationException w && w.getResponse().getStatus() < 500) {
            return byStatus(w.getResponse().getStatus(), requestId);
        }
        if (thrown instanceof PersistenceException) {
            LOG.error("Database failure in request {}", requestId, thrown);
            return Problems.of(503, "DATABASE_UNAVAILABLE", "数据库暂时不可用，请稍后重试",
                    "the database is unavailable; try again later", null, requestId);
        }
        LOG.error("Unexpected failure in request {}", requestId, thrown);
        return Problems.of(500, "INTERNAL_ERROR", "服务器内部错误，请联系管理员并提供请求编号",
                "internal error; report the request id to your administrator", null, requestId);
    }

    /**
     * Two requests racing for one unique value, or a deadlock between them, is the client's conflict
     * (409), not a database outage: the key names the field, and nothing was written.
     */
    private Response databaseRace(Throwable thrown, String requestId) {
        SQLException sql = null;
        StringBuilder messages = new StringBuilder();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t.getMessage() != null) messages.append(t.getMessage()).append('\n');
            if (sql == null && t instanceof SQLException s) sql = s;
        }
        if (sql == null || sql.getSQLState() == null) return null;
        String state = sql.getSQLState();
        if (state.startsWith("23")) {
            String text = messages.toString().toLowerCase(Locale.ROOT);
            for (Map.Entry<String, ProblemException> key : uniqueKeys) {
                if (text.contains(key.getKey().toLowerCase(Locale.ROOT))) return Problems.of(key.getValue(), requestId);
            }
            LOG.warn("Constraint violation not mapped to a field in request {}: {}", requestId, sql.getMessage());
            return Problems.of(409, "CONFLICT", "与已有数据冲突，请刷新后重试", "conflicts with existing data; reload and try again",
                    null, requestId);
        }
        if (state.equals("40001") || state.equals("40P01")) {
            return Problems.of(409, "CONFLICT", "数据正被他人同时修改，请重试", "someone changed the same data at the same moment; try again",
                    null, requestId);
        }
        return null;
    }

    /** The problem for a bare error status (CXF's own refusals carry no entity). */
    static Response byStatus(int status, String requestId) {
        return switch (status) {
            case 404 -> Problems.of(404, "NOT_FOUND", "请求的地址不存在", "no such endpoint or resource", null, requestId);
            case 405 -> Problems.of(405, "METHOD_NOT_ALLOWED", "该地址不支持此请求方法", "method not allowed on this endpoint", null, requestId);
            case 406 -> Problems.of(406, "NOT_ACCEPTABLE", "只提供 JSON 格式的响应", "responses are JSON only", null, requestId);
            case 415 -> Problems.of(415, "UNSUPPORTED_MEDIA_TYPE", "请求体须为 JSON（Content-Type: application/json）",
                    "the body must be JSON (Content-Type: application/json)", null, requestId);
            default -> Problems.of(status, "BAD_REQUEST", "请求无效", "bad request", null, requestId);
        };
    }

    private static Response json(JsonProcessingException j, String requestId) {
        if (j instanceof JsonParseException) {
            return Problems.of(400, "MALFORMED_JSON", "请求体不是有效的 JSON", "the body is not valid JSON", null, requestId);
        }
        String field = j instanceof JsonMappingException m && !m.getPath().isEmpty()
                ? m.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                        .collect(Collectors.joining("."))
                : null;
        if (j instanceof UnrecognizedPropertyException u) {
            return Problems.of(400, "UNKNOWN_FIELD", "未知字段：" + u.getPropertyName(), "unknown field: " + u.getPropertyName(),
                    field, requestId);
        }
        if (j instanceof JsonMappingException && field == null) {
            return Problems.of(400, "MALFORMED_JSON", "请求体为空或格式错误", "the body is empty or malformed", null, requestId);
        }
        return Problems.of(400, "INVALID_FIELD_TYPE", "字段类型错误：" + field, "wrong type for field: " + field, field, requestId);
    }
}
