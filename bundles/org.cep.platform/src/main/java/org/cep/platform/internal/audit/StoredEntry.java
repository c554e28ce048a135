package org.cep.platform.internal.audit;

import java.util.Objects;

/**
 * An audit entry as read back from the database: its fields plus the hash stored alongside them.
 *
 * @param fields the stored fields
 * @param hash   the stored hash; may be null for a damaged row (then reported as edited)
 */
public record StoredEntry(AuditFields fields, String hash) {

    public StoredEntry {
        Objects.requireNonNull(fields, "fields");
    }
}
