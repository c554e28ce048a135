package org.cep.seizure.internal;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.aries.jpa.template.JpaTemplate;
import org.cep.platform.api.Micros;
import org.cep.platform.api.AuditLog;
import org.cep.platform.api.CourtContext;
import org.cep.platform.api.ProblemException;
import org.cep.platform.api.TenantJpa;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Photos and documents of lots and inspections. Only JPEG, PNG and PDF are taken, checked by their
 * first bytes rather than trusted from the client's Content-Type, up to a size limit. The bytes go into
 * the database in the same transaction as their record (no orphan after a crash, no shared folder
 * between nodes); attachments stored before that are still read from the court's folder by SHA-256.
 */
@Component(service = AttachmentService.class, configurationPid = SeizureConfig.PID)
public class AttachmentService {
    static final Map<String, byte[]> MAGIC = Map.of(
            "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A},
            "application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'});

    record AttachmentView(long id, @Schema(requiredMode = REQUIRED, allowableValues = {"lot", "inspection", "violation", "seizure"}) String ownerKind, long ownerId,
                          @Schema(requiredMode = REQUIRED) String fileName,
                          @Schema(requiredMode = REQUIRED, allowableValues = {"image/jpeg", "image/png", "application/pdf"}) String contentType,
                          long sizeBytes, @Schema(requiredMode = REQUIRED) String sha256,
                          @Schema(requiredMode = REQUIRED, format = "date-time") String at, String recordedBy) {
        static AttachmentView of(AttachmentEntity a) {
            return new AttachmentView(a.id, a.ownerKind, a.ownerId, a.fileName, a.contentType, a.sizeBytes, a.sha256,
                    Micros.iso(a.createdMicros), a.recordedBy);
        }
    }

    /** An attachment's record and its bytes: from the database, or from the folder for one stored before V5. */
    record Content(AttachmentEntity meta, byte[] bytes, Path file) {
    }

    private final JpaTemplate jpa;
    private final AuditLog audit;
    private volatile Path root;
    private volatile long maxBytes;

    @Activate
    public AttachmentService(@Reference(target = "(osgi.unit.name=cep-live-seizure)") JpaTemplate jpa, @Reference AuditLog audit,
                             Map<String, Object> properties) {
        this.jpa = jpa;
        this.audit = audit;
        modified(properties);
    }

    @Modified
    void modified(Map<String, Object> properties) {
        Object dir = properties.get("attachmentsDir");
        root = Paths.get(dir == null ? System.getProperty("karaf.data", "data") + "/attachments" : dir.toString());
        Object max = properties.get("attachmentMaxBytes");
        maxBytes = max == null ? 5L * 1024 * 1024 : Long.parseLong(max.toString().trim());
    }

    /** Refuses an upload that announces itself as too large before a byte of it is read. */
    void checkDeclaredSize(Long contentLength) {
        if (contentLength != null && contentLength > maxBytes) throw tooLarge();
    }

    private ProblemException tooLarge() {
        return new ProblemException(413, "ATTACHMENT_TOO_LARGE", "附件超过 " + maxBytes / 1024 + " KB 上限",
                "attachment larger than the " + maxBytes / 1024 + " KB limit");
    }

    AttachmentView store(String ownerKind, long ownerId, String fileName, String declaredType, InputStream body) {
        String name = Validation.text(fileName, "fileName", 200, true).replaceAll("[\\\\/\\p{Cntrl}]", "_");
        String type = declaredType == null ? "" : declaredType.split(";")[0].trim().toLowerCase(java.util.Locale.ROOT);
        if (!MAGIC.containsKey(type)) {
            throw new ProblemException(415, "ATTACHMENT_TYPE", "只接受 JPEG、PNG 图片或 PDF 文件", "only JPEG, PNG or PDF files are accepted");
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] bytes = readLimited(body, sha);
            if (!startsWith(bytes, bytes.length, MAGIC.get(type))) {
                throw new ProblemException(415, "ATTACHMENT_CONTENT_MISMATCH", "文件内容与声明的类型 " + type + " 不符",
                        "the file content is not " + type);
            }
            String hash = HexFormat.of().formatHex(sha.digest());
            return TenantJpa.inCourt(jpa, em -> {
                owner(em, ownerKind, ownerId);
                AttachmentEntity a = new AttachmentEntity();
                a.ownerKind = ownerKind;
                a.ownerId = ownerId;
                a.fileName = name;
                a.contentType = type;
                a.sizeBytes = bytes.length;
                a.sha256 = hash;
                a.createdMicros = Micros.now();
                a.recordedBy = SeizureRecords.actor();
                em.persist(a);
                em.flush();
                AttachmentContentEntity c = new AttachmentContentEntity();
                c.id = a.id;
                c.content = bytes;
                em.persist(c);
                audit.record("seizure.attachment-stored", ownerKind + ":" + ownerId, name + " " + type + " " + bytes.length + " bytes sha256=" + hash);
                return AttachmentView.of(a);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void owner(javax.persistence.EntityManager em, String ownerKind, long ownerId) {
        switch (ownerKind) {
            case "lot" -> SeizureRecords.lot(em, ownerId);
            case "seizure" -> SeizureRecords.seizure(em, ownerId);
            case "violation" -> {
                if (em.find(ViolationEntity.class, ownerId) == null) throw Problems.notFound("违规记录", "violation", ownerId);
            }
            default -> {
                if (em.find(InspectionEntity.class, ownerId) == null) throw Problems.notFound("回访记录", "inspection", ownerId);
            }
        }
    }

    List<AttachmentView> list(String ownerKind, long ownerId) {
        return TenantJpa.inCourt(jpa, em -> {
            owner(em, ownerKind, ownerId);
            return em.createQuery("select a from AttachmentEntity a where a.ownerKind = :k and a.ownerId = :o order by a.id",
                            AttachmentEntity.class).setParameter("k", ownerKind).setParameter("o", ownerId).getResultList()
                    .stream().map(AttachmentView::of).collect(Collectors.toList());
        });
    }

    Content read(long id) {
        String court = CourtContext.current().courtId();
        return TenantJpa.inCourt(jpa, em -> {
            AttachmentEntity a = em.find(AttachmentEntity.class, id);
            if (a == null) throw Problems.notFound("附件", "attachment", id);
            AttachmentContentEntity c = em.find(AttachmentContentEntity.class, id);
            return new Content(a, c == null ? null : c.content, root.resolve(court).resolve(a.sha256));
        });
    }

    private byte[] readLimited(InputStream in, MessageDigest sha) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buf = new byte[65536];
        int r;
        while ((r = in.read(buf)) != -1) {
            if (out.size() + (long) r > maxBytes) throw tooLarge();
            sha.update(buf, 0, r);
            out.write(buf, 0, r);
        }
        if (out.size() == 0) throw Problems.bad("ATTACHMENT_EMPTY", "body", "附件为空", "the attachment is empty");
        return out.toByteArray();
    }

    private static boolean startsWith(byte[] head, int n, byte[] magic) {
        if (n < magic.length) return false;
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) return false;
        }
        return true;
    }
}
