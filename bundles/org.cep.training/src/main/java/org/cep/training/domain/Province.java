package org.cep.training.domain;

import java.util.Optional;
import java.util.function.Function;

/** The province of a court: the high court at the top of its chain of parents. */
public final class Province {
    private Province() {
    }

    /** A court as this rule needs it. */
    public record Court(String id, String parentId, boolean high) {
    }

    /** The high court over (or equal to) the court; empty when the chain ends without one (or loops). */
    public static Optional<String> highCourtOf(String courtId, Function<String, Optional<Court>> lookup) {
        String id = courtId;
        for (int depth = 0; id != null && depth < 10; depth++) {
            Optional<Court> c = lookup.apply(id);
            if (c.isEmpty()) return Optional.empty();
            if (c.get().high()) return Optional.of(c.get().id());
            id = c.get().parentId();
        }
        return Optional.empty();
    }
}
