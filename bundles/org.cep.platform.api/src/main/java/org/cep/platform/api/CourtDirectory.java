package org.cep.platform.api;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which courts exist, how they stand in the hierarchy (supreme → high → intermediate → basic) and what
 * they have switched on. Public within the province: names and structure, never a court's data.
 */
public interface CourtDirectory {

    /** A court as the directory describes it. */
    record Court(String id, String nameZh, String nameEn, CourtLevel level, String parentId, boolean active) {
    }

    /** Ids of the active courts that have the capability switched on. */
    List<String> activeCourtsWith(String capabilityId);

    /** The court, active or not; empty when no court has this id. */
    Optional<Court> court(String courtId);

    /** Chinese names of the given courts, by id; an unknown id is left out. For lists that name many courts at once. */
    default Map<String, String> namesZh(Collection<String> courtIds) {
        Map<String, String> names = new HashMap<>();
        for (String id : courtIds) court(id).ifPresent(c -> names.put(id, c.nameZh()));
        return names;
    }

    /** The courts whose parent is this court. */
    List<Court> children(String courtId);

    /** Every court below this one, at any depth (its jurisdiction), in id order; empty for a basic court. */
    List<Court> jurisdiction(String courtId);

    /** True when {@code courtId} is below {@code higherCourtId} at any depth (a court is not under itself). */
    default boolean isUnder(String courtId, String higherCourtId) {
        return jurisdiction(higherCourtId).stream().anyMatch(c -> c.id().equals(courtId));
    }
}
