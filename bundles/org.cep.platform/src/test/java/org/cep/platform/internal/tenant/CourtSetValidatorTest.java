package org.cep.platform.internal.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.cep.platform.api.ComputerizationLevel;
import org.cep.platform.api.CourtLevel;
import org.cep.platform.internal.tenant.CourtSetValidator.ValidationResult;
import org.junit.jupiter.api.Test;

class CourtSetValidatorTest {

    static CourtDefinition court(String id, CourtLevel level, String parent) {
        return court(id, level, parent, id + ".court");
    }

    static CourtDefinition court(String id, CourtLevel level, String parent, String file) {
        return new CourtDefinition(id, id + "法院", id + " court", level, parent, "黑龙江省", null,
                ComputerizationLevel.STANDARD, Set.of(), Set.of(), file, "0".repeat(64));
    }

    static final CourtDefinition HIGH = court("hlj-high", CourtLevel.HIGH, null);
    static final CourtDefinition QIQIHAR = court("hlj-qiqihar-ip", CourtLevel.INTERMEDIATE, "hlj-high");
    static final CourtDefinition HARBIN = court("hlj-harbin-ip", CourtLevel.INTERMEDIATE, "hlj-high");
    static final CourtDefinition KEDONG = court("hlj-kedong", CourtLevel.BASIC, "hlj-qiqihar-ip");
    static final CourtDefinition KESHAN = court("hlj-keshan", CourtLevel.BASIC, "hlj-qiqihar-ip");
    static final CourtDefinition DAOLI = court("hlj-daoli", CourtLevel.BASIC, "hlj-harbin-ip");

    static List<String> ids(ValidationResult r) {
        return r.accepted().stream().map(CourtDefinition::id).toList();
    }

    static List<String> problemFiles(ValidationResult r) {
        return r.problems().stream().map(ConfigProblem::file).toList();
    }

    static void assertParentsFirst(ValidationResult r) {
        List<String> seen = new ArrayList<>();
        for (CourtDefinition d : r.accepted()) {
            int at = r.accepted().stream().map(CourtDefinition::id).toList().indexOf(d.parentId());
            assertTrue(at < seen.size(), () -> d.id() + " comes before its parent in " + ids(r));
            seen.add(d.id());
        }
    }

    @Test
    void consistentSetIsAcceptedParentsFirst() {
        List<CourtDefinition> input = List.of(KEDONG, DAOLI, KESHAN, HARBIN, QIQIHAR, HIGH);
        ValidationResult r = CourtSetValidator.validate(input, Set.of());
        assertEquals(List.of(), r.problems());
        assertEquals(List.of("hlj-high", "hlj-qiqihar-ip", "hlj-kedong", "hlj-harbin-ip", "hlj-daoli", "hlj-keshan"),
                ids(r));
        assertParentsFirst(r);
    }

    @Test
    void parentsFirstForAnyInputOrder() {
        List<CourtDefinition> input = new ArrayList<>(List.of(KEDONG, DAOLI, KESHAN, HARBIN, QIQIHAR, HIGH));
        for (int seed = 0; seed < 20; seed++) {
            Collections.shuffle(input, new java.util.Random(seed));
            ValidationResult r = CourtSetValidator.validate(input, Set.of());
            assertEquals(6, r.accepted().size());
            assertParentsFirst(r);
        }
    }

    @Test
    void duplicateIdRejectsBothCopiesWhileOtherCourtsPass() {
        CourtDefinition copy = court("hlj-kedong", CourtLevel.BASIC, "hlj-qiqihar-ip", "old/hlj-kedong.court");
        ValidationResult r = CourtSetValidator.validate(List.of(HIGH, QIQIHAR, KEDONG, copy, KESHAN), Set.of());
        assertEquals(List.of("hlj-high", "hlj-qiqihar-ip", "hlj-keshan"), ids(r));
        assertEquals(List.of("hlj-kedong.court", "old/hlj-kedong.court"), problemFiles(r));
        for (ConfigProblem p : r.problems()) {
            assertEquals(0, p.line());
            assertEquals("id", p.key());
            assertTrue(p.messageEn().contains("old/hlj-kedong.court"), p.messageEn());
        }
    }

