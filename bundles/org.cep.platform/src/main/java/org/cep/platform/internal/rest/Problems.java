package org.cep.platform.internal.rest;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.ws.rs.core.Response;

import org.cep.platform.api.ProblemException;

/** Builds RFC 9457 problem responses: stable code, message in Chinese then English, field at fault. */
public final class Problems {
    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    public static Response of(ProblemException p, String requestId) {
        return of(p.status(), p.code(), p.messageZh(), p.messageEn(), p.field(), requestId);
    }

    public static Response of(int status, String code, String zh, String en, String field, String requestId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:cep:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-'));
        body.put("title", zh + " / " + en);
        body.put("status", status);
        body.put("code", code);
        body.put("messageZh", zh);
        body.put("messageEn", en);
        if (field != null) body.put("field", field);
        if (requestId != null) body.put("requestId", requestId);
        Response.ResponseBuilder b = Response.status(status).type(MEDIA_TYPE).entity(body);
        if (status == 401) b.header("WWW-Authenticate", "Bearer");
        return b.build();
    }
}
