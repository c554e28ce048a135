package training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import common.ClosedLoop;
import common.KarafRun;
import common.Reply;

/**
 * Phase 3: drill submissions per second. --drill-threads officers of one court submit attempts (10 questions each,
 * scored and kept in their court, one audit entry each) as fast as the answers come: first on a module of their own
 * court, then on a module another court of the province shares with theirs (the answer key read through an audited
 * crossing under the SHARE grant, the attempt kept in the officers' court).
 */
final class DrillLoad extends KarafRun {
    static final int QUESTIONS = 10;

    DrillLoad(KarafRun run) {
        super(run);
    }

    record Drill(String path, List<Map<String, Object>> answers) {
    }

    void run(String court, ShareLoad.Provinces p) throws Exception {
        title("3. Drill submissions per second (" + court + ")");
        int threads = o.integer("drill-threads", 8);
        int seconds = o.integer("drill-duration", 20);
        List<String> officers = new ArrayList<>();
        for (int t = 0; t < threads; t++) officers.add(userToken(court, "tb-officer-" + t, "enforcement-officer", "执行员" + t));

        Drill own = drill(court, null);
        measure("own module", own, officers, seconds);

        String owner = p.province(court).stream().filter(c -> !c.equals(court)).findFirst().orElseThrow();
        Drill shared = drill(owner, court);
        measure("module shared by " + owner, shared, officers, seconds);
    }

    /** A trainer of the court writes a module with 10 questions; shared with {@code with} when given (by its court admin). */
    Drill drill(String court, String with) throws Exception {
        String trainer = userToken(court, "tb-trainer" + (with == null ? "" : "-s"), "trainer", "培训员");
        Reply m = send("POST", "/training/modules", trainer, Map.of("titleZh", "执行和解实务演练", "bodyZh", "演练正文。", "stages", List.of("SETTLEMENT")));
        if (m.status() != 201) throw new IllegalStateException("module: " + m);
        long id = m.num("id");
        List<Map<String, Object>> answers = new ArrayList<>();
        for (int q = 0; q < QUESTIONS; q++) {
            boolean multiple = q % 3 == 2;
            Reply r = send("POST", "/training/modules/" + id + "/questions", trainer, Map.of("kind", multiple ? "MULTIPLE" : "SINGLE",
                    "prompt", "第 " + (q + 1) + " 题：执行和解协议的效力？", "options", List.of("甲", "乙", "丙", "丁"),
                    "correct", multiple ? List.of(0, 2) : List.of(q % 4), "explanation", "依照执行和解的规定。"));
            if (r.status() != 201) throw new IllegalStateException("question: " + r);
            answers.add(Map.of("questionId", r.num("id"), "chosen", multiple ? List.of(0, 2) : List.of(q % 4)));
        }
        if (with == null) return new Drill("/training/modules/" + id + "/attempts", answers);
        String admin = userToken(court, "tb-admin-s", "court-admin", "管理员");
        Reply s = send("POST", "/training/modules/" + id + "/shares", admin, Map.of("courtIds", List.of(with)));
        if (s.status() != 201) throw new IllegalStateException("share: " + s);
        long grant = ((Number) ((Map<?, ?>) s.list().get(0)).get("grantId")).longValue();
        return new Drill("/training/shared/" + court + "/modules/" + id + "/attempts?grant=" + grant, answers);
    }

    void measure(String what, Drill d, List<String> officers, int seconds) throws Exception {
        Map<String, Object> body = Map.of("answers", d.answers());
        Reply first = send("POST", d.path(), officers.get(0), body);
        if (first.status() != 201) throw new IllegalStateException("attempt: " + first);
        System.out.println("one attempt (" + what + "): " + ms(first.nanos() / 1e6) + " ms, score " + first.num("score") + "/" + first.num("maxScore"));
        long before = scalar("SELECT COUNT(*) FROM tr_attempt");
        quietWait();
        ClosedLoop loop = ClosedLoop.run(procs, officers.size(), 3, seconds, 201, t -> sendQuietly("POST", d.path(), officers.get(t), body));
        long stored = scalar("SELECT COUNT(*) FROM tr_attempt") - before;
        System.out.printf("%d officers, %d s (%s): %.0f submissions/s, %s; CPU %s; %,d attempts stored over the run (warm-up included: %,d"
                + " answered 201)%n", officers.size(), seconds, what, loop.perSecond(), loop.lat.line(), loop.cpuReport(procs), stored, loop.okTotal);
        loop.printKinds();
        if (stored != loop.okTotal) notes.add("Drill load (" + what + "): " + loop.okTotal + " answers 201 but " + stored + " attempts stored.");
        summary.add(new String[] {"drill submissions/s, " + officers.size() + " officers, " + what, String.format(Locale.ROOT, "%.0f/s, p99 %s ms",
                loop.perSecond(), ms(loop.lat.pct(99))), "-", loop.others("") == 0 ? "-" : loop.others("") + " errors"});
    }
}
