package org.cep.training.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.cep.platform.api.ProblemException;
import org.cep.training.domain.Stage;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class LibraryTest {
    private final Library library = new Library();

    @Test
    void theThreeSourceCasesShipComplete() {
        List<Library.CaseStudy> cases = library.cases(null);
        assertEquals(List.of("kedong-live-seizure", "cross-enforcement-designation", "ip-conduct-enforcement"),
                cases.stream().map(Library.CaseStudy::id).toList());
        for (Library.CaseStudy c : cases) {
            for (String text : List.of(c.titleZh(), c.titleEn(), c.factsZh(), c.actionZh(), c.significanceZh(), c.factsEn(), c.actionEn(),
                    c.significanceEn())) {
                assertFalse(text == null || text.isBlank(), c.id() + " lacks a text");
            }
            c.stages().forEach(Stage::valueOf);
        }
    }

    @Test
    void casesAreFoundByStageAndId() {
        assertEquals(1, library.cases(Stage.CONDUCT_ENFORCEMENT).size());
        assertEquals("kedong-live-seizure", library.get("kedong-live-seizure").id());
        assertEquals("NOT_FOUND", Assertions.assertThrows(ProblemException.class, () -> library.get("nope")).code());
    }
}
