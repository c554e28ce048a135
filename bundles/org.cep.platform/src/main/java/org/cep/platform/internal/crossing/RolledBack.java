package org.cep.platform.internal.crossing;

import java.util.function.Supplier;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

/** Runs work in a transaction that is always rolled back: a read-only crossing cannot leave a write behind. */
final class RolledBack {

    /** Carries the work's result out of the transaction that the throw rolls back. */
    private static final class Undo extends RuntimeException {
        private final transient Object result;

        Undo(Object result) {
            super("rolled back on purpose", null, false, false);
            this.result = result;
        }
    }

    private RolledBack() {
    }

    @SuppressWarnings("unchecked")
    static <R> R run(JpaTemplate jpa, Supplier<R> work) {
        try {
            jpa.tx(TransactionType.Required, em -> {
                throw new Undo(work.get());
            });
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof Undo undo) return (R) undo.result;
            }
            throw e;
        }
        throw new IllegalStateException("unreachable: the work's transaction always rolls back");
    }
}
