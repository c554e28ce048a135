package org.cep.training.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores a drill: one point per question answered exactly (a multiple-choice question needs all its
 * correct options and no other); an unanswered question scores nothing. Answers that name no question
 * of the drill, or options it does not have, are refused rather than ignored.
 */
public final class Scoring {
    private Scoring() {
    }

    public enum Kind { SINGLE, MULTIPLE }

    /** A question as scoring needs it: how many options, which are correct. */
    public record Question(long id, Kind kind, int optionCount, Set<Integer> correct) {
    }

    /** @param chosen option indexes (0-based) */
    public record Answer(Long questionId, List<Integer> chosen) {
    }

    public record Mark(long questionId, Set<Integer> chosen, boolean correct) {
    }

    public record Result(int score, int maxScore, List<Mark> marks) {
        /** Whole percent, rounded down; 0 for an empty drill. */
        public int percent() {
            return maxScore == 0 ? 0 : score * 100 / maxScore;
        }
    }

    /** Bad answers, reported as "中文 / English" with a stable code. */
    public static final class Refusal extends RuntimeException {
        private final String code;

        Refusal(String code, String message) {
            super(message);
            this.code = code;
        }

        public String code() { return code; }
    }

    public static Result score(List<Question> questions, List<Answer> answers) {
        Map<Long, Question> byId = new LinkedHashMap<>();
        for (Question q : questions) byId.put(q.id(), q);
        Map<Long, Set<Integer>> given = new LinkedHashMap<>();
        for (Answer a : answers == null ? List.<Answer>of() : answers) {
            if (a == null || a.questionId() == null) throw new Refusal("FIELD_REQUIRED", "缺少题目编号 / questionId is missing");
            Question q = byId.get(a.questionId());
            if (q == null) {
                throw new Refusal("UNKNOWN_QUESTION", "本演练没有该题：" + a.questionId() + " / no such question in this drill: " + a.questionId());
            }
            if (given.containsKey(q.id())) {
                throw new Refusal("DUPLICATE_ANSWER", "同一题只能作答一次：" + q.id() + " / question answered twice: " + q.id());
            }
            Set<Integer> chosen = new TreeSet<>(a.chosen() == null ? List.of() : a.chosen());
            for (Integer option : chosen) {
                if (option == null || option < 0 || option >= q.optionCount()) {
                    throw new Refusal("UNKNOWN_OPTION", "第 " + q.id() + " 题没有该选项：" + option + " / question " + q.id() + " has no option " + option);
                }
            }
            if (q.kind() == Kind.SINGLE && chosen.size() > 1) {
                throw new Refusal("SINGLE_CHOICE", "第 " + q.id() + " 题为单选题 / question " + q.id() + " takes one option");
            }
            given.put(q.id(), chosen);
        }
        List<Mark> marks = new ArrayList<>();
        int score = 0;
        for (Question q : byId.values()) {
            Set<Integer> chosen = given.getOrDefault(q.id(), Set.of());
            boolean right = !chosen.isEmpty() && new HashSet<>(chosen).equals(q.correct());
            if (right) score++;
            marks.add(new Mark(q.id(), chosen, right));
        }
        return new Result(score, byId.size(), marks);
    }
}
