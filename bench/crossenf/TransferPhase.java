package crossenf;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import common.KarafRun;
import common.Lat;
import common.Procs.Cpu;
import common.Reply;

/**
 * Phase 2: a case with 200 documents in the original court, an art. 237 application at hlj-high decided as DESIGNATE,
 * then the package sent, opened and accepted; repeated on several cases.
 */
final class TransferPhase extends CeRun {
    TransferPhase(KarafRun run) {
        super(run);
    }

    void run(CrossEnfBench.Cast c) throws Exception {
        int rounds = o.integer("transfers", 5);
        int docs = o.integer("docs", 200);
        int docKb = o.integer("doc-kb", 50);
        int uploaders = o.integer("upload-threads", 2);
        title("2. Transfer of a case package with " + docs + " documents (" + rounds + " cases, " + c.original() + " -> " + c.receiving() + ")");
        System.out.println("per case: POST /cases, " + docs + " documents of about " + docKb + " KB uploaded through the API"
                + " (POST /cross-enforcement/cases/{id}/documents?name=…, raw body, " + uploaders + " upload threads), two inquiry results,");
        System.out.println("an application entered by the clerk of hlj-high and decided DESIGNATE by its supervisor; then timed, one after the other:");
        System.out.println("send (POST /orders/{id}/transfer, original court), open (POST /incoming/{grant}/open) and accept"
                + " (POST /incoming/{grant}/accept), receiving court");
        double[] send = new double[rounds];
        double[] open = new double[rounds];
        double[] accept = new double[rounds];
        double[] total = new double[rounds];
        double[] readback = new double[rounds];
        long[] dbBytes = new long[rounds];
        long packageBytes = 0;
        long packageJsonBytes = 0;
        long readbackBytes = 0;
        Lat uploads = new Lat();
        double uploadSecs = 0;
        int year = today.getYear();
        int code = 1000 + Integer.parseInt(c.original().substring(CrossEnfBench.PREFIX.length())) - 1;
        int receivingCode = 1000 + Integer.parseInt(c.receiving().substring(CrossEnfBench.PREFIX.length())) - 1;
        for (int i = 0; i < rounds; i++) {
            String number = "（" + year + "）黑" + code + "执" + (9_000_001 + i) + "号";
            Reply created = expect(send("POST", "/cases", c.officerO(), Map.of("caseNumber", number, "applicant", "某饲料店",
                    "respondent", "某养殖公司" + i, "amountOwedFen", 9_300_000)), 201);
            long caseId = created.num("id");
            for (String kind : List.of("BANK_ACCOUNT", "VEHICLE")) {
                expect(send("POST", CE + "/cases/" + caseId + "/assets", c.officerO(), Map.of("kind", kind, "description", "基准测试 " + kind,
                        "valueFen", 1_250_000, "measure", "BANK_ACCOUNT".equals(kind) ? "FROZEN" : "SEIZED", "foundOn", today.toString(),
                        "measureOn", today.toString())), 201);
            }
            long tu = System.nanoTime();
            upload(caseId, c.officerO(), docs, docKb, uploaders, i, uploads);
            uploadSecs += secs(tu);

            Reply app = expect(send("POST", CE + "/applications", c.highClerk(), Map.of("originalCourtId", c.original(), "caseNumber", number,
                    "applicant", "某饲料店", "grounds", "立案逾六个月未执行，申请异地执行（基准测试）", "receivedOn", today.toString())), 201);
            Reply decided = expect(send("POST", CE + "/applications/" + app.num("id") + "/decision", c.highSupervisor(), Map.of("type",
                    "DESIGNATE", "namedCourtId", c.receiving(), "deadline", today.plusDays(30).toString(), "reason", "原执行法院长期未执行")), 200);
            long orderId = decided.num("orderId");
            long grantId = decided.num("grantId");

            if (i == 0) quietWait();
            Cpu c0 = procs.cpu();
            Reply sent = expect(send("POST", CE + "/orders/" + orderId + "/transfer", c.officerO(), Map.of()), 200);
            Reply opened = expect(send("POST", CE + "/incoming/" + grantId + "/open", c.officerR(), Map.of()), 200);
            String newNumber = "（" + year + "）黑" + receivingCode + "执" + (9_000_001 + i) + "号";
            Reply accepted = expect(send("POST", CE + "/incoming/" + grantId + "/accept", c.officerR(), Map.of("caseNumber", newNumber)), 200);
            Cpu c1 = procs.cpu();
            send[i] = sent.nanos() / 1e6;
            open[i] = opened.nanos() / 1e6;
            accept[i] = accepted.nanos() / 1e6;
            total[i] = send[i] + open[i] + accept[i];
            packageBytes = sent.num("packageBytes");
            packageJsonBytes = opened.bytes();
            long sentDocs = sent.num("documents");
            long acceptedDocs = accepted.num("documents");
            long newCase = ((Number) ((Map<?, ?>) accepted.map().get("localCase")).get("id")).longValue();
            long readbackGrant = accepted.num("readbackGrantId");
            int listed = expect(send("GET", CE + "/cases/" + newCase + "/documents", c.officerR(), null), 200).list().size();
            // the original court reads the case back under the grant it got: the file lists the 200 documents
            long sentBefore = status("Bytes_sent");
            Reply back = expect(send("GET", CE + "/courts/" + c.receiving() + "/cases/" + newCase + "/file?grant=" + readbackGrant,
                    c.officerO(), null), 200);
            dbBytes[i] = status("Bytes_sent") - sentBefore;
            readback[i] = back.nanos() / 1e6;
            readbackBytes = back.bytes();
            System.out.printf("  case %d: send %s ms, open %s ms, accept %s ms, total %s ms; package %s (packageBytes %,d), %d documents sent,"
                            + " %d accepted, %d listed in the new case %d; read back under the grant: %s ms (answer %s; MariaDB sent %s meanwhile)%n",
                    caseId, ms(send[i]), ms(open[i]), ms(accept[i]), ms(total[i]), mib(packageBytes), packageBytes, sentDocs, acceptedDocs,
                    listed, newCase, ms(readback[i]), mib(readbackBytes), mib(dbBytes[i]));
            System.out.println("    CPU during send+open+accept: " + procs.report(c0, c1));
            if (sentDocs != docs || acceptedDocs != docs || listed != docs) {
                notes.add("Transfer of case " + caseId + ": " + sentDocs + " documents sent, " + acceptedDocs + " accepted, " + listed
                        + " listed in the receiving court; " + docs + " expected.");
            }
        }
        System.out.printf("uploads: %d documents in %.1f s (%.0f/s with %d threads), latency %s%n", uploads.count(), uploadSecs,
                uploads.count() / uploadSecs, uploaders, uploads.line());
        System.out.printf("package: packageBytes %,d (the JSON the original court stores, %s as opened, plus the documents' bytes)%n",
                packageBytes, mib(packageJsonBytes));
        System.out.println("min / median / max over " + rounds + " cases (ms): send " + mmm(send) + ", open " + mmm(open) + ", accept "
                + mmm(accept) + ", total " + mmm(total));
        summary.add(new String[]{"Transfer, " + docs + " docs (" + mib(packageBytes) + "): send min/med/max", mmm(send) + " ms", "-", "info"});
        summary.add(new String[]{"  open min/med/max", mmm(open) + " ms", "-", "info"});
        summary.add(new String[]{"  accept min/med/max", mmm(accept) + " ms", "-", "info"});
        summary.add(new String[]{"  total send+open+accept min/med/max (" + rounds + " cases)", mmm(total) + " ms", "-", "info"});
        java.util.Arrays.sort(dbBytes);
        summary.add(new String[]{"  reading the case back under the grant (" + mib(readbackBytes) + ")", mmm(readback) + " ms", "-", "info"});
        summary.add(new String[]{"  same: bytes MariaDB sent for one such read (median)", mib(dbBytes[rounds / 2]), "-", "info"});
        summary.add(new String[]{"  document upload through the API: per request p50 / p99",
                ms(uploads.pct(50)) + " / " + ms(uploads.pct(99)) + String.format(Locale.ROOT, " ms (%.0f/s)", uploads.count() / uploadSecs), "-",
                "info"});
    }

