package org.cep.platform.internal.rest;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;

import org.cep.platform.api.ProblemException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.jaxrs.cfg.JaxRSFeature;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

/**
 * JSON in and out, with two rules for every request body of every capability: a write needs a body
 * (empty or {@code null} is 400 FIELD_REQUIRED, never a null reaching the resource), and text holds no
 * control characters (NUL and the like are refused; newline, carriage return and tab are kept).
 */
final class JsonBodies extends JacksonJsonProvider {

    JsonBodies(ObjectMapper mapper) {
        super(mapper.registerModule(new SimpleModule("cep-text").addDeserializer(String.class, new CleanText())));
        // the writer cache is keyed by the resource method's annotations, whose hash codes (the OpenAPI ones are deep)
        // are computed again on every answer: building the writer is cheaper than finding it
        disable(JaxRSFeature.CACHE_ENDPOINT_WRITERS);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        Object body;
        try {
            body = super.readFrom(type, genericType, annotations, mediaType, httpHeaders, entityStream);
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            // the body itself could not be read (cut short, broken chunked framing): the client's fault, not a 500
            throw new ProblemException(400, "BODY_UNREADABLE", "请求体不完整或传输格式错误", "the request body is incomplete or badly framed");
        }
        if (body == null) throw ProblemException.required("body");
        return body;
    }

    /** Position of the first control character other than \n, \r and \t, or -1. */
    static int firstControlCharacter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || (c >= 0x7f && c <= 0x9f)) return i;
        }
        return -1;
    }

    private static final class CleanText extends StdScalarDeserializer<String> {
        CleanText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                // numbers or booleans where text is expected are a type error, as before
                return (String) ctxt.handleUnexpectedToken(String.class, p);
            }
            String text = p.getText();
            int at = firstControlCharacter(text);
            if (at >= 0) {
                String field = p.currentName() == null ? "body" : p.currentName();
                throw ProblemException.badField("INVALID_CHARACTERS", field,
                        "字段 " + field + " 含有不可见的控制字符（第 " + (at + 1) + " 个字符），请删除后重试",
                        "field " + field + " contains a control character (at position " + (at + 1) + "); remove it");
            }
            return text;
        }
    }
}
