package org.cep.platform.api;

import java.util.List;

/** Which courts exist and what they have switched on; for jobs that run for every court, outside any request. */
public interface CourtDirectory {

    /** Ids of the active courts that have the capability switched on. */
    List<String> activeCourtsWith(String capabilityId);
}
