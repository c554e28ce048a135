package org.cep.pairing.domain;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The capability gap between a mentor and a mentee: what each has on, what only the mentor has (the gap now),
 * and what the mentee switched on during the pair (an outcome), which was part of the gap when the pair began
 * if the mentor had it.
 */
public record Gap(List<String> both, List<String> mentorOnly, List<String> menteeOnly, List<String> gainedDuringPair,
                  int gapAtStart, int gapNow, int closed, int levelDifference) {

    /**
     * @param mentor       capabilities the mentor has on, each with the moment it was switched on (epoch micros)
     * @param mentee       likewise for the mentee
     * @param startMicros  start of the pair
     * @param endMicros    end of the pair (exclusive), or the present for a running pair
     */
    public static Gap of(Map<String, Long> mentor, Map<String, Long> mentee, long startMicros, long endMicros, int mentorLevel,
                         int menteeLevel) {
        TreeSet<String> both = new TreeSet<>(mentor.keySet());
        both.retainAll(mentee.keySet());
        TreeSet<String> mentorOnly = new TreeSet<>(mentor.keySet());
        mentorOnly.removeAll(mentee.keySet());
        TreeSet<String> menteeOnly = new TreeSet<>(mentee.keySet());
        menteeOnly.removeAll(mentor.keySet());
        TreeSet<String> gained = new TreeSet<>();
        mentee.forEach((cap, on) -> {
            if (on != null && on >= startMicros && on < endMicros) gained.add(cap);
        });
        TreeSet<String> closed = new TreeSet<>(gained);
        closed.retainAll(mentor.keySet());
        return new Gap(List.copyOf(both), List.copyOf(mentorOnly), List.copyOf(menteeOnly), List.copyOf(gained),
                mentorOnly.size() + closed.size(), mentorOnly.size(), closed.size(), mentorLevel - menteeLevel);
    }
}
