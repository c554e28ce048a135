package org.cep.training.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ScoringTest {
    private static final List<Scoring.Question> DRILL = List.of(
            new Scoring.Question(1, Scoring.Kind.SINGLE, 4, Set.of(2)),
            new Scoring.Question(2, Scoring.Kind.MULTIPLE, 4, Set.of(0, 3)),
            new Scoring.Question(3, Scoring.Kind.SINGLE, 2, Set.of(0)));

    @Test
    void aMultipleChoiceQuestionNeedsExactlyItsCorrectOptions() {
        Scoring.Result r = Scoring.score(DRILL, List.of(new Scoring.Answer(1L, List.of(2)), new Scoring.Answer(2L, List.of(0)),
                new Scoring.Answer(3L, List.of(0))));
        assertEquals(2, r.score());
        assertEquals(3, r.maxScore());
        assertEquals(66, r.percent());
        assertFalse(r.marks().get(1).correct(), "one of two correct options is not the answer");
        Scoring.Result all = Scoring.score(DRILL, List.of(new Scoring.Answer(2L, List.of(3, 0))));
        assertTrue(all.marks().get(1).correct(), "order does not matter");
        assertEquals(1, all.score(), "unanswered questions score nothing");
    }

    @Test
    void answersForQuestionsOrOptionsTheDrillDoesNotHaveAreRefused() {
        assertEquals("UNKNOWN_QUESTION", assertThrows(Scoring.Refusal.class,
                () -> Scoring.score(DRILL, List.of(new Scoring.Answer(99L, List.of(0))))).code());
        assertEquals("UNKNOWN_OPTION", assertThrows(Scoring.Refusal.class,
                () -> Scoring.score(DRILL, List.of(new Scoring.Answer(3L, List.of(2))))).code());
        assertEquals("SINGLE_CHOICE", assertThrows(Scoring.Refusal.class,
                () -> Scoring.score(DRILL, List.of(new Scoring.Answer(1L, List.of(1, 2))))).code());
        assertEquals("DUPLICATE_ANSWER", assertThrows(Scoring.Refusal.class,
                () -> Scoring.score(DRILL, List.of(new Scoring.Answer(1L, List.of(2)), new Scoring.Answer(1L, List.of(2))))).code());
        assertTrue(assertThrows(Scoring.Refusal.class, () -> Scoring.score(DRILL, List.of(new Scoring.Answer(99L, List.of(0)))))
                .getMessage().contains(" / "), "bilingual message");
    }

    @Test
    void anEmptyDrillScoresZeroPercent() {
        assertEquals(0, Scoring.score(List.of(), List.of()).percent());
    }
}
