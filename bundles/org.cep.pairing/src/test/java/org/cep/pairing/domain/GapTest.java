package org.cep.pairing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class GapTest {
    private static final long START = 1_000_000L;
    private static final long NOW = 9_000_000L;

    @Test
    void sidesAndTheGapNow() {
        Gap g = Gap.of(Map.of("training", 1L, "live-seizure", 1L, "cross-enforcement", 1L), Map.of("training", 1L, "pairing", 1L),
                START, NOW, 2, 0);
        assertEquals(List.of("training"), g.both());
        assertEquals(List.of("cross-enforcement", "live-seizure"), g.mentorOnly());
        assertEquals(List.of("pairing"), g.menteeOnly());
        assertEquals(List.of(), g.gainedDuringPair());
        assertEquals(2, g.gapAtStart());
        assertEquals(2, g.gapNow());
        assertEquals(0, g.closed());
        assertEquals(2, g.levelDifference());
    }

    @Test
    void aCapabilitySwitchedOnDuringThePairClosesTheGapAndCountsAsAnOutcome() {
        Map<String, Long> mentor = Map.of("training", 1L, "live-seizure", 1L, "cross-enforcement", 1L);
        Map<String, Long> mentee = Map.of("training", 1L, "live-seizure", START + 5, "pairing", START + 6);
        Gap g = Gap.of(mentor, mentee, START, NOW, 2, 1);
        assertEquals(List.of("live-seizure", "pairing"), g.gainedDuringPair());
        assertEquals(List.of("cross-enforcement"), g.mentorOnly());
        assertEquals(2, g.gapAtStart(), "cross-enforcement and live-seizure were missing at the start");
        assertEquals(1, g.gapNow());
        assertEquals(1, g.closed(), "pairing is not something the mentor has: gained, but no gap closed");
    }

    @Test
    void switchesBeforeTheStartOrAfterTheEndAreNotOutcomesOfThePair() {
        Map<String, Long> mentor = Map.of("live-seizure", 1L);
        assertEquals(List.of(), Gap.of(mentor, Map.of("live-seizure", START - 1), START, NOW, 0, 0).gainedDuringPair());
        assertEquals(List.of(), Gap.of(mentor, Map.of("live-seizure", NOW), START, NOW, 0, 0).gainedDuringPair());
        assertEquals(List.of("live-seizure"), Gap.of(mentor, Map.of("live-seizure", START), START, NOW, 0, 0).gainedDuringPair());
    }
}