    @Test
    void unknownParentIsRejected() {
        CourtDefinition orphan = court("hlj-nehe", CourtLevel.BASIC, "hlj-qiqihar");
        ValidationResult r = CourtSetValidator.validate(List.of(HIGH, QIQIHAR, orphan), Set.of("hlj-harbin-ip"));
        assertEquals(List.of("hlj-high", "hlj-qiqihar-ip"), ids(r));
        ConfigProblem p = r.problems().get(0);
        assertEquals(1, r.problems().size());
        assertEquals("hlj-nehe.court", p.file());
        assertEquals("parent", p.key());
        assertTrue(p.messageEn().contains("\"hlj-qiqihar\""), p.messageEn());
    }

    @Test
    void parentKnownInDatabaseIsAccepted() {
        ValidationResult r = CourtSetValidator.validate(List.of(KEDONG, KESHAN), Set.of("hlj-qiqihar-ip"));
        assertEquals(List.of(), r.problems());
        assertEquals(List.of("hlj-kedong", "hlj-keshan"), ids(r));
    }

    @Test
    void wrongParentLevelIsRejected() {
        CourtDefinition basicUnderHigh = court("hlj-nehe", CourtLevel.BASIC, "hlj-high");
        CourtDefinition intermediateUnderBasic = court("hlj-daqing-ip", CourtLevel.INTERMEDIATE, "hlj-kedong");
        ValidationResult r = CourtSetValidator.validate(
                List.of(HIGH, QIQIHAR, KEDONG, basicUnderHigh, intermediateUnderBasic), Set.of());
        assertEquals(List.of("hlj-high", "hlj-qiqihar-ip", "hlj-kedong"), ids(r));
        assertEquals(List.of("hlj-daqing-ip.court", "hlj-nehe.court"), problemFiles(r));
        ConfigProblem nehe = r.problems().get(1);
        assertEquals("parent", nehe.key());
        assertTrue(nehe.messageEn().contains("level high"), nehe.messageEn());
        assertTrue(nehe.messageEn().contains("parent of level intermediate"), nehe.messageEn());
    }

    @Test
    void highCourtParentMustBeSupremeWhenDeclared() {
        CourtDefinition spc = court("spc", CourtLevel.SUPREME, null);
        CourtDefinition high = court("hlj-high", CourtLevel.HIGH, "spc");
        CourtDefinition wrongHigh = court("jl-high", CourtLevel.HIGH, "hlj-high");
        ValidationResult r = CourtSetValidator.validate(List.of(wrongHigh, high, spc), Set.of());
        assertEquals(List.of("spc", "hlj-high"), ids(r));
        assertEquals(List.of("jl-high.court"), problemFiles(r));
    }

    @Test
    void cycleRejectsEveryCourtInIt() {
        CourtDefinition a = court("hlj-a-ip", CourtLevel.INTERMEDIATE, "hlj-b-ip");
        CourtDefinition b = court("hlj-b-ip", CourtLevel.INTERMEDIATE, "hlj-a-ip");
        ValidationResult r = CourtSetValidator.validate(List.of(HIGH, a, b, QIQIHAR), Set.of());
        assertEquals(List.of("hlj-high", "hlj-qiqihar-ip"), ids(r));
        assertEquals(List.of("hlj-a-ip.court", "hlj-b-ip.court"), problemFiles(r));
        assertTrue(r.problems().get(0).messageEn().contains("hlj-a-ip → hlj-b-ip → hlj-a-ip"),
                r.problems().get(0).messageEn());
        assertTrue(r.problems().stream().allMatch(p -> "parent".equals(p.key()) && p.line() == 0));
    }

