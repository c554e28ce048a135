package org.cep.seizure.domain;

import static org.cep.seizure.domain.SeizureState.*;
import static org.cep.seizure.domain.SeizureTransition.*;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The live-seizure lifecycle as a fixed table. Only the state change lives here; business
 * preconditions (e.g. "debt covered otherwise" before releasing an active seizure, or an
 * inspection shortfall before flagging a violation) belong to the caller, which knows the facts.
 */
public final class SeizureStateMachine {

    private static final Map<SeizureState, Map<SeizureTransition, SeizureState>> TABLE = build();

    private SeizureStateMachine() {}

    /**
     * @return the state after applying {@code t} to {@code from}
     * @throws IllegalTransitionException when {@code from} does not allow {@code t}
     */
    public static SeizureState next(SeizureState from, SeizureTransition t) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(t, "transition");
        SeizureState to = TABLE.get(from).get(t);
        if (to == null) {
            throw new IllegalTransitionException(from, t);
        }
        return to;
    }

    /** @return transitions {@code from} allows (unmodifiable; empty for terminal states) */
    public static Set<SeizureTransition> allowed(SeizureState from) {
        Objects.requireNonNull(from, "from");
        Set<SeizureTransition> keys = TABLE.get(from).keySet();
        // EnumSet keeps declaration order, which is the order a UI should offer the actions in.
        return keys.isEmpty()
                ? Collections.emptySet()
                : Collections.unmodifiableSet(EnumSet.copyOf(keys));
    }

    private static Map<SeizureState, Map<SeizureTransition, SeizureState>> build() {
        Map<SeizureState, Map<SeizureTransition, SeizureState>> m = new EnumMap<>(SeizureState.class);
        for (SeizureState s : SeizureState.values()) {
            m.put(s, new EnumMap<>(SeizureTransition.class));
        }
        // Withdrawing a proposal is modelled as a release: nothing was ever in force.
        m.get(PROPOSED).put(ACTIVATE, ACTIVE);
        m.get(PROPOSED).put(RELEASE, RELEASED);

        m.get(ACTIVE).put(REPORT_SALE, SALE_REPORTED);
        m.get(ACTIVE).put(RELEASE, RELEASED);
        m.get(ACTIVE).put(FLAG_VIOLATION, VIOLATION);
        m.get(ACTIVE).put(LAPSE, LAPSED);

        m.get(SALE_REPORTED).put(APPROVE_SALE, SALE_APPROVED);
        m.get(SALE_REPORTED).put(REJECT_SALE, ACTIVE);
        m.get(SALE_REPORTED).put(FLAG_VIOLATION, VIOLATION);
        m.get(SALE_REPORTED).put(LAPSE, LAPSED);

        // Until the sale is recorded the animals are still the debtor's, so they can still go
        // missing and the seizure can still expire.
        m.get(SALE_APPROVED).put(RECORD_SALE, SOLD);
        m.get(SALE_APPROVED).put(RECORD_PARTIAL_SALE, ACTIVE);
        m.get(SALE_APPROVED).put(FLAG_VIOLATION, VIOLATION);
        m.get(SALE_APPROVED).put(LAPSE, LAPSED);

        // After the sale the seizure is about money owed to the court account, not animals:
        // no violation or lapse from here on.
        m.get(SOLD).put(RECEIVE_PROCEEDS, PROCEEDS_RECEIVED);
        m.get(PROCEEDS_RECEIVED).put(RELEASE, RELEASED);

        m.get(VIOLATION).put(RESOLVE_VIOLATION, ACTIVE);
        m.get(VIOLATION).put(LAPSE, LAPSED);
        // 轮候查封: in force only when the seizure ahead of it ends; it can be withdrawn meanwhile.
        m.get(WAITING).put(TAKE_EFFECT, ACTIVE);
        m.get(WAITING).put(RELEASE, RELEASED);
        // RELEASED and LAPSED stay empty: terminal.
        return m;
    }
}
