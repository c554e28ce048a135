package org.cep.platform.internal.shell;

import java.security.AccessController;
import java.security.Principal;

import javax.security.auth.Subject;

import org.apache.karaf.shell.api.console.Session;

/** The name the audit log records for a shell user. */
final class ShellUser {
    private ShellUser() {
    }

    @SuppressWarnings("removal")
    static String name(Session session) {
        Subject subject = Subject.getSubject(AccessController.getContext());
        if (subject != null) {
            for (Principal p : subject.getPrincipals()) {
                if (p.getClass().getSimpleName().equals("UserPrincipal")) return p.getName();
            }
        }
        Object user = session == null ? null : session.get("USER");
        return user == null ? "console" : user.toString();
    }
}
