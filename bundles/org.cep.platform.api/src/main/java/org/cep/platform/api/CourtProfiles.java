package org.cep.platform.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the province may know of a court without reading its data: place in the hierarchy, computerization
 * level and the capabilities it has switched on, each with the moment of its last switch (so a capability
 * switched on during a period can be told apart from one that was on before).
 */
public interface CourtProfiles {

    /**
     * @param switchedOnMicros the capabilities the court has on (always-on ones left out), each with the UTC epoch
     *                         microseconds of the switch that turned it on
     */
    record Profile(String courtId, String nameZh, String nameEn, CourtLevel level, String parentId,
                   ComputerizationLevel computerization, Map<String, Long> switchedOnMicros) {
    }

    /** An active court's profile; empty when no active court has this id. */
    Optional<Profile> profile(String courtId);

    /** The high court and every active court of its jurisdiction, in one read (for ranking a whole province). */
    List<Profile> province(String highCourtId);
}
