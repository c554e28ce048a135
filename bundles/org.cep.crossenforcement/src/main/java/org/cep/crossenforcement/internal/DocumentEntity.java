package org.cep.crossenforcement.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Version;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A case document with its checksum. */
@Entity
@Table(name = "ce_document")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 64)
public class DocumentEntity {
    @Id
    @TableGenerator(name = "ce_document", table = "ce_sequence", pkColumnName = "seq_name", valueColumnName = "seq_count",
            pkColumnValue = "ce", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ce_document")
    @Column(name = "id")
    public Long id;
    @Column(name = "case_id")
    public long caseId;
    @Column(name = "name")
    public String name;
    @Column(name = "media_type")
    public String mediaType;
    @Column(name = "sha256")
    public String sha256;
    @Column(name = "size_bytes")
    public long sizeBytes;
    @Lob
    @Column(name = "content")
    public byte[] content;
    @Column(name = "added_by")
    public String addedBy;
    @Version
    @Column(name = "version")
    public long version;
}
