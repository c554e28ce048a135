package org.cep.cases.sanctions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class LadderTest {
    @Test
    void nothingTriedSuggestsAWarning() {
        Ladder.Advice a = Ladder.advise(List.of(), PartyType.INDIVIDUAL);
        assertEquals(SanctionKind.WARNING, a.next());
        assertEquals(6, a.left().size());
        assertTrue(a.explanationZh().contains("尚未采取任何措施"));
    }

    @Test
    void triedStepsAreSkippedButErrorsAndRejectionsDoNotCount() {
        Ladder.Advice a = Ladder.advise(List.of(
                new Ladder.Step(SanctionKind.WARNING, SanctionState.EXECUTED, null),
                new Ladder.Step(SanctionKind.CONSUMPTION_RESTRICTION, SanctionState.LIFTED, LiftReason.PERFORMED),
                new Ladder.Step(SanctionKind.BLACKLIST, SanctionState.LIFTED, LiftReason.ERROR),
                new Ladder.Step(SanctionKind.FINE, SanctionState.REJECTED, null)), PartyType.INDIVIDUAL);
        assertEquals(List.of(SanctionKind.WARNING, SanctionKind.CONSUMPTION_RESTRICTION), a.tried());
        assertEquals(List.of(SanctionKind.WARNING), a.inForce());
        assertEquals(SanctionKind.BLACKLIST, a.next());
        assertTrue(a.explanationEn().contains("still in force: warning"), a.explanationEn());
    }

    @Test
    void theLadderEscalatesAboveTheHighestStepTried() {
        Ladder.Advice a = Ladder.advise(List.of(new Ladder.Step(SanctionKind.FINE, SanctionState.EXECUTED, null)), PartyType.INDIVIDUAL);
        assertEquals(SanctionKind.DETENTION, a.next());
        assertEquals(List.of(SanctionKind.WARNING, SanctionKind.CONSUMPTION_RESTRICTION, SanctionKind.BLACKLIST, SanctionKind.DETENTION,
                SanctionKind.CRIMINAL_REFERRAL), a.left());
    }

    @Test
    void anOrganisationIsNeverAdvisedDetention() {
        Ladder.Advice a = Ladder.advise(List.of(
                new Ladder.Step(SanctionKind.WARNING, SanctionState.DECIDED, null),
                new Ladder.Step(SanctionKind.CONSUMPTION_RESTRICTION, SanctionState.EXECUTED, null),
                new Ladder.Step(SanctionKind.BLACKLIST, SanctionState.EXECUTED, null),
                new Ladder.Step(SanctionKind.FINE, SanctionState.EXECUTED, null)), PartyType.ORGANISATION);
        assertFalse(a.left().contains(SanctionKind.DETENTION));
        assertEquals(SanctionKind.CRIMINAL_REFERRAL, a.next());
        assertTrue(a.explanationZh().contains("第三百一十三条"));
    }

    @Test
    void aUsedUpLadderSaysSo() {
        List<Ladder.Step> all = java.util.Arrays.stream(SanctionKind.values()).map(k -> new Ladder.Step(k, SanctionState.EXECUTED, null)).toList();
        Ladder.Advice a = Ladder.advise(all, PartyType.INDIVIDUAL);
        assertNull(a.next());
        assertTrue(a.explanationEn().contains("used up"));
    }

    @Test
    void stateMachineAllowsOnlyTheLifecycle() {
        int allowed = 0;
        for (SanctionState from : SanctionState.values()) {
            for (SanctionState to : SanctionState.values()) if (from.canMoveTo(to)) allowed++;
        }
        assertEquals(5, allowed);
        assertTrue(SanctionState.PROPOSED.canMoveTo(SanctionState.DECIDED));
        assertFalse(SanctionState.PROPOSED.canMoveTo(SanctionState.EXECUTED));
        assertFalse(SanctionState.LIFTED.canMoveTo(SanctionState.EXECUTED));
    }
}