    /** The documents of one case, uploaded by a few threads; random bytes behind a PDF header (incompressible). */
    void upload(long caseId, String token, int docs, int docKb, int threads, int round, Lat lat) throws Exception {
        AtomicInteger next = new AtomicInteger();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> ts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Lat mine = new Lat();
            Thread th = new Thread(() -> {
                try {
                    int j;
                    while ((j = next.getAndIncrement()) < docs && failures.isEmpty()) {
                        Random r = new Random(round * 100_003L + j);
                        byte[] body = new byte[docKb * 1000 - 5000 + r.nextInt(10_000)];
                        r.nextBytes(body);
                        System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, body, 0, 9);
                        String name = URLEncoder.encode(String.format(Locale.ROOT, "卷宗-%03d-%03d.pdf", round, j), StandardCharsets.UTF_8);
                        Reply r1 = sendBytes(CE + "/cases/" + caseId + "/documents?name=" + name, token, body, "application/pdf");
                        if (r1.status() != 201) throw new IllegalStateException("upload: " + r1);
                        mine.add(r1.nanos());
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
                synchronized (lat) {
                    lat.addAll(mine);
                }
            });
            ts.add(th);
            th.start();
        }
        for (Thread th : ts) th.join();
        if (!failures.isEmpty()) throw new IllegalStateException("document upload failed", failures.get(0));
    }

    static Reply expect(Reply r, int status) {
        if (r.status() != status) throw new IllegalStateException("expected " + status + ": " + r);
        return r;
    }
}
