package org.cep.training.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** What a new version of a module changed against the one before: the record of "who changed what". */
public final class Changes {
    private Changes() {
    }

    /** The content of one version, as compared. */
    public record Content(String titleZh, String titleEn, String bodyZh, String bodyEn, Set<Stage> stages) {
    }

    /** The fields that differ, in a fixed order; empty when nothing changed. For the first version: every field given. */
    public static List<String> between(Content before, Content after) {
        List<String> changed = new ArrayList<>();
        if (before == null || !Objects.equals(before.titleZh(), after.titleZh())) changed.add("titleZh");
        if (before == null ? after.titleEn() != null : !Objects.equals(before.titleEn(), after.titleEn())) changed.add("titleEn");
        if (before == null || !Objects.equals(before.bodyZh(), after.bodyZh())) changed.add("bodyZh");
        if (before == null ? after.bodyEn() != null : !Objects.equals(before.bodyEn(), after.bodyEn())) changed.add("bodyEn");
        if (before == null || !before.stages().equals(after.stages())) changed.add("stages");
        return changed;
    }
}
