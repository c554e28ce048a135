package org.cep.training.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.cep.platform.api.AuditLog;
import org.cep.platform.api.CourtContext;
import org.cep.platform.api.CourtDirectory;
import org.cep.platform.api.ProblemException;
import org.cep.training.domain.Changes;
import org.cep.training.scorm.ModulePackage;
import org.cep.training.scorm.PackageRefusal;
import org.cep.training.scorm.ScormReader;
import org.cep.training.scorm.ScormWriter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Export of a module (current version and drill) as a SCORM 1.2 package, and import of such a package as a
 * new module of the importing court. An import is checked whole (package, manifest, then the same rules as
 * the API for the text and every question) before the one transaction that writes the module and its drill.
 */
@Component(service = Packages.class, configurationPid = "cep.training")
public class Packages {
    /** {@code etc/cep.training.cfg}; the defaults fit a module of text with a drill many times over. */
    @ObjectClassDefinition(pid = "cep.training", name = "Training (培训)")
    public @interface Config {
        @AttributeDefinition(description = "largest SCORM package accepted on import, in bytes")
        long packageMaxBytes() default 5L << 20;

        @AttributeDefinition(description = "largest total a package may unpack to, in bytes")
        long packageMaxUnpackedBytes() default 20L << 20;

        @AttributeDefinition(description = "most files a package may hold")
        int packageMaxEntries() default 200;
    }

    static final String ZIP = "application/zip";

    private final Modules modules;
    private final CourtDirectory courts;
    private final AuditLog audit;
    private volatile ScormReader.Limits limits;

    @Activate
    public Packages(@Reference Modules modules, @Reference CourtDirectory courts, @Reference AuditLog audit, Config config) {
        this.modules = modules;
        this.courts = courts;
        this.audit = audit;
        modified(config);
    }

    @Modified
    void modified(Config config) {
        limits = new ScormReader.Limits(config.packageMaxBytes(), config.packageMaxUnpackedBytes(), config.packageMaxEntries());
    }

    byte[] export(long moduleId) {
        Modules.Snapshot s = modules.snapshot(moduleId);
        Views.ModuleView m = s.module();
        String court = CourtContext.current().courtId();
        List<ModulePackage.Question> questions = s.questions().stream()
                .map(q -> new ModulePackage.Question(q.kind(), q.prompt(), q.options(), q.correct(), q.explanation())).toList();
        byte[] zip = ScormWriter.write(new ModulePackage(m.titleZh(), m.titleEn(), m.bodyZh(), m.bodyEn(), m.stages(), questions,
                new ModulePackage.Source(court, courts.court(court).map(CourtDirectory.Court::nameZh).orElse(court), m.id(), m.version(),
                        m.author(), m.publishedAt())));
        audit.record("training.module.exported", "module:" + moduleId, "version=" + m.version() + " format=SCORM-1.2 bytes=" + zip.length);
        return zip;
    }

    Views.ModuleView importPackage(String contentType, Long declaredLength, InputStream body) {
        String type = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(java.util.Locale.ROOT);
        if (!type.equals(ZIP) && !type.equals("application/x-zip-compressed")) {
            throw new ProblemException(415, "UNSUPPORTED_MEDIA_TYPE", "请上传 SCORM 1.2 程序包（Content-Type: application/zip）",
                    "send a SCORM 1.2 package (Content-Type: application/zip)");
        }
        ScormReader.Limits limits = this.limits;
        ModulePackage p;
        try {
            if (declaredLength != null && declaredLength > limits.packageBytes()) throw ScormReader.tooLarge(limits.packageBytes());
            p = ScormReader.read(body, limits);
        } catch (PackageRefusal r) {
            throw ProblemException.fromBilingual(r.status(), r.code(), r.status() == 413 ? null : "package", r.getMessage());
        }
        Changes.Content content = Modules.content(new Views.ModuleInput(p.titleZh(), p.titleEn(), p.bodyZh(), p.bodyEn(), p.stages(),
                null, null));
        List<ModulePackage.Question> given = p.questions();
        if (given.size() > Modules.MAX_QUESTIONS) {
            throw ProblemException.badField("TOO_MANY_QUESTIONS", "questions", "每个模块最多 " + Modules.MAX_QUESTIONS + " 道题",
                    "a module takes at most " + Modules.MAX_QUESTIONS + " questions");
        }
        List<Modules.ValidQuestion> questions = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            ModulePackage.Question q = given.get(i);
            try {
                questions.add(Modules.validQuestion(new Views.QuestionInput(q.kind(), q.prompt(), q.options(), q.correct(), q.explanation())));
            } catch (ProblemException e) {
                throw new ProblemException(e.status(), e.code(), "第 " + (i + 1) + " 题：" + e.messageZh(), "question " + (i + 1) + ": " + e.messageEn(),
                        "questions[" + i + "]." + e.field());
            }
        }
        String from = p.source() == null ? null : clip(p.source().courtNameZh() != null ? p.source().courtNameZh() : p.source().courtId());
        String note = "导入 SCORM 1.2 程序包 / imported from a SCORM 1.2 package"
                + (from == null ? "" : "（" + from + " 第 " + p.source().version() + " 版 / version " + p.source().version() + "）");
        String detail = " imported format=SCORM-1.2" + (p.source() == null ? "" : " from=" + clip(p.source().courtId()) + "/" + p.source().moduleId()
                + " sourceVersion=" + p.source().version());
        return modules.create(content, note, questions, "training.module.imported", detail);
    }

    /** A name taken from the package, for the change note and the audit: no control characters, at most 100 characters. */
    private static String clip(String text) {
        if (text == null) return null;
        String t = text.replaceAll("\\p{Cntrl}", " ").trim();
        return t.length() > 100 ? t.substring(0, 100) : t;
    }
}
