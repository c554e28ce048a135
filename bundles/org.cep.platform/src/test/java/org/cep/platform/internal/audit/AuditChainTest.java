package org.cep.platform.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final String COURT = "hlj-kedong";
    private static final Instant T0 = Instant.parse("2025-03-01T08:00:00.123456Z");

    /** A correctly chained log of {@code n} entries. */
    private static List<StoredEntry> chain(int n) {
        List<StoredEntry> out = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        for (int seq = 1; seq <= n; seq++) {
            AuditFields f = new AuditFields(COURT, seq, T0.plusSeconds(seq), "clerk" + (seq % 3),
                    "case.update", "case:" + seq, "req-" + seq, seq % 4 == 0 ? null : "detail " + seq,
                    prev);
            String h = AuditChain.hash(f);
            out.add(new StoredEntry(f, h));
            prev = h;
        }
        return out;
    }

    private static VerifyResult verifyWithHead(List<StoredEntry> entries, List<StoredEntry> original) {
        StoredEntry last = original.get(original.size() - 1);
        return AuditChain.verify(COURT, entries, last.fields().seq(), last.hash());
    }

    private static AuditFields withDetail(AuditFields f, String detail) {
        return new AuditFields(f.courtId(), f.seq(), f.at(), f.actor(), f.action(), f.target(),
                f.requestId(), detail, f.prevHash());
    }

    private static AuditFields withSeqAndPrev(AuditFields f, long seq, String prevHash) {
        return new AuditFields(f.courtId(), seq, f.at(), f.actor(), f.action(), f.target(),
                f.requestId(), f.detail(), prevHash);
    }

    private static void assertFault(VerifyResult r, String kind, Long seq) {
        assertFalse(r.intact(), r.toString());
        assertEquals(kind, r.kind(), r.toString());
        assertEquals(seq, r.firstBadSeq(), r.toString());
    }

    @Test
    void genesisIs64Zeros() {
        assertEquals(64, AuditChain.GENESIS.length());
        assertTrue(AuditChain.GENESIS.chars().allMatch(c -> c == '0'));
    }

    @Test
    void hashIsLowercaseSha256Hex() {
        String h = chain(1).get(0).hash();
        assertTrue(h.matches("[0-9a-f]{64}"), h);
    }

    @Test
    void intactChainVerifies() {
        List<StoredEntry> c = chain(10);
        VerifyResult r = verifyWithHead(c, c);
        assertTrue(r.intact(), r.toString());
        assertEquals(10, r.entriesChecked());
        assertNull(r.kind());
        assertNull(r.firstBadSeq());
        assertEquals(COURT, r.courtId());
    }

    @Test
    void editedDetailIsReportedAtThatEntry() {
        List<StoredEntry> c = chain(10);
        List<StoredEntry> tampered = new ArrayList<>(c);
        StoredEntry e = tampered.get(6);
        tampered.set(6, new StoredEntry(withDetail(e.fields(), "nothing happened"), e.hash()));
        VerifyResult r = verifyWithHead(tampered, c);
        assertFault(r, VerifyResult.EDITED, 7L);
        assertEquals(6, r.entriesChecked());
        assertEquals("审计日志第 7 条被修改", r.messageZh());
        assertEquals("audit entry 7 was edited", r.messageEn());
    }

    @Test
    void editedAndRehashedEntryIsCaughtByTheNextLink() {
        List<StoredEntry> c = chain(10);
        List<StoredEntry> tampered = new ArrayList<>(c);
        AuditFields old = tampered.get(2).fields();
        AuditFields forged = new AuditFields(old.courtId(), old.seq(), old.at(), "someone-else",
                old.action(), old.target(), old.requestId(), old.detail(), old.prevHash());
        tampered.set(2, new StoredEntry(forged, AuditChain.hash(forged)));
        VerifyResult r = verifyWithHead(tampered, c);
        assertFault(r, VerifyResult.EDITED, 4L);
        assertEquals(3, r.entriesChecked());
        assertTrue(r.messageZh().contains("第 3 条与第 4 条"), r.messageZh());
    }

    @Test
    void rewrittenFirstEntryIsDetected() {
        List<StoredEntry> c = chain(3);
        List<StoredEntry> tampered = new ArrayList<>(c);
        AuditFields forged = withSeqAndPrev(c.get(0).fields(), 1, "f".repeat(64));
        tampered.set(0, new StoredEntry(forged, AuditChain.hash(forged)));
        assertFault(verifyWithHead(tampered, c), VerifyResult.EDITED, 1L);
    }

    @Test
    void deletedMiddleEntryIsReported() {
        List<StoredEntry> c = chain(10);
        List<StoredEntry> tampered = new ArrayList<>(c);
        tampered.remove(4);
        VerifyResult r = verifyWithHead(tampered, c);
        assertFault(r, VerifyResult.DELETED, 5L);
        assertEquals("审计日志第 5 条被删除", r.messageZh());
    }

    @Test
    void deletedRangeIsReportedAsRange() {
        List<StoredEntry> c = chain(10);
        List<StoredEntry> tampered = new ArrayList<>(c);
        tampered.subList(3, 6).clear();
        VerifyResult r = verifyWithHead(tampered, c);
        assertFault(r, VerifyResult.DELETED, 4L);
        assertEquals("audit entries 4 to 6 were deleted", r.messageEn());
    }

    @Test
    void deletedFirstEntryIsReported() {
        List<StoredEntry> c = chain(5);
        assertFault(verifyWithHead(c.subList(1, 5), c), VerifyResult.DELETED, 1L);
    }

    @Test
    void deletedLastEntryIsCaughtByTheHead() {
        List<StoredEntry> c = chain(10);
        VerifyResult r = verifyWithHead(c.subList(0, 9), c);
        assertFault(r, VerifyResult.DELETED, 10L);
        assertEquals(9, r.entriesChecked());
    }

    @Test
    void swappedListPositionsAreReordered() {
        List<StoredEntry> c = chain(10);
        List<StoredEntry> tampered = new ArrayList<>(c);
        tampered.set(3, c.get(5));
        tampered.set(5, c.get(3));
        VerifyResult r = verifyWithHead(tampered, c);
        assertFault(r, VerifyResult.REORDERED, 6L);
        assertTrue(r.messageEn().contains("found where entry 4 belongs"), r.messageEn());
    }

    @Test
    void duplicateSeqIsReordered() {
        List<StoredEntry> c = chain(5);
        List<StoredEntry> tampered = new ArrayList<>(c);
        tampered.add(3, c.get(2));
        assertFault(verifyWithHead(tampered, c), VerifyResult.REORDERED, 3L);
    }

    @Test
    void swappedContentsKeepingSeqAreEdited() {
        List<StoredEntry> c = chain(10);
        List<StoredEntry> tampered = new ArrayList<>(c);
        tampered.set(3, new StoredEntry(withSeqAndPrev(c.get(5).fields(), 4, c.get(5).fields().prevHash()),
                c.get(5).hash()));
        tampered.set(5, new StoredEntry(withSeqAndPrev(c.get(3).fields(), 6, c.get(3).fields().prevHash()),
                c.get(3).hash()));
        assertFault(verifyWithHead(tampered, c), VerifyResult.EDITED, 4L);
    }

    @Test
    void swappedAndRehashedContentsAreReordered() {
        List<StoredEntry> c = chain(10);
        List<StoredEntry> tampered = new ArrayList<>(c);
        AuditFields four = withSeqAndPrev(c.get(5).fields(), 4, c.get(5).fields().prevHash());
        AuditFields six = withSeqAndPrev(c.get(3).fields(), 6, c.get(3).fields().prevHash());
        tampered.set(3, new StoredEntry(four, AuditChain.hash(four)));
        tampered.set(5, new StoredEntry(six, AuditChain.hash(six)));
        // Entry 4 now links to entry 5's hash, which sits later in the log.
        assertFault(verifyWithHead(tampered, c), VerifyResult.REORDERED, 4L);
    }

    @Test
    void entryOfAnotherCourtIsEdited() {
        List<StoredEntry> c = chain(5);
        List<StoredEntry> tampered = new ArrayList<>(c);
        AuditFields f = c.get(1).fields();
        AuditFields other = new AuditFields("hlj-other", f.seq(), f.at(), f.actor(), f.action(),
                f.target(), f.requestId(), f.detail(), f.prevHash());
        tampered.set(1, new StoredEntry(other, AuditChain.hash(other)));
        VerifyResult r = verifyWithHead(tampered, c);
        assertFault(r, VerifyResult.EDITED, 2L);
        assertTrue(r.messageEn().contains("another court"), r.messageEn());
    }

    @Test
    void nullStoredHashIsEdited() {
        List<StoredEntry> c = chain(3);
        List<StoredEntry> tampered = new ArrayList<>(c);
        tampered.set(1, new StoredEntry(c.get(1).fields(), null));
        assertFault(verifyWithHead(tampered, c), VerifyResult.EDITED, 2L);
    }

    @Test
    void emptyChainWithoutHeadIsIntact() {
        VerifyResult r = AuditChain.verify(COURT, List.of(), null, null);
        assertTrue(r.intact(), r.toString());
        assertEquals(0, r.entriesChecked());
    }

    @Test
    void emptyChainWithInitialHeadIsIntact() {
        assertTrue(AuditChain.verify(COURT, List.of(), 0L, AuditChain.GENESIS).intact());
    }

    @Test
    void emptyChainWithHeadAtThreeIsDeleted() {
        VerifyResult r = AuditChain.verify(COURT, List.of(), 3L, "a".repeat(64));
        assertFault(r, VerifyResult.DELETED, 1L);
        assertEquals("审计日志第 1 至 3 条被删除", r.messageZh());
    }

    @Test
    void headWithWrongHashIsMismatch() {
        List<StoredEntry> c = chain(4);
        VerifyResult r = AuditChain.verify(COURT, c, 4L, c.get(2).hash());
        assertFault(r, VerifyResult.HEAD_MISMATCH, 4L);
        assertEquals(4, r.entriesChecked());
    }

    @Test
    void entriesBeyondHeadAreMismatch() {
        List<StoredEntry> c = chain(4);
        assertFault(AuditChain.verify(COURT, c, 2L, c.get(1).hash()), VerifyResult.HEAD_MISMATCH, 3L);
    }

    @Test
    void missingHeadWithEntriesIsMismatch() {
        assertFault(AuditChain.verify(COURT, chain(2), null, null), VerifyResult.HEAD_MISMATCH, null);
    }

    @Test
    void firstFaultWins() {
        List<StoredEntry> c = chain(10);
        List<StoredEntry> tampered = new ArrayList<>(c);
        tampered.set(8, new StoredEntry(withDetail(c.get(8).fields(), "x"), c.get(8).hash()));
        tampered.set(2, new StoredEntry(withDetail(c.get(2).fields(), "y"), c.get(2).hash()));
        assertFault(verifyWithHead(tampered, c), VerifyResult.EDITED, 3L);
    }

    @Test
    void oneMicrosecondChangesTheHash() {
        AuditFields a = chain(1).get(0).fields();
        AuditFields b = new AuditFields(a.courtId(), a.seq(), a.at().plusNanos(1_000), a.actor(),
                a.action(), a.target(), a.requestId(), a.detail(), a.prevHash());
        assertNotEquals(AuditChain.hash(a), AuditChain.hash(b));
    }

    @Test
    void storedPrecisionDropsNanosOnly() {
        Instant precise = Instant.parse("2025-03-01T08:00:00.123456789Z");
        assertEquals(Instant.parse("2025-03-01T08:00:00.123456Z"), AuditChain.toStoredPrecision(precise));
    }

    @Test
    void nullAndEmptyDiffer() {
        AuditFields a = chain(1).get(0).fields();
        assertNotEquals(AuditChain.hash(withDetail(a, null)), AuditChain.hash(withDetail(a, "")));
        AuditFields noTarget = new AuditFields(a.courtId(), a.seq(), a.at(), a.actor(), a.action(),
                null, a.requestId(), a.detail(), a.prevHash());
        AuditFields emptyTarget = new AuditFields(a.courtId(), a.seq(), a.at(), a.actor(), a.action(),
                "", a.requestId(), a.detail(), a.prevHash());
        assertNotEquals(AuditChain.hash(noTarget), AuditChain.hash(emptyTarget));
    }

    @Test
    void fieldBoundariesCannotShift() {
        AuditFields a = chain(1).get(0).fields();
        AuditFields ab = new AuditFields(a.courtId(), a.seq(), a.at(), "ab", "c", a.target(),
                a.requestId(), a.detail(), a.prevHash());
        AuditFields ac = new AuditFields(a.courtId(), a.seq(), a.at(), "a", "bc", a.target(),
                a.requestId(), a.detail(), a.prevHash());
        assertNotEquals(AuditChain.hash(ab), AuditChain.hash(ac));
    }

    @Test
    void hashIsDeterministicAndHandlesChinese() {
        AuditFields a = withDetail(chain(1).get(0).fields(), "撤销立案：当事人申请");
        assertEquals(AuditChain.hash(a), AuditChain.hash(withDetail(a, "撤销立案：当事人申请")));
        assertNotEquals(AuditChain.hash(a), AuditChain.hash(withDetail(a, "撤销立案：当事人申请。")));
    }
}
