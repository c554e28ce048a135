package org.cep.training.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ChangesTest {
    private static final Changes.Content V1 = new Changes.Content("财产调查规范", null, "第一步……", null, Set.of(Stage.PROPERTY_INVESTIGATION));

    @Test
    void theFirstVersionNamesEveryFieldItHas() {
        assertEquals(List.of("titleZh", "bodyZh", "stages"), Changes.between(null, V1));
    }

    @Test
    void aNewVersionNamesOnlyWhatChanged() {
        Changes.Content v2 = new Changes.Content("财产调查规范", "Property investigation", "第一步（修订）……", null,
                Set.of(Stage.PROPERTY_INVESTIGATION, Stage.ACCEPTANCE));
        assertEquals(List.of("titleEn", "bodyZh", "stages"), Changes.between(V1, v2));
        assertEquals(List.of(), Changes.between(v2, v2));
    }
}
