package org.cep.jetty.errors;

import java.io.IOException;
import java.nio.ByteBuffer;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * The server's error handler (etc/jetty.xml): answers to requests Jetty refuses before any context
 * (bad request line, NUL in the path, URI or headers too long, unknown HTTP version) and to errors
 * outside a context. Jetty's own writes HTML naming servlets and exception classes. Jetty refuses an
 * ErrorPageMapper here and pax-web wants one in each context, hence two small classes (see
 * ContextProblemErrorHandler) writing the same {@link ProblemAnswer}.
 */
public class ProblemErrorHandler extends ErrorHandler {

    public ProblemErrorHandler() {
        ProblemAnswer.quiet(this);
    }

    /** Jetty's default writes a body for GET, POST and HEAD only; PATCH or TRACE would get an empty 4xx/5xx. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response,
                                              int code, String message) throws IOException {
        ProblemAnswer.forStatus(code).writeTo(response);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
        return ProblemAnswer.forStatus(status).toBadMessage(fields);
    }
}
