package org.cep.pairing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SuggestionsTest {
    // high ── ipA ── basicA1, basicA2
    //      └─ ipB ── basicB1
    private static final Suggestions.Court HIGH = new Suggestions.Court("high", null, 2, Set.of("training", "pairing", "live-seizure", "cross-enforcement"));
    private static final Suggestions.Court IP_A = new Suggestions.Court("ipA", "high", 2, Set.of("training", "pairing", "live-seizure", "cross-enforcement"));
    private static final Suggestions.Court IP_B = new Suggestions.Court("ipB", "high", 2, Set.of("training", "pairing", "live-seizure", "cross-enforcement"));
    private static final Suggestions.Court A1 = new Suggestions.Court("basicA1", "ipA", 0, Set.of("training", "pairing"));
    private static final Suggestions.Court A2 = new Suggestions.Court("basicA2", "ipA", 1, Set.of("training", "pairing", "live-seizure"));
    private static final Suggestions.Court B1 = new Suggestions.Court("basicB1", "ipB", 2, Set.of("training", "pairing", "live-seizure", "cross-enforcement"));

    @Test
    void distanceCountsStepsThroughTheNearestCommonCourt() {
        Map<String, String> parents = Map.of("ipA", "high", "ipB", "high", "basicA1", "ipA", "basicA2", "ipA", "basicB1", "ipB");
        assertEquals(0, Suggestions.distance(parents, "basicA1", "basicA1"));
        assertEquals(1, Suggestions.distance(parents, "basicA1", "ipA"));
        assertEquals(2, Suggestions.distance(parents, "basicA1", "basicA2"));
        assertEquals(3, Suggestions.distance(parents, "basicA1", "ipB"));
        assertEquals(4, Suggestions.distance(parents, "basicA1", "basicB1"));
        assertEquals(3, Suggestions.distance(Map.of("x", "y"), "x", "z"), "no common court: both chains");
    }

    @Test
    void eachPartIsExplainedAndTheScoreIsTheirSum() {
        Suggestions.Suggestion s = Suggestions.score(A1, IP_A, 1, 2);
        assertEquals(List.of("cross-enforcement", "live-seizure"), s.gapFilled());
        assertEquals(List.of(20, 10, -2, -6), s.parts().stream().map(Suggestions.Part::points).toList());
        assertEquals(22, s.score());
        assertTrue(s.parts().get(0).explanationZh().contains("live-seizure"));
        assertTrue(s.parts().get(3).explanationEn().contains("2 court"));
    }

    @Test
    void aCourtThatFillsNoGapAndIsNotBetterEquippedIsNotSuggested() {
        assertNull(Suggestions.score(A2, A1, 2, 0));
        Suggestions.Suggestion sameCapsHigherLevel = Suggestions.score(new Suggestions.Court("m", "ipA", 0, B1.capabilities()), B1, 4, 0);
        assertEquals(List.of(), sameCapsHigherLevel.gapFilled());
        assertEquals(10 - 8, sameCapsHigherLevel.score());
    }

    @Test
    void rankingPrefersGapThenLevelThenNearnessAndPenalisesLoad() {
        List<Suggestions.Court> all = List.of(HIGH, IP_A, IP_B, A1, A2, B1);
        List<Suggestions.Suggestion> ranked = Suggestions.rank(A1, all, Map.of(), 10);
        // ipA: 20 + 10 - 2 = 28; high: 20 + 10 - 4 = 26; ipB: 26 - 2 = 24... (3 steps: 20+10-6=24); B1: 20+10-8 = 22; A2: 10+5-4 = 11
        assertEquals(List.of("ipA", "high", "ipB", "basicB1", "basicA2"), ranked.stream().map(Suggestions.Suggestion::courtId).toList());
        assertEquals(List.of(28, 26, 24, 22, 11), ranked.stream().map(Suggestions.Suggestion::score).toList());

        List<Suggestions.Suggestion> loaded = Suggestions.rank(A1, all, Map.of("ipA", 2, "high", 1), 3);
        // ipA 28 - 6 = 22, high 26 - 3 = 23, ipB 24: the busy courts move down; ties are broken by id
        assertEquals(List.of("ipB", "high", "basicB1"), loaded.stream().map(Suggestions.Suggestion::courtId).toList());
        assertEquals(3, loaded.size());
    }

    @Test
    void theMenteeIsNeverItsOwnMentor() {
        assertTrue(Suggestions.rank(B1, List.of(B1), Map.of(), 5).isEmpty());
    }
}
