package seizure;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import common.CourtFiles;
import common.Opts;

/** The prepare step, before Karaf starts: a fresh database and the extra court files with live-seizure. */
final class Prepare {
    private Prepare() {
    }

    /** Fresh database and the court files that bring the number of live-seizure courts up to --courts. */
    static void prepare(Opts o) throws Exception {
        CourtFiles.recreateDatabase(o);
        Path dir = Path.of(o.req("home")).resolve("tenant-config");
        List<Map<String, String>> courts = CourtFiles.readAll(dir);
        long live = courts.stream().filter(c -> CourtFiles.hasCapability(c, "live-seizure")).count();
        List<String> intermediates = CourtFiles.intermediates(courts);
        int add = (int) Math.max(0, o.integer("courts", 200) - live);
        System.out.printf("prepare: %d court file(s) shipped, %d with live-seizure; writing %d more basic courts"
                + " (computerization standard, capabilities = live-seizure) under %s%n", courts.size(), live, add, intermediates);
        CourtFiles.writeBasicCourts(dir, "bench-b", add, intermediates, "live-seizure", "bench/seizure/Prepare.java");
        System.out.printf("prepare: %d court files in %s, %d of them with live-seizure%n", courts.size() + add, dir, live + add);
    }
}
