package org.cep.platform.api;

import java.util.Set;
import java.util.function.Supplier;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Who is asking and for which court. The platform binds it to the thread: the request pipeline after
 * authentication (the court is the authenticated user's own, never one the client names), the job
 * runner for each court it visits, and the crossing service for the target court of a crossing.
 * Capability code only reads it: binding is the platform's alone (see {@link #binding()}).
 *
 * @param courtId     the court whose data the work reads and writes
 * @param homeCourtId the user's own court: differs from {@code courtId} only inside a crossing
 * @param purpose     the crossing's purpose (e.g. {@code FILE_ACCESS}), or null outside a crossing
 */
public record CourtContext(long userId, String username, String courtId, Set<Role> roles, String requestId,
                           String homeCourtId, String purpose) {

    /** The only bundle allowed to bind a court to a thread. */
    static final String PLATFORM_BUNDLE = "org.cep.platform";

    private static final ThreadLocal<CourtContext> CURRENT = new ThreadLocal<>();
    private static final Binding BINDING = new Binding();

    /** A user (or the system) working in their own court. */
    public CourtContext(long userId, String username, String courtId, Set<Role> roles, String requestId) {
        this(userId, username, courtId, roles, requestId, courtId, null);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** "username@home court", as the audit log names the actor, also inside a crossing. */
    public String actor() {
        return username + "@" + homeCourtId;
    }

    /** True inside a crossing: the work runs in another court than the user's own. */
    public boolean crossing() {
        return !courtId.equals(homeCourtId);
    }

    /** @throws IllegalStateException when no court is bound: tenant data is never read without a court */
    public static CourtContext current() {
        CourtContext c = CURRENT.get();
        if (c == null) {
            throw new IllegalStateException("no court bound to this thread");
        }
        return c;
    }

    /**
     * The handle that binds courts to threads, given to the platform bundle only: a capability that
     * could bind would act as any court it liked, so it must go through the crossing service instead.
     *
     * @throws SecurityException when called from any class outside the platform bundle
     */
    public static Binding binding() {
        Class<?> caller = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).getCallerClass();
        Bundle bundle = FrameworkUtil.getBundle(caller);
        if (bundle == null || !PLATFORM_BUNDLE.equals(bundle.getSymbolicName())) {
            throw new SecurityException("only the platform binds a court to work; " + caller.getName() + " may not");
        }
        return BINDING;
    }

    /** Binding operations; obtainable through {@link #binding()} only. */
    public static final class Binding {
        private Binding() {
        }

        /** Binds the context of the request being handled. */
        public void bind(CourtContext context) {
            CURRENT.set(context);
        }

        /** Called when a request ends, whatever happened. */
        public void clear() {
            CURRENT.remove();
        }

        /** Runs work as the given context and restores what was bound before, even on failure. */
        public <R> R call(CourtContext context, Supplier<R> work) {
            CourtContext previous = CURRENT.get();
            CURRENT.set(context);
            try {
                return work.get();
            } finally {
                if (previous == null) CURRENT.remove(); else CURRENT.set(previous);
            }
        }
    }
}
