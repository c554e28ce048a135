package org.cep.seizure.internal;

import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** The bytes of an attachment, apart from its record so that lists never read them; same id as the record. */
@Entity
@Table(name = "seizure_attachment_content")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 64)
public class AttachmentContentEntity {
    @Id
    @Column(name = "id")
    public Long id;
    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "content")
    public byte[] content;
}
