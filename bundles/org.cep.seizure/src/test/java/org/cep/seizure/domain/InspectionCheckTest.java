package org.cep.seizure.domain;

import static org.cep.seizure.domain.Bilingual.assertBilingual;
import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class InspectionCheckTest {

    @Test
    void unreportedDropIsAViolation() {
        InspectionCheck.Result r = InspectionCheck.compare(40, 35, 0);
        assertTrue(r.violation());
        assertEquals(5, r.missing());
        assertTrue(r.messageZh().contains("短少5"), r.messageZh());
        assertTrue(r.messageEn().contains("5 missing"), r.messageEn());
        assertBilingual(r.messageZh() + " / " + r.messageEn());
    }

    @Test
    void approvedSalesExplainTheDrop() {
        InspectionCheck.Result r = InspectionCheck.compare(40, 35, 5);
        assertFalse(r.violation());
        assertEquals(0, r.missing());
        assertTrue(r.messageEn().contains("matches"));
    }

    @Test
    void dropBeyondApprovedSalesIsAViolationOfTheDifference() {
        InspectionCheck.Result r = InspectionCheck.compare(40, 34, 5);
        assertTrue(r.violation());
        assertEquals(1, r.missing());
    }

    @Test
    void moreThanExpectedIsNotAViolationButIsFlagged() {
        InspectionCheck.Result r = InspectionCheck.compare(40, 42, 0);
        assertFalse(r.violation());
        assertEquals(0, r.missing());
        assertTrue(r.messageEn().contains("more than"));
    }

    @Test
    void everythingSoldAndNothingLeft() {
        assertFalse(InspectionCheck.compare(40, 0, 40).violation());
    }

    @Test
    void badInputsAreRejected() {
        assertBilingual(assertThrows(IllegalArgumentException.class,
                () -> InspectionCheck.compare(-1, 0, 0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> InspectionCheck.compare(1, -1, 0));
        assertThrows(IllegalArgumentException.class, () -> InspectionCheck.compare(1, 0, -1));
        assertBilingual(assertThrows(IllegalArgumentException.class,
                () -> InspectionCheck.compare(10, 0, 11)).getMessage());
    }
}
