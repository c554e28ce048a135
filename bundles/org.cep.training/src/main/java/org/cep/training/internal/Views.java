package org.cep.training.internal;

import java.util.Arrays;
import java.util.List;

import org.cep.platform.api.Micros;
import org.cep.training.domain.Stage;

/** What the training API reads and answers with. Instants ISO-8601 UTC; option indexes from 0. */
final class Views {
    private Views() {
    }

    /** A new module or a new version of one; {@code changeNote} says what and why (required for a new version). */
    record ModuleInput(String titleZh, String titleEn, String bodyZh, String bodyEn, List<String> stages, String changeNote,
                       Integer baseVersion) {
    }

    record ModuleView(String courtId, long id, int version, int currentVersion, String titleZh, String titleEn, String bodyZh,
                      String bodyEn, List<String> stages, List<String> stagesZh, String author, List<String> changed,
                      String changeNote, String publishedAt) {
        static ModuleView of(String courtId, ModuleEntity m, ModuleVersionEntity v) {
            List<String> stages = Texts.splitStages(v.stages);
            return new ModuleView(courtId, m.id, v.number, m.currentVersion, v.titleZh, v.titleEn, v.bodyZh, v.bodyEn, stages,
                    stages.stream().map(s -> Stage.valueOf(s).labelZh()).toList(), v.author, Texts.splitStages(v.changed),
                    v.changeNote, Micros.iso(v.createdMicros));
        }
    }

    record ModuleSummary(long id, int currentVersion, String titleZh, List<String> stages, String createdBy, String createdAt) {
        static ModuleSummary of(ModuleEntity m) {
            return new ModuleSummary(m.id, m.currentVersion, m.titleZh, Texts.splitStages(m.stages), m.createdBy, Micros.iso(m.createdMicros));
        }
    }

    record VersionSummary(int number, String titleZh, List<String> changed, String changeNote, String author, String publishedAt) {
        static VersionSummary of(ModuleVersionEntity v) {
            return new VersionSummary(v.number, v.titleZh, Texts.splitStages(v.changed), v.changeNote, v.author, Micros.iso(v.createdMicros));
        }
    }

    record QuestionInput(String kind, String prompt, List<String> options, List<Integer> correct, String explanation) {
    }

    record QuestionView(long id, String kind, String prompt, List<String> options, List<Integer> correct, String explanation) {
        static QuestionView of(QuestionEntity q) {
            return new QuestionView(q.id, q.kind, q.prompt, Modules.optionsOf(q),
                    Arrays.stream(q.correct.split(",")).map(Integer::valueOf).toList(), q.explanation);
        }
    }

    record DrillQuestion(long id, String kind, String prompt, List<String> options) {
        static DrillQuestion of(QuestionEntity q) {
            return new DrillQuestion(q.id, q.kind, q.prompt, Modules.optionsOf(q));
        }
    }

    /** A drill as a taker sees it: no model answers until it is submitted. */
    record Drill(String courtId, long moduleId, int version, String titleZh, List<DrillQuestion> questions) {
    }

    record Answer(Long questionId, List<Integer> chosen) {
    }

    record AttemptInput(List<Answer> answers) {
    }

    record Mark(long questionId, List<Integer> chosen, boolean correct, List<Integer> modelAnswer, String explanation) {
    }

    /** {@code ownerCourtId} wrote the module; the attempt itself is kept in the taker's court. */
    record AttemptView(long id, String ownerCourtId, long moduleId, int moduleVersion, String moduleTitle, String taker, int score,
                       int maxScore, int percent, String takenAt, List<Mark> marks) {
    }

    record Completion(String taker, String ownerCourtId, long moduleId, String moduleTitle, long attempts, int bestScore, int maxScore,
                      String lastTakenAt) {
    }

    record ShareInput(List<String> courtIds, Boolean provinceWide) {
    }

    record UnshareInput(List<String> courtIds, String reason) {
    }

    record ShareView(long id, long moduleId, String granteeCourtId, long grantId, boolean provinceWide, String sharedBy, String sharedAt,
                     String validUntil, String revokedBy, String revokedAt) {
        static ShareView of(ShareEntity s) {
            return new ShareView(s.id, s.moduleId, s.granteeCourtId, s.grantId, s.provinceWide, s.sharedBy, Micros.iso(s.sharedMicros),
                    Micros.iso(s.validUntil), s.revokedBy, Micros.iso(s.revokedMicros));
        }
    }

    /** A module another court shares with this one (from the grant; the title is the one it had when shared). */
    record SharedWithMe(long grantId, String ownerCourtId, String ownerCourtNameZh, long moduleId, String titleZh, String validUntil,
                        Integer adoptedVersion) {
    }

    /** A shared module as the receiving court reads it: author court, version, and whether its adopted version is behind. */
    record SharedModule(String ownerCourtId, String ownerCourtNameZh, long grantId, ModuleView module, int latestVersion,
                        Integer adoptedVersion, boolean newerVersionAvailable) {
    }

    /** {@code accessOpen} false once the owning court unshared (then the latest version is unknown). */
    record AdoptionView(String ownerCourtId, long moduleId, long grantId, String titleZh, int adoptedVersion, Integer latestVersion,
                        boolean newerVersionAvailable, boolean accessOpen, String adoptedBy, String adoptedAt) {
    }

    /** Steps, required documents and deadlines, each as written by the publishing court. */
    record StandardInput(String titleZh, List<String> steps, List<String> requiredDocuments, List<String> deadlines) {
    }

    record StandardView(String courtId, String stage, String stageZh, int revision, String titleZh, List<String> steps,
                        List<String> requiredDocuments, List<String> deadlines, String publishedBy, String publishedAt) {
    }

    /** {@code source}: OWN, HIGHER_COURT or PROVINCE (the high court's); {@code courtId} is the publishing court. */
    record ApplicableStandard(String source, String courtId, String courtNameZh, StandardView standard) {
    }
}
