package org.cep.platform.api;

import java.util.Set;
import java.util.function.Supplier;

/**
 * Who is asking and for which court. The platform binds it to the request thread after
 * authentication and clears it when the request ends; the court is always the authenticated
 * user's own court, never one the client names.
 */
public record CourtContext(long userId, String username, String courtId, Set<Role> roles, String requestId) {

    private static final ThreadLocal<CourtContext> CURRENT = new ThreadLocal<>();

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** "username@court", as the audit log names the actor. */
    public String actor() {
        return username + "@" + courtId;
    }

    /** @throws IllegalStateException when no request is bound: tenant data is never read without a court */
    public static CourtContext current() {
        CourtContext c = CURRENT.get();
        if (c == null) {
            throw new IllegalStateException("no court bound to this thread");
        }
        return c;
    }

    /** Platform use only: binds the context of the request being handled. */
    public static void bind(CourtContext context) {
        CURRENT.set(context);
    }

    /** Platform use only: called when a request ends, whatever happened. */
    public static void clear() {
        CURRENT.remove();
    }

    /** Runs work as the given context and restores what was bound before, even on failure. */
    public static <R> R runAs(CourtContext context, Supplier<R> work) {
        CourtContext previous = CURRENT.get();
        CURRENT.set(context);
        try {
            return work.get();
        } finally {
            if (previous == null) CURRENT.remove(); else CURRENT.set(previous);
        }
    }
}
