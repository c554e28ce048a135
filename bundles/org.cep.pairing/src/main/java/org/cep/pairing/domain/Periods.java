package org.cep.pairing.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/** Pair periods: inclusive local dates (Asia/Shanghai). */
public final class Periods {
    private Periods() {
    }

    public static boolean overlap(LocalDate aStart, LocalDate aEnd, LocalDate bStart, LocalDate bEnd) {
        return !aStart.isAfter(bEnd) && !bStart.isAfter(aEnd);
    }

    /** The goals two pairs of one mentee have in common. */
    public static Set<String> sharedGoals(Collection<String> a, Collection<String> b) {
        TreeSet<String> shared = new TreeSet<>(a);
        shared.retainAll(b);
        return shared;
    }
}
