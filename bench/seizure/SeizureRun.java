package seizure;

import java.util.List;

import common.KarafRun;
import common.Opts;

/** The live-seizure benchmark's run: what common.KarafRun holds, plus the constants of this benchmark. */
class SeizureRun extends KarafRun {
    static final List<String> IN_FORCE = List.of("ACTIVE", "SALE_REPORTED", "SALE_APPROVED", "VIOLATION");
    static final long FIRST_ID = 10_000_000L;
    static final double TARGET_P99_MS = 50.0;
    static final String EXPIRING_SQL = "SELECT * FROM seizure WHERE tenant_id = ? AND state IN ('ACTIVE','SALE_REPORTED',"
            + "'SALE_APPROVED','VIOLATION') AND expiry_date <= ? ORDER BY expiry_date, id LIMIT 1000";

    SeizureRun(Opts o) {
        super(o);
    }

    SeizureRun(KarafRun run) {
        super(run);
    }
}
