package org.cep.jetty.errors;

import java.io.IOException;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.servlet.ErrorPageErrorHandler;

/**
 * The error handler of every servlet context (etc/jetty-web.xml): 404 of paths no servlet serves,
 * 405 for TRACE, 500 when a servlet throws. pax-web gives each context its own ErrorPageErrorHandler,
 * which Jetty asks before the server's, so the server's handler alone does not reach these; pax-web
 * also expects this type, hence the subclass (error pages a bundle registers still win).
 */
public class ContextProblemErrorHandler extends ErrorPageErrorHandler {

    public ContextProblemErrorHandler() {
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
}
