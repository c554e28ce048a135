package org.cep.cases.sanctions;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The ladder's advice for a respondent: what was tried (decided or carried out, also if later lifted for
 * reasons other than error), what is still in force, what steps are left, and the next one with why: the
 * first step above the highest one tried (a court that fined does not go back to a warning).
 * Pure: the history comes in, the advice goes out.
 */
public final class Ladder {
    private static final List<SanctionKind> ORDER = List.of(SanctionKind.WARNING, SanctionKind.CONSUMPTION_RESTRICTION,
            SanctionKind.BLACKLIST, SanctionKind.FINE, SanctionKind.DETENTION, SanctionKind.CRIMINAL_REFERRAL);

    public record Step(SanctionKind kind, SanctionState state, LiftReason liftReason) {
    }

    public record Advice(List<SanctionKind> tried, List<SanctionKind> inForce, List<SanctionKind> left, SanctionKind next,
                         String explanationZh, String explanationEn) {
    }

    private Ladder() {
    }

    public static Advice advise(List<Step> history, PartyType party) {
        Set<SanctionKind> tried = EnumSet.noneOf(SanctionKind.class);
        Set<SanctionKind> inForce = EnumSet.noneOf(SanctionKind.class);
        for (Step s : history) {
            boolean counts = s.state().inForce() || s.state() == SanctionState.LIFTED && s.liftReason() != LiftReason.ERROR;
            if (counts) tried.add(s.kind());
            if (s.state().inForce()) inForce.add(s.kind());
        }
        List<SanctionKind> left = new ArrayList<>();
        int highest = -1;
        for (SanctionKind k : ORDER) {
            if (tried.contains(k)) highest = ORDER.indexOf(k);
        }
        SanctionKind next = null;
        for (SanctionKind k : ORDER) {
            if (tried.contains(k) || !k.appliesTo(party)) continue;
            left.add(k);
            // escalate: the next step is the first one above the highest tried, not a milder one skipped
            if (next == null && ORDER.indexOf(k) > highest) next = k;
        }
        String triedZh = tried.isEmpty() ? "尚未采取任何措施" : "已采取：" + names(tried, true);
        String triedEn = tried.isEmpty() ? "nothing tried yet" : "tried: " + names(tried, false);
        String forceZh = inForce.isEmpty() ? "" : "；仍在执行：" + names(inForce, true);
        String forceEn = inForce.isEmpty() ? "" : "; still in force: " + names(inForce, false);
        String zh;
        String en;
        if (next == null) {
            // every step up to referral was tried: milder ones skipped stay listed as left
            zh = triedZh + forceZh + "。阶梯已用尽：仍拒不履行的，依《刑法》第三百一十三条追究刑事责任后，可再次罚款、拘留。";
            en = triedEn + forceEn + ". The ladder is used up: after a referral under Criminal Law art. 313, a fine or detention may be repeated.";
        } else {
            String leftZh = names(left, true);
            String leftEn = names(left, false);
            zh = triedZh + forceZh + "。尚可采取：" + leftZh + "。建议下一步：" + next.labelZh() + "（" + next.basisZh() + "）"
                    + (party == PartyType.ORGANISATION ? "。单位不适用拘留，可对其主要负责人或直接责任人员拘留。" : "。");
            en = triedEn + forceEn + ". Left: " + leftEn + ". Suggested next step: " + next.labelEn() + " (" + next.basisEn() + ")"
                    + (party == PartyType.ORGANISATION ? ". An organisation cannot be detained; its principal can." : ".");
        }
        return new Advice(List.copyOf(tried), List.copyOf(inForce), left, next, zh, en);
    }

    private static String names(Iterable<SanctionKind> kinds, boolean zh) {
        StringBuilder b = new StringBuilder();
        for (SanctionKind k : kinds) b.append(b.length() == 0 ? "" : zh ? "、" : ", ").append(zh ? k.labelZh() : k.labelEn());
        return b.toString();
    }
}
