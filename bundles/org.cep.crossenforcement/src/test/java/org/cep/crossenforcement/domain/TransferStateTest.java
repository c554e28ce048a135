package org.cep.crossenforcement.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TransferStateTest {

    @Test
    void aPackageIsDeliveredThenAnsweredOnce() {
        assertTrue(TransferState.SENT.canMoveTo(TransferState.DELIVERED));
        assertTrue(TransferState.DELIVERED.canMoveTo(TransferState.ACCEPTED));
        assertTrue(TransferState.DELIVERED.canMoveTo(TransferState.REJECTED));
        assertTrue(TransferState.SENT.canMoveTo(TransferState.ACCEPTED), "an answer implies delivery");
        assertFalse(TransferState.DELIVERED.canMoveTo(TransferState.SENT));
        for (TransferState next : TransferState.values()) {
            assertFalse(TransferState.ACCEPTED.canMoveTo(next));
            assertFalse(TransferState.REJECTED.canMoveTo(next));
        }
    }

    @Test
    void onlyTransfersMoveTheCaseAndOnlyDesignationAndJointNameACourt() {
        assertTrue(DecisionType.DESIGNATE.transfers() && DecisionType.ELEVATE.transfers());
        assertFalse(DecisionType.SUPERVISE.transfers() || DecisionType.JOINT.transfers());
        assertTrue(DecisionType.DESIGNATE.namesCourt() && DecisionType.JOINT.namesCourt());
        assertFalse(DecisionType.ELEVATE.namesCourt() || DecisionType.SUPERVISE.namesCourt());
    }
}
