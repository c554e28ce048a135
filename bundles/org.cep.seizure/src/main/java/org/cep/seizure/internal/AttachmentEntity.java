package org.cep.seizure.internal;


import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A stored photo or document of a lot or an inspection. */
@Entity
@Table(name = "seizure_attachment")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 64)
public class AttachmentEntity {
    @Id
    @TableGenerator(name = "seizure_attachment", table = "seizure_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "seizure_attachment", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "seizure_attachment")
    @Column(name = "id")
    public Long id;
    @Column(name = "owner_kind")
    public String ownerKind;
    @Column(name = "owner_id")
    public long ownerId;
    @Column(name = "file_name")
    public String fileName;
    @Column(name = "content_type")
    public String contentType;
    @Column(name = "size_bytes")
    public long sizeBytes;
    @Column(name = "sha256")
    public String sha256;
    @Column(name = "created_micros")
    public long createdMicros;
    @Column(name = "recorded_by")
    public String recordedBy;
}
