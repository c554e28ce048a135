package org.cep.platform.internal.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Hash chain over a court's append-only audit log.
 *
 * <p>Each entry stores the hash of its predecessor, so editing, deleting or moving an entry breaks
 * the chain. Deleting the newest entries leaves a valid shorter chain, which is why a separate head
 * record (last seq and last hash) is kept and compared too.
 *
 * <p><b>Timestamp precision.</b> The hash covers {@code at} down to the nanosecond. Databases
 * usually keep microseconds, so a nanosecond-precise {@code Instant} would read back different and
 * the entry would look edited. Callers must therefore pass {@code at} through
 * {@link #toStoredPrecision(Instant)} <em>before</em> hashing and storing, and the column must keep
 * at least microseconds (e.g. PostgreSQL {@code timestamptz}, not a {@code timestamp(0)}).
 */
public final class AuditChain {

    /** {@code prevHash} of entry 1: 64 zeros, the same width as a SHA-256 hex digest. */
    public static final String GENESIS = "0".repeat(64);

    // Versions the encoding so a future change cannot collide with hashes made by this one.
    private static final String ENCODING_TAG = "cep-audit-v1";
    private static final byte ABSENT = 0;
    private static final byte PRESENT = 1;

    private AuditChain() {
    }

    /** Truncates to microseconds, the finest precision the database keeps. */
    public static Instant toStoredPrecision(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * SHA-256 (lowercase hex) over an unambiguous encoding of every field: each string is a
     * presence byte followed, if present, by its UTF-8 length (4 bytes) and bytes, so null and ""
     * differ and no field can bleed into the next; {@code seq} is 8 bytes; {@code at} is epoch
     * seconds (8 bytes) plus nanos (4 bytes). Never throws for odd field values, so damaged rows
     * can still be verified. {@code at} must already be at stored precision (see class comment).
     */
    public static String hash(AuditFields f) {
        Objects.requireNonNull(f, "f");
        MessageDigest md = sha256();
        putString(md, ENCODING_TAG);
        putString(md, f.courtId());
        md.update(ByteBuffer.allocate(Long.BYTES).putLong(f.seq()).array());
        if (f.at() == null) {
            md.update(ABSENT);
        } else {
            md.update(PRESENT);
            md.update(ByteBuffer.allocate(Long.BYTES + Integer.BYTES)
                    .putLong(f.at().getEpochSecond()).putInt(f.at().getNano()).array());
        }
        putString(md, f.actor());
        putString(md, f.action());
        putString(md, f.target());
        putString(md, f.requestId());
        putString(md, f.detail());
        putString(md, f.prevHash());
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * Checks a court's log and reports the first fault. Per entry, in list order:
     * <ol>
     *   <li>entry belongs to another court, or its recomputed hash differs from the stored one:
     *       {@code EDITED}. Checked first because a row whose hash fails has an untrustworthy
     *       {@code seq}, so ordering conclusions drawn from it would be guesses;</li>
     *   <li>seq is not the expected one (1 for the first entry, previous + 1 after that): if
     *       the expected seq appears further down the list, entries were moved:
     *       {@code REORDERED} at the misplaced entry; a seq not above the previous one
     *       (duplicate) is also {@code REORDERED}; otherwise the expected seqs are missing:
     *       {@code DELETED} at the first missing seq. A first entry with seq below 1 was never
     *       legitimately written: {@code EDITED};</li>
     *   <li>prevHash differs from the previous entry's hash (or from {@link #GENESIS} for the
     *       first): if it equals the hash of a later entry, contents were swapped and rehashed:
     *       {@code REORDERED}; otherwise the link was broken by rewriting and rehashing this entry
     *       or its predecessor: {@code EDITED} at this entry. (Seqs are contiguous at this point,
     *       so a deletion would have had to renumber and rehash entries, i.e. rewrite them.)</li>
     * </ol>
     * If all entries pass, the head record is compared with the last entry: a head ahead of the
     * entries means the newest entries were deleted ({@code DELETED}); anything else that
     * disagrees, including a missing head when entries exist, is {@code HEAD_MISMATCH}. An empty
     * log with no head, or with head (0, {@link #GENESIS}), is intact.
     *
     * @param courtId           the court being checked; entries of any other court are faults
     * @param entriesInSeqOrder the court's entries as the database returned them ordered by seq
     * @param headSeq           seq in the head record, or null if there is no head record
     * @param headHash          hash in the head record, or null if there is no head record
     */
    public static VerifyResult verify(String courtId, List<StoredEntry> entriesInSeqOrder,
                                      Long headSeq, String headHash) {
        Objects.requireNonNull(courtId, "courtId");
        List<StoredEntry> entries = List.copyOf(entriesInSeqOrder);
        int n = entries.size();
        Map<Long, Integer> lastIndexOfSeq = new HashMap<>();
        Map<String, Integer> lastIndexOfHash = new HashMap<>();
        for (int i = 0; i < n; i++) {
            lastIndexOfSeq.put(entries.get(i).fields().seq(), i);
            if (entries.get(i).hash() != null) lastIndexOfHash.put(entries.get(i).hash(), i);
        }

        for (int i = 0; i < n; i++) {
            AuditFields f = entries.get(i).fields();
            long seq = f.seq();
            if (!courtId.equals(f.courtId())) {
                return fault(courtId, i, seq, VerifyResult.EDITED,
                        "审计日志第 " + seq + " 条属于其他法院（" + f.courtId() + "）",
                        "audit entry " + seq + " belongs to another court (" + f.courtId() + ")");
            }
            if (!hash(f).equals(entries.get(i).hash())) {
                return fault(courtId, i, seq, VerifyResult.EDITED,
                        "审计日志第 " + seq + " 条被修改", "audit entry " + seq + " was edited");
            }

            long expected = i == 0 ? 1 : entries.get(i - 1).fields().seq() + 1;
            if (seq != expected) {
                if (i == 0 && seq < 1) {
                    return fault(courtId, i, seq, VerifyResult.EDITED,
                            "审计日志出现无效序号 " + seq, "audit log contains invalid seq " + seq);
                }
                Integer laterIndex = lastIndexOfSeq.get(expected);
                if (seq < expected || (laterIndex != null && laterIndex > i)) {
                    return fault(courtId, i, seq, VerifyResult.REORDERED,
                            "审计日志第 " + seq + " 条顺序错误（出现在第 " + expected + " 条的位置）",
                            "audit entry " + seq + " is out of order (found where entry "
                                    + expected + " belongs)");
                }
                return deleted(courtId, i, expected, seq - 1);
            }

            String expectedPrev = i == 0 ? GENESIS : entries.get(i - 1).hash();
            if (!expectedPrev.equals(f.prevHash())) {
                Integer target = f.prevHash() == null ? null : lastIndexOfHash.get(f.prevHash());
                if (target != null && target > i) {
                    return fault(courtId, i, seq, VerifyResult.REORDERED,
                            "审计日志第 " + seq + " 条的内容被调换了位置",
                            "audit entry " + seq + " holds content moved from another position");
                }
                if (i == 0) {
                    return fault(courtId, i, seq, VerifyResult.EDITED,
                            "审计日志第 " + seq + " 条的前序哈希不是起始值，日志开头被改写",
                            "audit entry " + seq + " does not start from the genesis hash; "
                                    + "the start of the log was rewritten");
                }
                long before = entries.get(i - 1).fields().seq();
                return fault(courtId, i, seq, VerifyResult.EDITED,
                        "审计日志第 " + before + " 条与第 " + seq + " 条之间的哈希链断裂"
                                + "（其中一条被改写并重新计算了哈希）",
                        "audit chain broken between entries " + before + " and " + seq
                                + " (one of them was rewritten and rehashed)");
            }
        }
        return checkHead(courtId, entries, headSeq, headHash);
    }

    private static VerifyResult checkHead(String courtId, List<StoredEntry> entries,
                                          Long headSeq, String headHash) {
        int n = entries.size();
        long lastSeq = n == 0 ? 0 : entries.get(n - 1).fields().seq();
        String lastHash = n == 0 ? GENESIS : entries.get(n - 1).hash();

        if (headSeq == null && headHash == null && n == 0) {
            return intact(courtId, 0);
        }
        if (headSeq == null || headHash == null) {
            return fault(courtId, n, null, VerifyResult.HEAD_MISMATCH,
                    "审计日志的末尾记录缺失或不完整", "audit head record is missing or incomplete");
        }
        if (headSeq > lastSeq) {
            return deleted(courtId, n, lastSeq + 1, headSeq);
        }
        if (headSeq < lastSeq || !headHash.equals(lastHash)) {
            // Entries beyond the head mean a forged append or a rolled-back head; point at the
            // first entry the head does not cover.
            Long bad = n == 0 ? null : headSeq < lastSeq ? Math.max(headSeq + 1, 1) : lastSeq;
            return fault(courtId, n, bad, VerifyResult.HEAD_MISMATCH,
                    "审计日志末尾记录（第 " + headSeq + " 条）与实际最后一条（第 " + lastSeq + " 条）不一致",
                    "audit head record (entry " + headSeq + ") does not match the last entry ("
                            + lastSeq + ")");
        }
        return intact(courtId, n);
    }

    private static VerifyResult intact(String courtId, int n) {
        return new VerifyResult(courtId, true, n, null, null,
                "审计日志完整，共 " + n + " 条", "audit log intact, " + n + " entries");
    }

    private static VerifyResult deleted(String courtId, int checked, long from, long to) {
        if (from == to) {
            return fault(courtId, checked, from, VerifyResult.DELETED,
                    "审计日志第 " + from + " 条被删除", "audit entry " + from + " was deleted");
        }
        return fault(courtId, checked, from, VerifyResult.DELETED,
                "审计日志第 " + from + " 至 " + to + " 条被删除",
                "audit entries " + from + " to " + to + " were deleted");
    }

    private static VerifyResult fault(String courtId, int checked, Long seq, String kind,
                                      String zh, String en) {
        return new VerifyResult(courtId, false, checked, seq, kind, zh, en);
    }

    private static void putString(MessageDigest md, String s) {
        if (s == null) {
            md.update(ABSENT);
            return;
        }
        // Text columns are UTF-8, so strings read back never hold unpaired surrogates, the only
        // input for which this encoding would not be one-to-one.
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        md.update(PRESENT);
        md.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        md.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime must provide SHA-256", e);
        }
    }
}
