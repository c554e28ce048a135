package org.cep.platform.api;

/**
 * The per-court, hash-chained audit log. Call it inside the transaction of the write it records,
 * so that the write and its entry commit or roll back together.
 */
public interface AuditLog {

    /** Records an action of the current request's user in the user's court. */
    void record(String action, String target, String detail);
}
