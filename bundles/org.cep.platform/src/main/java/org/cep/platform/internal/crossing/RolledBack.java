package org.cep.platform.internal.crossing;

import java.util.function.Supplier;

import javax.transaction.SystemException;
import javax.transaction.TransactionManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

/**
 * Runs work in a transaction that is always rolled back: a read-only crossing cannot leave a write behind.
 * The transaction is marked rollback-only rather than broken by an exception, so the template ends it
 * quietly (an exception would be logged as a failure on every read).
 */
final class RolledBack {

    private RolledBack() {
    }

    static <R> R run(JpaTemplate jpa, TransactionManager tm, Supplier<R> work) {
        return jpa.txExpr(TransactionType.Required, em -> {
            R result = work.get();
            try {
                tm.setRollbackOnly();
            } catch (SystemException e) {
                throw new IllegalStateException("cannot mark the read-only crossing for rollback", e);
            }
            return result;
        });
    }
}
