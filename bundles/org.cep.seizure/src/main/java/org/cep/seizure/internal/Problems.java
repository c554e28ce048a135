package org.cep.seizure.internal;

import org.cep.platform.api.ProblemException;

/** Refusals of this capability, with stable codes. */
final class Problems {
    private Problems() {
    }

    static ProblemException bad(String code, String field, String zh, String en) {
        return ProblemException.badField(code, field, zh, en);
    }

    /** Domain classes report bad input as "中文 / English". */
    static ProblemException fromDomain(String code, String field, IllegalArgumentException e) {
        return ProblemException.fromBilingual(400, code, field, e.getMessage());
    }

    static ProblemException notFound(String whatZh, String whatEn, long id) {
        return new ProblemException(404, "NOT_FOUND", "本院无此" + whatZh + "：" + id, "no such " + whatEn + " in your court: " + id);
    }

    static ProblemException conflict(String code, String zh, String en) {
        return new ProblemException(409, code, zh, en);
    }

    static ProblemException required(String field) {
        return ProblemException.required(field);
    }
}
