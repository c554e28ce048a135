package org.cep.platform.api;

/**
 * A refusal a user can read: turned into an RFC 9457 problem (application/problem+json) with a
 * stable {@code code}, the message in Chinese and English, and the field at fault when there is one.
 * Throwing it inside a transaction rolls the whole write back.
 */
public class ProblemException extends RuntimeException {
    private final int status;
    private final String code;
    private final String messageZh;
    private final String messageEn;
    private final String field;

    public ProblemException(int status, String code, String messageZh, String messageEn, String field) {
        super(code + ": " + messageEn);
        this.status = status;
        this.code = code;
        this.messageZh = messageZh;
        this.messageEn = messageEn;
        this.field = field;
    }

    public ProblemException(int status, String code, String messageZh, String messageEn) {
        this(status, code, messageZh, messageEn, null);
    }

    public static ProblemException badField(String code, String field, String messageZh, String messageEn) {
        return new ProblemException(400, code, messageZh, messageEn, field);
    }

    public static ProblemException required(String field) {
        return badField("FIELD_REQUIRED", field, "缺少必填字段：" + field, "missing required field: " + field);
    }

    /** For rule classes that report bad input as one "中文 / English" message. */
    public static ProblemException fromBilingual(int status, String code, String field, String message) {
        String[] parts = String.valueOf(message).split(" / ", 2);
        return new ProblemException(status, code, parts[0], parts.length > 1 ? parts[1] : parts[0], field);
    }

    public static ProblemException notFound(String whatZh, String whatEn, String id) {
        return new ProblemException(404, "NOT_FOUND", "未找到" + whatZh + "：" + id, whatEn + " not found: " + id);
    }

    /** 404 for a court id that names no (active) court; the one wording every bundle uses. */
    public static ProblemException courtNotFound(String courtId, String field) {
        return new ProblemException(404, "COURT_NOT_FOUND", "未找到法院：" + courtId, "no such court: " + courtId, field);
    }

    public int status() { return status; }
    public String code() { return code; }
    public String messageZh() { return messageZh; }
    public String messageEn() { return messageEn; }
    public String field() { return field; }
}