    @Test
    void ownParentIsACycleOfOne() {
        CourtDefinition self = court("hlj-self-ip", CourtLevel.INTERMEDIATE, "hlj-self-ip");
        ValidationResult r = CourtSetValidator.validate(List.of(self), Set.of("hlj-self-ip"));
        assertEquals(List.of(), ids(r));
        assertEquals(List.of("hlj-self-ip.court"), problemFiles(r));
    }

    @Test
    void courtHangingBelowACycleIsRejectedButNotPartOfIt() {
        CourtDefinition a = court("hlj-a-ip", CourtLevel.INTERMEDIATE, "hlj-b-ip");
        CourtDefinition b = court("hlj-b-ip", CourtLevel.INTERMEDIATE, "hlj-a-ip");
        CourtDefinition child = court("hlj-c", CourtLevel.BASIC, "hlj-a-ip");
        ValidationResult r = CourtSetValidator.validate(List.of(child, a, b), Set.of());
        assertEquals(List.of(), ids(r));
        assertEquals(3, r.problems().size());
        ConfigProblem c = r.problems().stream().filter(p -> p.file().equals("hlj-c.court")).findFirst().orElseThrow();
        assertTrue(c.messageEn().contains("was rejected"), c.messageEn());
    }

    @Test
    void childOfRejectedParentIsRejectedButSiblingsOfTheParentPass() {
        // qiqihar points to a parent that does not exist: it and its children fail, harbin's branch does not
        CourtDefinition badQiqihar = court("hlj-qiqihar-ip", CourtLevel.INTERMEDIATE, "hlj-hihg");
        ValidationResult r = CourtSetValidator.validate(List.of(HIGH, badQiqihar, KEDONG, KESHAN, HARBIN, DAOLI),
                Set.of());
        assertEquals(List.of("hlj-high", "hlj-harbin-ip", "hlj-daoli"), ids(r));
        assertEquals(List.of("hlj-kedong.court", "hlj-keshan.court", "hlj-qiqihar-ip.court"), problemFiles(r));
    }

    @Test
    void childOfRejectedParentPassesWhenTheParentIsInTheDatabase() {
        CourtDefinition badQiqihar = court("hlj-qiqihar-ip", CourtLevel.INTERMEDIATE, "hlj-hihg");
        ValidationResult r = CourtSetValidator.validate(List.of(HIGH, badQiqihar, KEDONG),
                Set.of("hlj-high", "hlj-qiqihar-ip"));
        assertEquals(List.of("hlj-high", "hlj-kedong"), ids(r));
        assertEquals(List.of("hlj-qiqihar-ip.court"), problemFiles(r));
    }

    @Test
    void childOfDuplicatedParentIsRejectedUnlessKnown() {
        CourtDefinition q2 = court("hlj-qiqihar-ip", CourtLevel.INTERMEDIATE, "hlj-high", "b/hlj-qiqihar-ip.court");
        ValidationResult r = CourtSetValidator.validate(List.of(HIGH, QIQIHAR, q2, KEDONG), Set.of());
        assertEquals(List.of("hlj-high"), ids(r));
        assertEquals(3, r.problems().size());
        ValidationResult known = CourtSetValidator.validate(List.of(HIGH, QIQIHAR, q2, KEDONG),
                Set.of("hlj-qiqihar-ip"));
        assertEquals(List.of("hlj-high", "hlj-kedong"), ids(known));
    }

    @Test
    void basicCourtWithoutParentIsRejected() {
        ValidationResult r = CourtSetValidator.validate(List.of(court("hlj-x", CourtLevel.BASIC, null)), null);
        assertEquals(List.of(), ids(r));
        assertEquals("parent", r.problems().get(0).key());
    }

    @Test
    void emptyInput() {
        ValidationResult r = CourtSetValidator.validate(List.of(), Set.of());
        assertTrue(r.accepted().isEmpty());
        assertTrue(r.problems().isEmpty());
    }
}
