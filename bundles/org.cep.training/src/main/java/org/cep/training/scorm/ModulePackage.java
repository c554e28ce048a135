package org.cep.training.scorm;

import java.util.List;

/**
 * What a SCORM 1.2 package of a module carries besides its pages: the module's text, stage tags and drill,
 * kept as {@code cep-module.json} so that another court's platform imports exactly what was exported. The
 * reader checks its shape only; the content rules (lengths, stages, answers) are the same the API applies.
 */
public record ModulePackage(String titleZh, String titleEn, String bodyZh, String bodyEn, List<String> stages,
                            List<Question> questions, Source source) {
    public static final String FORMAT = "cep-training-module";
    public static final int FORMAT_VERSION = 1;

    /** Option indexes from 0, as in the API. */
    public record Question(String kind, String prompt, List<String> options, List<Integer> correct, String explanation) {
    }

    /** Where the package came from (informative: an import always starts a new module at version 1). */
    public record Source(String courtId, String courtNameZh, long moduleId, int version, String author, String publishedAt) {
    }
}
