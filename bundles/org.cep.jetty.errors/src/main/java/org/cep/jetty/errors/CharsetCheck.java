package org.cep.jetty.errors;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.Enumeration;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;

/**
 * Refuses (415 UNSUPPORTED_CHARSET) a request whose Content-Type names a character set this server
 * does not know, before any servlet sees it. CXF checks the charset while it sets up the message,
 * before the application's filters and exception mappers exist, and failed with an IOException that
 * became a 500 naming servlet and exception classes, on every endpoint and without login.
 */
public final class CharsetCheck implements HttpConfiguration.Customizer {
    private static final String CHARSET = "charset=";

    @Override
    public void customize(Connector connector, HttpConfiguration channelConfig, Request request) {
        for (Enumeration<String> types = request.getHeaders("Content-Type"); types.hasMoreElements(); ) {
            if (!knownCharsets(types.nextElement())) {
                try {
                    ProblemAnswer.UNSUPPORTED_CHARSET.writeTo(request.getResponse());
                } catch (IOException clientGone) {
                    // nothing more to tell a client that left
                }
                request.setHandled(true);
                return;
            }
        }
    }

    /**
     * True when every charset parameter of a Content-Type value names a character set known here. Every
     * "charset=" counts, in any letter case, as CXF and Jetty each find it their own way; empty is no charset.
     */
    static boolean knownCharsets(String contentType) {
        for (int at = indexOfCharset(contentType, 0); at >= 0; at = indexOfCharset(contentType, at + CHARSET.length())) {
            int end = contentType.indexOf(';', at);
            String value = contentType.substring(at + CHARSET.length(), end < 0 ? contentType.length() : end).trim();
            if (value.startsWith("\"")) {
                if (value.length() < 2 || !value.endsWith("\"")) return false;
                value = value.substring(1, value.length() - 1).trim();
            }
            if (value.isEmpty()) continue;
            try {
                if (!Charset.isSupported(value)) return false;
            } catch (IllegalCharsetNameException e) {
                return false;
            }
        }
        return true;
    }

    private static int indexOfCharset(String s, int from) {
        for (int i = from; i + CHARSET.length() <= s.length(); i++) {
            if (s.regionMatches(true, i, CHARSET, 0, CHARSET.length())) return i;
        }
        return -1;
    }
}
