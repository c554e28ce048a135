package org.cep.pairing.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Ranks candidate mentor courts for a mentee: each capability the mentee lacks and the candidate has is worth
 * {@link #PER_CAPABILITY}, each computerization level above the mentee's {@link #PER_LEVEL}; each step between
 * the two courts in the hierarchy costs {@link #PER_STEP} and each pair the candidate already mentors
 * {@link #PER_PAIR}. A candidate that fills no gap and is not better equipped is not suggested.
 */
public final class Suggestions {
    public static final int PER_CAPABILITY = 10;
    public static final int PER_LEVEL = 5;
    public static final int PER_STEP = 2;
    public static final int PER_PAIR = 3;

    /** A court as ranking sees it; {@code level} is the computerization level's rank (0 basic, 1 standard, 2 advanced). */
    public record Court(String id, String parentId, int level, Set<String> capabilities) {
    }

    /** One factor of a score, with its points and why, in Chinese and English. */
    public record Part(String factor, long value, int points, String explanationZh, String explanationEn) {
    }

    public record Suggestion(String courtId, int score, List<String> gapFilled, List<Part> parts) {
    }

    private Suggestions() {
    }

    /**
     * @param courts every court that may mentor (the mentee among them is skipped)
     * @param load   active pairs each court mentors now
     * @param limit  at most this many suggestions
     */
    public static List<Suggestion> rank(Court mentee, List<Court> courts, Map<String, Integer> load, int limit) {
        Map<String, String> parents = new HashMap<>();
        for (Court c : courts) parents.put(c.id(), c.parentId());
        parents.put(mentee.id(), mentee.parentId());
        return rank(mentee, courts, load, limit, parents);
    }

    /** @param parents the parent of every court of the tree (also of courts that are not candidates) */
    public static List<Suggestion> rank(Court mentee, List<Court> courts, Map<String, Integer> load, int limit, Map<String, String> parents) {
        List<Suggestion> all = new ArrayList<>();
        for (Court c : courts) {
            if (c.id().equals(mentee.id())) continue;
            Suggestion s = score(mentee, c, distance(parents, mentee.id(), c.id()), load.getOrDefault(c.id(), 0));
            if (s != null) all.add(s);
        }
        all.sort(Comparator.comparingInt(Suggestion::score).reversed().thenComparing(Suggestion::courtId));
        return all.size() > limit ? List.copyOf(all.subList(0, limit)) : all;
    }

    /** @return the candidate's score with its parts, or null when it fills no gap and is not better equipped */
    public static Suggestion score(Court mentee, Court candidate, int distance, int pairs) {
        TreeSet<String> gap = new TreeSet<>(candidate.capabilities());
        gap.removeAll(mentee.capabilities());
        int levelsAbove = Math.max(0, candidate.level() - mentee.level());
        if (gap.isEmpty() && levelsAbove == 0) return null;
        List<Part> parts = List.of(
                new Part("gapFilled", gap.size(), gap.size() * PER_CAPABILITY,
                        "可补齐受援法院未开通的功能 " + gap.size() + " 项" + (gap.isEmpty() ? "" : "：" + String.join("、", gap)),
                        gap.size() + " capabilities the mentee lacks" + (gap.isEmpty() ? "" : ": " + String.join(", ", gap))),
                new Part("computerization", levelsAbove, levelsAbove * PER_LEVEL,
                        "信息化水平高出 " + levelsAbove + " 级", levelsAbove + " computerization level(s) higher"),
                new Part("hierarchyDistance", distance, -distance * PER_STEP,
                        "法院层级距离 " + distance + " 步", distance + " step(s) apart in the court hierarchy"),
                new Part("mentorLoad", pairs, -pairs * PER_PAIR,
                        "已帮扶 " + pairs + " 个法院", "already mentors " + pairs + " court(s)"));
        int score = parts.stream().mapToInt(Part::points).sum();
        return new Suggestion(candidate.id(), score, List.copyOf(gap), parts);
    }

    /** Steps between two courts through their nearest common ancestor; a large number when they share none. */
    public static int distance(Map<String, String> parents, String a, String b) {
        List<String> upA = chain(parents, a);
        List<String> upB = chain(parents, b);
        for (int i = 0; i < upB.size(); i++) {
            int j = upA.indexOf(upB.get(i));
            if (j >= 0) return i + j;
        }
        return upA.size() + upB.size();
    }

    private static List<String> chain(Map<String, String> parents, String start) {
        List<String> up = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String c = start; c != null && seen.add(c); c = parents.get(c)) up.add(c);
        return up;
    }
}
