package org.cep.seizure.domain;

import static org.cep.seizure.domain.SeizureState.*;
import static org.cep.seizure.domain.SeizureTransition.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class SeizureStateMachineTest {

    /** The brief's table, written out independently of the production table. */
    private static final String[] EXPECTED = {
        "PROPOSED ACTIVATE ACTIVE",
        "PROPOSED RELEASE RELEASED",
        "ACTIVE REPORT_SALE SALE_REPORTED",
        "ACTIVE RELEASE RELEASED",
        "ACTIVE FLAG_VIOLATION VIOLATION",
        "ACTIVE LAPSE LAPSED",
        "SALE_REPORTED APPROVE_SALE SALE_APPROVED",
        "SALE_REPORTED REJECT_SALE ACTIVE",
        "SALE_REPORTED FLAG_VIOLATION VIOLATION",
        "SALE_REPORTED LAPSE LAPSED",
        "SALE_APPROVED RECORD_SALE SOLD",
        "SALE_APPROVED FLAG_VIOLATION VIOLATION",
        "SALE_APPROVED LAPSE LAPSED",
        "SOLD RECEIVE_PROCEEDS PROCEEDS_RECEIVED",
        "PROCEEDS_RECEIVED RELEASE RELEASED",
        "VIOLATION RESOLVE_VIOLATION ACTIVE",
        "VIOLATION LAPSE LAPSED",
        "SALE_APPROVED RECORD_PARTIAL_SALE ACTIVE",
        "WAITING TAKE_EFFECT ACTIVE",
        "WAITING RELEASE RELEASED",
    };

    private static Map<SeizureState, Map<SeizureTransition, SeizureState>> expected() {
        Map<SeizureState, Map<SeizureTransition, SeizureState>> m = new EnumMap<>(SeizureState.class);
        for (SeizureState s : SeizureState.values()) {
            m.put(s, new EnumMap<>(SeizureTransition.class));
        }
        for (String row : EXPECTED) {
            String[] p = row.split(" ");
            m.get(SeizureState.valueOf(p[0])).put(SeizureTransition.valueOf(p[1]), SeizureState.valueOf(p[2]));
        }
        return m;
    }

    static Stream<Arguments> allowedPairs() {
        List<Arguments> out = new ArrayList<>();
        expected().forEach((from, row) -> row.forEach((t, to) -> out.add(Arguments.of(from, t, to))));
        return out.stream();
    }

    static Stream<Arguments> disallowedPairs() {
        List<Arguments> out = new ArrayList<>();
        Map<SeizureState, Map<SeizureTransition, SeizureState>> m = expected();
        for (SeizureState s : SeizureState.values()) {
            for (SeizureTransition t : SeizureTransition.values()) {
                if (!m.get(s).containsKey(t)) {
                    out.add(Arguments.of(s, t));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @MethodSource("allowedPairs")
    void everyAllowedTransition(SeizureState from, SeizureTransition t, SeizureState to) {
        assertEquals(to, SeizureStateMachine.next(from, t));
        assertTrue(SeizureStateMachine.allowed(from).contains(t));
    }

    @ParameterizedTest(name = "{0} --{1}--> rejected")
    @MethodSource("disallowedPairs")
    void everyOtherPairIsRejected(SeizureState from, SeizureTransition t) {
        IllegalTransitionException ex = assertThrows(IllegalTransitionException.class,
                () -> SeizureStateMachine.next(from, t));
        assertEquals(from, ex.from());
        assertEquals(t, ex.transition());
        assertTrue(ex.getMessage().contains(from.labelZh()));
        assertTrue(ex.getMessage().contains(t.labelZh()));
        assertTrue(ex.getMessage().contains(from.labelEn()));
        assertTrue(ex.getMessage().contains(t.labelEn()));
        assertFalse(SeizureStateMachine.allowed(from).contains(t));
    }

    @Test
    void matrixCoversEveryPair() {
        long pairs = allowedPairs().count() + disallowedPairs().count();
        assertEquals((long) SeizureState.values().length * SeizureTransition.values().length, pairs);
        assertEquals(20, allowedPairs().count());
    }

    @Test
    void recordingASaleBeforeApprovalFailsInBothLanguages() {
        IllegalTransitionException ex = assertThrows(IllegalTransitionException.class,
                () -> SeizureStateMachine.next(SALE_REPORTED, RECORD_SALE));
        assertEquals("当前状态“已报告出售”不能执行“记录成交”", ex.messageZh());
        assertEquals("cannot record the sale while the seizure is 'sale reported'", ex.messageEn());
        assertEquals(ex.messageZh() + " / " + ex.messageEn(), ex.getMessage());
        assertThrows(IllegalTransitionException.class, () -> SeizureStateMachine.next(ACTIVE, RECORD_SALE));
    }

    @ParameterizedTest
    @EnumSource(value = SeizureState.class, names = {"RELEASED", "LAPSED"})
    void terminalStatesAllowNothing(SeizureState s) {
        assertTrue(s.isTerminal());
        assertTrue(SeizureStateMachine.allowed(s).isEmpty());
        for (SeizureTransition t : SeizureTransition.values()) {
            assertThrows(IllegalTransitionException.class, () -> SeizureStateMachine.next(s, t));
        }
    }

    @ParameterizedTest
    @EnumSource(value = SeizureState.class, names = {"RELEASED", "LAPSED"}, mode = EnumSource.Mode.EXCLUDE)
    void nonTerminalStatesHaveAWayOut(SeizureState s) {
        assertFalse(s.isTerminal());
        assertFalse(SeizureStateMachine.allowed(s).isEmpty());
    }

    @Test
    void allowedIsExactAndUnmodifiable() {
        assertEquals(EnumSet.of(REPORT_SALE, RELEASE, FLAG_VIOLATION, LAPSE), SeizureStateMachine.allowed(ACTIVE));
        assertEquals(EnumSet.of(RECEIVE_PROCEEDS), SeizureStateMachine.allowed(SOLD));
        Set<SeizureTransition> a = SeizureStateMachine.allowed(ACTIVE);
        assertThrows(UnsupportedOperationException.class, () -> a.add(ACTIVATE));
        assertThrows(UnsupportedOperationException.class, () -> SeizureStateMachine.allowed(LAPSED).add(ACTIVATE));
    }

    @Test
    void kedongLifecycle() {
        SeizureState s = PROPOSED;
        for (SeizureTransition t : List.of(ACTIVATE, REPORT_SALE, REJECT_SALE, FLAG_VIOLATION,
                RESOLVE_VIOLATION, REPORT_SALE, APPROVE_SALE, RECORD_SALE, RECEIVE_PROCEEDS, RELEASE)) {
            s = SeizureStateMachine.next(s, t);
        }
        assertEquals(RELEASED, s);
    }

    @Test
    void nullsAreRejected() {
        assertThrows(NullPointerException.class, () -> SeizureStateMachine.next(null, ACTIVATE));
        assertThrows(NullPointerException.class, () -> SeizureStateMachine.next(ACTIVE, null));
        assertThrows(NullPointerException.class, () -> SeizureStateMachine.allowed(null));
    }

    @Test
    void labelsAreFilledIn() {
        for (SeizureState s : SeizureState.values()) {
            assertFalse(s.labelZh().isBlank());
            assertFalse(s.labelEn().isBlank());
        }
        for (SeizureTransition t : SeizureTransition.values()) {
            assertFalse(t.labelZh().isBlank());
            assertFalse(t.labelEn().isBlank());
        }
        assertEquals("活封中", ACTIVE.labelZh());
        assertEquals("价款已到账", PROCEEDS_RECEIVED.labelZh());
    }
}
