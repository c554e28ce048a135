package org.cep.platform.api;

import java.util.List;

/**
 * Key figures a capability publishes about the court bound to the thread (its own, or the target of a crossing),
 * for views that put two courts side by side. A capability registers one as an OSGi service.
 */
public interface CourtKpis {

    /** @param unit {@code count}, {@code fen}, {@code days} or {@code permille} */
    record Kpi(String key, String labelZh, String labelEn, long value, String unit) {
    }

    /** The capability these figures belong to; they are shown only for courts that have it on. */
    String capabilityId();

    List<Kpi> kpis();
}
