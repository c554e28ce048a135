package org.cep.crossenforcement.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** A spot check's sample: the same population, seed and size always give the same cases, so anyone can re-draw it. */
public final class SpotSample {
    private SpotSample() {
    }

    public static List<Long> draw(List<Long> population, long seed, int size) {
        if (size < 1) throw new IllegalArgumentException("size must be at least 1");
        List<Long> sorted = new ArrayList<>(population);
        Collections.sort(sorted);
        Collections.shuffle(sorted, new Random(seed));
        return List.copyOf(sorted.subList(0, Math.min(size, sorted.size())));
    }
}
