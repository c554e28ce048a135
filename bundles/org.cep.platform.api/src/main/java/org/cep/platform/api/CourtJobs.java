package org.cep.platform.api;

import java.util.List;

/**
 * Runs a capability's periodic work once in each court that has the capability on. The platform
 * binds each court in turn as the system (audit actor {@code system:<job>@<court>}), the work opens its
 * own transaction (one per court), and a database lock per (job, court) keeps two nodes from running
 * the same court's job at the same time.
 */
public interface CourtJobs {

    /** What happened in one court: ran, skipped because another node held the lock, or failed. */
    record Outcome(String courtId, String result, String error) {
        public static final String RAN = "ran";
        public static final String LOCKED_ELSEWHERE = "locked-elsewhere";
        public static final String FAILED = "failed";
    }

    List<Outcome> forEachCourt(String jobName, String capabilityId, Runnable work);
}
